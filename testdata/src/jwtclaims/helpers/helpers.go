// Package helpers exercises jwtclaims on claims checked by helper
// functions, in the same package and in another one (jwtclaims/claimcheck):
// a helper counts when its verdict decides a rejecting branch.
package helpers

import (
	"crypto/rsa"
	"errors"
	"log"
	"slices"

	"github.com/golang-jwt/jwt/v5"

	"jwtclaims/claimcheck"
)

var pub *rsa.PublicKey

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

var rs256 = jwt.WithValidMethods([]string{"RS256"})

var errInvalid = errors.New("invalid claims")

func grant(v any) {}

func checkClaims(c *jwt.RegisteredClaims) error {
	if c.Issuer != "https://idp.example.com/" {
		return errInvalid
	}
	if !slices.Contains(c.Audience, "api://orders") {
		return errInvalid
	}
	if c.ExpiresAt == nil {
		return errInvalid
	}
	return nil
}

// Negatives.

func localHelper(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil {
		return err
	}
	if err := checkClaims(claims); err != nil {
		return err
	}
	grant(claims.Subject)
	return nil
}

func importedHelper(s string) error {
	tok, err := jwt.Parse(s, rsaKey, rs256)
	if err != nil {
		return err
	}
	if err := claimcheck.Check(tok.Claims); err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func importedBoolHelper(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256, jwt.WithAudience("api"), jwt.WithExpirationRequired()); err != nil {
		return err
	}
	if !claimcheck.Issuer(claims) {
		return errInvalid
	}
	return nil
}

// Positives.

// The helper's verdict is only logged.
func helperLogged(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp \(`
		return err
	}
	if err := checkClaims(claims); err != nil {
		log.Println("claims:", err)
	}
	grant(claims.Subject)
	return nil
}

// The helper checks only the issuer.
func partialHelper(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, exp \(`
		return err
	}
	if !claimcheck.Issuer(claims) {
		return errInvalid
	}
	return nil
}
