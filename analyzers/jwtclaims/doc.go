// Package jwtclaims defines an Analyzer that reports verified tokens accepted
// without validating the registered claims the policy requires.
//
// A valid signature says who issued a token, not that it is meant for this
// service (aud), from the expected issuer (iss), or still current (exp).
// golang-jwt checks exp only when the token carries one, and never checks aud
// or iss unless asked.
//
// jwtclaims reports a verifying parse after which, on some path, the token is
// accepted without checking a required claim. It names every missing claim in
// one diagnostic at the parse call. A claim counts as checked when:
//
//   - v5 options require it: jwt.WithAudience, jwt.WithIssuer,
//     jwt.WithExpirationRequired (also through helpers and parsers held in
//     variables or struct fields);
//   - v3/v4 claims.VerifyAudience(x, true), VerifyIssuer(x, true) or
//     VerifyExpiresAt(now, true) decides a branch that rejects the token;
//   - the claim (struct field, getter such as GetIssuer, or map entry) is
//     compared in a branch that rejects the token (returns an error, returns
//     from a handler, panics);
//   - the claims type's own Validate() (v5) or Valid() (v3/v4) method does so;
//   - a helper function given the claims, their embedded registered claims
//     (&c.RegisteredClaims) or the token does so, or returns a verdict (bool
//     or error, also `a && b && c`) on them, and that verdict decides a
//     branch that rejects the token (helpers in other packages are
//     summarised as facts);
//   - v5 jwt.NewValidator(options...).Validate(claims) decides a branch that
//     rejects the token: it counts as its options.
//
// Which claims are required: -require-claims=aud,iss,exp makes every parse
// strict. By default, tokens from another issuer — verified with a public key,
// a key set, a JWKS or OIDC keys — must have aud, iss and exp checked; tokens
// verified with an HMAC secret (self-issued session tokens) or with a key of
// unknown kind need nothing beyond the library's own exp check.
//
// Whatever the policy, jwtclaims also reports what switches checks off:
// jwt.WithoutClaimsValidation() or Parser{SkipClaimsValidation: true}
// (unless the code then checks a time claim itself with a rejecting branch:
// exp against the clock, or an iat age against a window, as one-time
// proofs such as RFC 9449 DPoP do), a v3/v4 claims type whose Valid()
// replaces the library's without checking exp, a leeway above -max-leeway
// (5 minutes), VerifyAudience/VerifyIssuer/VerifyExpiresAt(x, false)
// (passes when the claim is absent; part of the finding at the parse call,
// with related information at the Verify call), and any import of
// github.com/dgrijalva/jwt-go (unmaintained, CVE-2020-26160; reported at the
// import).
//
// A parse whose error is dropped or only partly checked gets the jwtverify
// finding instead. A parse whose options cannot be resolved is not reported.
//
// Bad:
//
//	tok, err := jwt.Parse(s, jwks.Keyfunc,
//		jwt.WithValidMethods([]string{"RS256"}))
//
// Good:
//
//	tok, err := jwt.Parse(s, jwks.Keyfunc,
//		jwt.WithValidMethods([]string{"RS256"}),
//		jwt.WithAudience("api://orders"),
//		jwt.WithIssuer("https://login.example.com/"),
//		jwt.WithExpirationRequired())
package jwtclaims
