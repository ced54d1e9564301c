// Package jwtverify defines an Analyzer that reports tokens whose signature
// is not verified, or whose failed verification is ignored.
//
// jwtverify reports, for golang-jwt v3, v4, v5, dgrijalva/jwt-go and
// form3tech-oss/jwt-go:
//
//   - (*jwt.Parser).ParseUnverified (or a function of the user's returning
//     its result, judged at its calls) whose token or claims are used,
//     unless the unverified data only selects how the same token string is
//     then verified: every use before the verification feeds it (a key
//     looked up by kid, a key set chosen by issuer) or rejects the token,
//     and every use after it happens where it succeeded. A verification is
//     a verifying parse, or a call of a verifier: a function (in any
//     package, summarised as a fact) that hands its raw-token parameter to a
//     verification and returns nil only when it succeeded; a call through
//     an interface is one when every implementation in sight (the types of
//     this package and of the packages it imports) is a verifier. Handing
//     the token string to code jwtlint cannot see into (a library, an
//     interface) is taken as verifying it. Re-reading a token verified
//     before is no finding either: the same string (the same variable, or
//     the same field of the same object, which the package never assigns)
//     was verified, and the verification succeeded, on every path to the
//     decode: in the same function, in the function that made the closure
//     doing the decode, or at every call of an unexported function of the
//     package (a helper re-parsing the token for a claim or header the
//     verifier does not return);
//   - a verifying parse whose error is dropped (tok, _ := jwt.Parse(...)),
//     unless every use of the token is guarded by token.Valid;
//   - a verifying parse whose token or claims are used on a path where the
//     error was not checked: golang-jwt returns the token with its decoded,
//     attacker-controlled claims even when verification fails. Returning
//     the token with the error, or with an error certainly non-nil (a
//     helper of the package returning one of its errors on every path),
//     hands the judgement to the caller. A branch on
//     err == nil, err != nil or token.Valid counts as a check, and so does a
//     branch on a helper saying whether the error is an error (`if deny(w,
//     err) { return }`, summarised as a fact), or on a success flag set only
//     where the error was nil (a key-rotation loop's `verified = true;
//     break`, then `if !verified { return err }`);
//   - a token used when only some errors were rejected, the shape of
//     CVE-2024-51744: accepting it when errors.Is(err, jwt.ErrTokenExpired), or
//     testing bits of a v3/v4 ValidationError, lets other failures through.
//     Comparing the bits for equality with claim-failure bits only
//     (ve.Errors == jwt.ValidationErrorExpired) is not reported: the library
//     sets the signature or key bits alongside them, so the signature
//     verified; nor is a path where errors.Is(err, jwt.ErrTokenExpired) (or
//     another claim failure) holds and errors.Is(err,
//     jwt.ErrTokenSignatureInvalid) does not: an expired token whose
//     signature verified;
//   - a key function that returns (nil, nil).
//
// Passing token data to logging or error formatting is not a use. A function
// returning the token (or the claims) together with the parse error leaves
// the check to its callers: it is a parse wrapper, and its calls, in the same
// package or another (through a fact), are judged like parses.
//
// The finding is reported at the parse call; its related information points
// at the first unchecked use.
//
// Bad:
//
//	tok, err := jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
//	if errors.Is(err, jwt.ErrTokenExpired) {
//		return refresh(tok.Claims)
//	}
//
// Good:
//
//	tok, err := jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
//	if err != nil {
//		return err
//	}
//	return use(tok.Claims)
package jwtverify
