// Package jwtsign recognises how a package creates tokens: the keys it
// signs and verifies HMAC tokens with, and the claims of the tokens it
// signs. The jwtkey and jwtexp checks judge what it finds.
//
// Keys are followed through SSA from the call or struct field that takes
// them (libmodel.KeyAPI, libmodel.KeyField, key functions) back to where
// they come from: literals (also in package-level declarations),
// configured values with a literal fallback, random buffers of known
// length. Claims are followed from the signing call (libmodel.SignAPI) back
// to the struct, map or builder holding them, and to the value stored as
// "exp": a constant lifetime (now + d), a computed one, or none.
//
// Values crossing functions are handled by summaries: a function returning
// a key or claims is summarised once; a function whose parameter is used
// as a key, or signed as claims, is a wrapper whose callers are judged
// instead. Exported summaries travel to importing packages as facts
// (KeyFact, KeyParamFact, ClaimsFact, ClaimsParamFact), so a key defined in
// a configuration package, or claims built in another package, are judged
// where the token is signed.
package jwtsign
