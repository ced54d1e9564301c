// Package external exercises jwtclaims' default policy for tokens of
// another issuer: parses verified with an RSA, ECDSA or Ed25519 public key,
// a VerificationKeySet or a JWKS key function (MicahParks/keyfunc v1, v2,
// v3) must check aud, iss and exp; one diagnostic names every missing claim.
package external

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"time"

	keyfunc1 "github.com/MicahParks/keyfunc"
	keyfunc2 "github.com/MicahParks/keyfunc/v2"
	keyfunc3 "github.com/MicahParks/keyfunc/v3"
	form3 "github.com/form3tech-oss/jwt-go"
	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var (
	rsaPub *rsa.PublicKey
	ecPub  *ecdsa.PublicKey
	edPub  ed25519.PublicKey
	secret []byte
)

func rsaKey(t *jwt.Token) (any, error) { return rsaPub, nil }

var rs256 = jwt.WithValidMethods([]string{"RS256"})

// Positives.

func rsaNoChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, rs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\); pass jwt\.WithAudience\(\.\.\.\), jwt\.WithIssuer\(\.\.\.\), jwt\.WithExpirationRequired\(\)`
}

func ecdsaNoChecks(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, func(t *jwt.Token) (any, error) { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp \(tokens verified with an ECDSA public key come from another issuer\)`
		return ecPub, nil
	}, jwt.WithValidMethods([]string{"ES256"}))
}

func ed25519NoChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with an Ed25519 public key`
		return edPub, nil
	}, jwt.WithValidMethods([]string{"EdDSA"}))
}

func keySetNoChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with a key set \(JWKS\)`
		return jwt.VerificationKeySet{Keys: []jwt.VerificationKey{rsaPub, ecPub}}, nil
	}, jwt.WithValidMethods([]string{"RS256", "ES256"}))
}

func keyfuncV2(s string, jwks *keyfunc2.JWKS) (*jwt.Token, error) {
	return jwt.Parse(s, jwks.Keyfunc, rs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with a key set \(JWKS\)`
}

func keyfuncV3(s string, k keyfunc3.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(s, k.Keyfunc, rs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp`
}

func keyfuncV3Ctx(ctx context.Context, s string) (*jwt.Token, error) {
	k, err := keyfunc3.NewDefaultCtx(ctx, []string{"https://idp.example.com/jwks.json"})
	if err != nil {
		return nil, err
	}
	return jwt.Parse(s, k.KeyfuncCtx(ctx), rs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp`
}

func keyfuncV1(s string) (*jwt4.Token, error) {
	jwks, err := keyfunc1.Get("https://idp.example.com/jwks.json", keyfunc1.Options{})
	if err != nil {
		return nil, err
	}
	return jwt4.Parse(s, jwks.Keyfunc, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with a key set \(JWKS\) come from another issuer\); reject unless claims\.VerifyAudience\(aud, true\); reject unless claims\.VerifyIssuer\(iss, true\); reject unless claims\.VerifyExpiresAt\(now, true\)`
}

// Only some claims are checked: the diagnostic names the others.
func issuerMissing(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, rs256, jwt.WithAudience("api://orders"), jwt.WithExpirationRequired()) // want `jwtclaims: jwt\.Parse accepts tokens without checking iss \(`
}

func audienceAndExpMissing(s string) (*jwt.Token, error) {
	return jwt.NewParser(rs256, jwt.WithIssuer("https://idp.example.com/")).Parse(s, rsaKey) // want `jwtclaims: \(\*jwt\.Parser\)\.Parse accepts tokens without checking aud, exp \(`
}

// A key function that can return a public key is external, even if it can
// also return a secret.
func hmacOrRSA(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp`
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); ok {
			return secret, nil
		}
		return rsaPub, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
}

func v4RSA(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &jwt4.RegisteredClaims{}, func(t *jwt4.Token) (interface{}, error) { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp`
		return rsaPub, nil
	}, jwt4.WithValidMethods([]string{"RS256"}))
}

func v3RSA(s string) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(s, func(t *jwt3.Token) (interface{}, error) { return rsaPub, nil }) // want `jwtclaims: \(\*jwt\.Parser\)\.Parse accepts tokens without checking aud, iss, exp`
}

func form3ECDSA(s string) (*form3.Token, error) {
	p := &form3.Parser{ValidMethods: []string{"ES256"}}
	return p.ParseWithClaims(s, &form3.StandardClaims{}, func(t *form3.Token) (interface{}, error) { return ecPub, nil }) // want `jwtclaims: \(\*jwt\.Parser\)\.ParseWithClaims accepts tokens without checking aud, iss, exp`
}

// Several problems: still one diagnostic.
func missingAndLeeway(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, rs256, jwt.WithLeeway(time.Hour)) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\); it allows a clock-skew leeway of 1h0m0s \(more than 5m0s\); pass jwt\.WithAudience\(\.\.\.\), jwt\.WithIssuer\(\.\.\.\), jwt\.WithExpirationRequired\(\); keep the leeway at a few minutes`
}

// Negatives.

func form3Checked(s string) error {
	claims := &form3.StandardClaims{}
	p := &form3.Parser{ValidMethods: []string{"RS256"}}
	if _, err := p.ParseWithClaims(s, claims, func(t *form3.Token) (interface{}, error) { return rsaPub, nil }); err != nil {
		return err
	}
	if !claims.VerifyAudience("api://orders", true) || !claims.VerifyIssuer("https://idp.example.com/", true) || claims.ExpiresAt == 0 {
		return jwt.ErrTokenInvalidClaims
	}
	return nil
}

func allOptions(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, rs256,
		jwt.WithAudience("api://orders"),
		jwt.WithIssuer("https://idp.example.com/"),
		jwt.WithExpirationRequired())
}

func keyfuncV2AllOptions(s string, jwks *keyfunc2.JWKS) (*jwt.Token, error) {
	return jwt.Parse(s, jwks.Keyfunc, rs256, jwt.WithAllAudiences("a", "b"), jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired())
}

// The key function is unknown: its tokens may be self-issued.
func keyfuncParameter(s string, kf jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(s, kf, rs256)
}

// Options from a parameter may hold the checks: not reported.
func optionsParameter(s string, opts ...jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, opts...)
}
