// Package jwtparse recognises token parses in SSA form and judges them: for
// each call that parses a JWT it resolves the parser options (through
// variadic slices, helpers, globals, struct fields, Parser literals and
// request.WithParser), summarises the key function (does it reject
// unexpected signing methods, which key types does it return, does it admit
// "none"), decides whether the parse error is checked on every path before
// the token is used, and which registered claims are validated afterwards.
//
// The checks jwtalg, jwtverify and jwtclaims are thin judgements over the
// Sites this analyzer returns; jwtsql uses the verification verdict to mark
// claims of unverified tokens.
//
// Key-function, parser-option, claims-validation and claim-checking-helper
// summaries are exported as facts, so a key function, an options helper or a
// claims check defined in another package is understood at the call site.
package jwtparse
