// Package jwtkey defines an Analyzer that reports weak or hardcoded keys
// for signing and verifying HMAC tokens, and tokens signed with no key.
//
// Whoever knows an HMAC secret can mint any token. A secret written in the
// source is known to everyone who can read the repository, its history, or
// the binary; a short one can be brute-forced offline from a single token.
//
// jwtkey reports the HMAC key of a signing or verifying call, a key
// function, or a middleware configuration when it is:
//
//   - a string or []byte literal, a package-level constant, or a
//     package-level variable initialised from a literal (reported at the
//     literal, in its declaration);
//   - a configured value with a literal fallback: os.Getenv (or any other
//     source) replaced by a literal when empty, cmp.Or(os.Getenv("K"),
//     "secret"), a default in a configuration struct literal that the
//     environment overrides (reported at the fallback literal);
//   - random bytes of known length shorter than 32 bytes, such as
//     make([]byte, 16) filled by crypto/rand (reported at the allocation);
//
// and a signing call that produces an unsigned token (reported at the
// call): golang-jwt jwt.SigningMethodNone with
// jwt.UnsafeAllowNoneSignatureType, jwx jwt.WithInsecureNoSignature(),
// kataras jwt.Sign(jwt.NONE, ...).
//
// Keys are recognised where the libraries take them: golang-jwt (v3, v4,
// v5 and forks) (*Token).SignedString with an HMAC method (or a method
// jwtlint cannot determine) and key functions returning []byte; jwx v2/v3
// jwt.WithKey and jws.WithKey with an HS* algorithm (jwx v1 jwt.Sign and
// jwt.WithVerify); go-jose jose.SigningKey{Key: ...} and the key given to
// (*jwt.JSONWebToken).Claims; kataras jwt.Sign and jwt.Verify;
// cristalhq jwt.NewSignerHS and NewVerifierHS; echo-jwt echojwt.JWT and
// Config.SigningKey; gin-jwt GinJWTMiddleware.Key; gofiber contrib/jwt
// SigningKey.Key; auth0 validator.New key functions; and the key functions
// of echo-jwt, gin-jwt and gofiber configurations.
//
// The key is followed through SSA: local variables, conversions,
// closures, struct fields (every store the package makes into the field),
// package-level variables, and functions returning a key. A function whose
// parameter becomes a key (a constructor storing its secret in the struct
// whose methods sign) is judged at its callers, and the finding goes to the
// literal they pass. Across packages, exported variables, struct fields and
// functions holding literal keys, functions taking a key parameter, and
// exported fields used as keys (a library's Options{Key: ...}) are
// summarised as facts: a key declared in another package is reported at
// the call using it, naming the declaration; a literal stored into such a
// field or passed to such a function is reported at the literal.
//
// Not reported: keys read from configuration files, files (os.ReadFile),
// a KMS or secret manager, the environment without a literal fallback
// (a missing value that makes the program exit is no fallback), or
// generated at run time with at least 32 bytes; keys of public-key
// algorithms (RSA, ECDSA, Ed25519), including hardcoded private keys in
// PEM literals, which are outside this check; keys whose only uses are in
// _test.go files, unless -include-tests is set. An empty string is taken
// as "not set", not as a key. Tag-based defaults of configuration
// libraries (`default:"secret"`) and viper.SetDefault are not followed.
//
// Bad:
//
//	var jwtSecret = []byte("my-secret")
//
//	func issue(c jwt.Claims) (string, error) {
//		return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(jwtSecret)
//	}
//
// Good:
//
//	func loadSecret() []byte {
//		s := os.Getenv("JWT_SECRET")
//		if len(s) < 32 {
//			log.Fatal("JWT_SECRET must hold at least 32 random bytes")
//		}
//		return []byte(s)
//	}
package jwtkey
