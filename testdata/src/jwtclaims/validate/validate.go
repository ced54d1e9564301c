// Package validate exercises jwtclaims on claims types with their own
// validation: a v5 Validate() that checks aud/iss/exp (checks), one that
// checks something else (no checks), and v4 Valid() methods that replace
// the library's exp check or call it.
package validate

import (
	"crypto/rsa"
	"errors"
	"slices"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

func rsaKey4(t *jwt4.Token) (interface{}, error) { return pub, nil }

var secret []byte

func hmacKey4(t *jwt4.Token) (interface{}, error) { return secret, nil }

var rs256 = jwt.WithValidMethods([]string{"RS256"})

type strictClaims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

func (c strictClaims) Validate() error {
	if c.Issuer != "https://idp.example.com/" {
		return errors.New("wrong issuer")
	}
	if !slices.Contains(c.Audience, "api://orders") {
		return errors.New("wrong audience")
	}
	if c.ExpiresAt == nil {
		return errors.New("no expiry")
	}
	return nil
}

type pointerClaims struct {
	jwt.RegisteredClaims
}

func (c *pointerClaims) Validate() error {
	if c.Issuer != "https://idp.example.com/" || !slices.Contains(c.Audience, "api") || c.ExpiresAt == nil {
		return errors.New("invalid claims")
	}
	return nil
}

type roleClaims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

func (c roleClaims) Validate() error {
	if c.Role == "" {
		return errors.New("no role")
	}
	return nil
}

// Negatives.

func validateChecksAll(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &strictClaims{}, rsaKey, rs256)
}

func pointerValidate(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &pointerClaims{}, rsaKey, rs256)
}

// Positives.

func validateChecksRole(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &roleClaims{}, rsaKey, rs256) // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp \(`
}

// v4: Valid() replaces the library's exp check.

type sessionClaims struct {
	jwt4.RegisteredClaims
	Role string `json:"role"`
}

func (c sessionClaims) Valid() error {
	if c.Role == "" {
		return errors.New("no role")
	}
	return nil
}

func v4ValidDropsExp(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &sessionClaims{}, hmacKey4, jwt4.WithValidMethods([]string{"HS256"})) // want `jwtclaims: jwt\.ParseWithClaims uses claims whose Valid method replaces the library's validation without checking exp, so expired tokens are accepted; call the embedded claims' Valid\(\) from Valid`
}

type delegatingClaims struct {
	jwt4.RegisteredClaims
	Role string `json:"role"`
}

func (c delegatingClaims) Valid() error {
	if c.Role == "" {
		return errors.New("no role")
	}
	return c.RegisteredClaims.Valid()
}

func v4ValidDelegates(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &delegatingClaims{}, hmacKey4, jwt4.WithValidMethods([]string{"HS256"}))
}

type v4StrictClaims struct {
	jwt4.RegisteredClaims
}

func (c v4StrictClaims) Valid() error {
	if !c.VerifyAudience("api://orders", true) || !c.VerifyIssuer("https://idp.example.com/", true) {
		return errors.New("wrong audience or issuer")
	}
	if c.ExpiresAt == nil {
		return errors.New("no expiry")
	}
	return c.RegisteredClaims.Valid()
}

func v4ValidChecksAll(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &v4StrictClaims{}, rsaKey4, jwt4.WithValidMethods([]string{"RS256"}))
}
