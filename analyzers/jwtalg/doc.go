// Package jwtalg defines an Analyzer that reports token parses that let the
// token choose its own signature algorithm.
//
// A JWT names its algorithm in its header. A parse that accepts whatever the
// header says can be fooled: with alg "none" a token needs no signature, and
// with alg HS256 a token MACed with the server's RSA public key verifies when
// the key function hands those public-key bytes to the HMAC verifier.
//
// jwtalg reports a verifying parse (jwt.Parse, jwt.ParseWithClaims,
// (*jwt.Parser).Parse*, request.ParseFromRequest*) of golang-jwt v3, v4, v5,
// dgrijalva/jwt-go or form3tech-oss/jwt-go when:
//
//   - it has no allow-list (jwt.WithValidMethods, or a Parser{ValidMethods: ...}
//     literal on the v3 line) and its key function does not reject tokens whose
//     token.Method (or "alg" header) is not the expected one, itself or through
//     a helper it calls (if err := checkAlg(t); err != nil), also in another
//     package;
//   - its allow-list admits "none", or its key function returns
//     jwt.UnsafeAllowNoneSignatureType;
//   - its allow-list mixes HMAC (HS*) and public-key (RS*, PS*, ES*, EdDSA)
//     algorithms, the precondition of key confusion.
//
// Options are followed through variables, helpers (also in other packages),
// package-level variables, Parser values and struct fields holding a parser;
// options that only change decoding (jwt.WithJSONNumber, ...) are known to set
// no allow-list; key functions may
// be literals, named functions, method values or constructors defined in
// another package. A parse whose options or key function cannot be resolved
// (for example a parameter) is not reported.
//
// The finding is reported at the parse call. For golang-jwt v4 and v5 a
// suggested fix adds jwt.WithValidMethods with the algorithm inferred from the
// key type the key function returns (*rsa.PublicKey → RS256,
// *ecdsa.PublicKey → ES256, ed25519.PublicKey → EdDSA, []byte → HS256).
//
// Bad:
//
//	tok, err := jwt.Parse(s, func(t *jwt.Token) (any, error) {
//		return publicKey, nil
//	})
//
// Good:
//
//	tok, err := jwt.Parse(s, func(t *jwt.Token) (any, error) {
//		return publicKey, nil
//	}, jwt.WithValidMethods([]string{"RS256"}))
package jwtalg
