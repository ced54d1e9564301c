// Package jwtexp defines an Analyzer that reports tokens issued without a
// bounded lifetime.
//
// A token without "exp" is valid forever: a leaked or stolen one cannot be
// retired short of rotating the signing key. Most libraries check exp only
// when it is present, so the issuer decides how long its tokens live.
//
// jwtexp reports, at the signing call, a token whose claims set no "exp"
// on some path, or whose expiry is the current time plus a constant
// duration longer than -max-lifetime (default 24h). Signing calls:
// golang-jwt (v3, v4, v5 and forks) SignedString on a token made by New or
// NewWithClaims; jwx v2/v3 jwt.Sign (and v1); go-jose
// jwt.Signed(sig).Claims(c).Serialize(), CompactSerialize(),
// FullSerialize() and Token(); kataras jwt.Sign and SignWithHeader;
// cristalhq (*jwt.Builder).Build.
//
// The claims are followed back from the call: RegisteredClaims and
// StandardClaims (ExpiresAt), user structs embedding them or with a field
// encoded as "exp", MapClaims and other maps ("exp" entries), jwx builders
// (Expiration, Claim("exp", ...)) and tokens (Set(jwt.ExpirationKey, ...)),
// go-jose Claims (Expiry), kataras Claims (Expiry) and the jwt.MaxAge sign
// option. An "exp" set only in some branches is missing on the others.
// Lifetimes are computed from time.Now() plus constants:
// time.Now().Add(72 * time.Hour), jwt.NewNumericDate(...),
// time.Now().AddDate(0, 0, 30), time.Now().Add(d).Unix(),
// time.Now().Unix() + 3600, constant package-level durations. Claims built
// by another function are summarised, also across packages, and a function
// signing the claims (or token) it is given is judged at its callers, where
// the finding goes.
//
// Not reported: an "exp" computed from a value that is not a constant (a
// configuration field, a flag, a parameter): whoever configures it bounds
// it, and jwtexp does not second-guess configuration; claims handed to
// code jwtlint cannot follow before signing (a helper of an unanalysed
// package filling them), which may set "exp"; tokens signed in _test.go
// files (unless -include-tests); middlewares that sign tokens themselves
// (gin-jwt sets exp from its Timeout).
//
// Bad:
//
//	claims := jwt.MapClaims{"sub": user.ID}
//	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
//
// Good:
//
//	claims := jwt.RegisteredClaims{
//		Subject:   user.ID,
//		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
//	}
//	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
package jwtexp
