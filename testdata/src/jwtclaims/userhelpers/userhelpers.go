// Package userhelpers exercises jwtclaims on claims validated by the
// service's own code: a helper given the embedded registered claims, a
// jwt.Validator on the decoded claims, and a hand-written time check after
// switching the library's off (one-time proofs such as RFC 9449 DPoP do
// this); each beside the twin that really misses the check.
package userhelpers

import (
	"crypto/rsa"
	"errors"
	"log"
	"slices"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"jwtclaims/claimcheck"
)

var (
	pub        *rsa.PublicKey
	secret     []byte
	errInvalid = errors.New("invalid claims")
	rs256      = jwt.WithValidMethods([]string{"RS256"})
	hs256      = jwt.WithValidMethods([]string{"HS256"})
)

func rsaKey(*jwt.Token) (any, error)  { return pub, nil }
func hmacKey(*jwt.Token) (any, error) { return secret, nil }

func grant(v any) {}

type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

func claimsOK(rc *jwt.RegisteredClaims) bool {
	return rc.Issuer == "https://idp.example.com/" && slices.Contains(rc.Audience, "api") &&
		rc.ExpiresAt != nil && rc.ExpiresAt.After(time.Now())
}

func subjectSet(rc *jwt.RegisteredClaims) bool { return rc.Subject != "" }

// A helper given the embedded registered claims.
func embeddedHelper(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256); err != nil {
		return err
	}
	if !claimsOK(&c.RegisteredClaims) {
		return errInvalid
	}
	grant(c.Role)
	return nil
}

// The same in another package.
func embeddedImportedHelper(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256, jwt.WithAudience("api"), jwt.WithExpirationRequired()); err != nil {
		return err
	}
	if !claimcheck.Issuer(&c.RegisteredClaims) {
		return errInvalid
	}
	grant(c.Role)
	return nil
}

// Twin: the helper checks none of aud, iss, exp.
func embeddedHelperMissing(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp`
		return err
	}
	if !subjectSet(&c.RegisteredClaims) {
		return errInvalid
	}
	grant(c.Role)
	return nil
}

// A validator built with the claim options, run on the decoded claims.
func validator(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256); err != nil {
		return err
	}
	v := jwt.NewValidator(jwt.WithAudience("api"), jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired())
	if err := v.Validate(c); err != nil {
		return err
	}
	grant(c.Role)
	return nil
}

// Twins: a validator without the audience; a validator whose verdict is
// only logged.
func validatorMissingAudience(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud \(`
		return err
	}
	if err := jwt.NewValidator(jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired()).Validate(c); err != nil {
		return err
	}
	grant(c.Role)
	return nil
}

func validatorLogged(s string) error {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp`
		return err
	}
	v := jwt.NewValidator(jwt.WithAudience("api"), jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired())
	if err := v.Validate(c); err != nil {
		log.Print(err)
	}
	grant(c.Role)
	return nil
}

// The library's time checks replaced by an issued-at window that rejects.
func proofWindow(s string) error {
	c := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, c, hmacKey, hs256, jwt.WithoutClaimsValidation()); err != nil {
		return err
	}
	if c.IssuedAt == nil || time.Since(c.IssuedAt.Time) > 5*time.Minute {
		return errInvalid
	}
	grant(c.ID)
	return nil
}

// The expiry checked by hand.
func handExpiry(s string) error {
	c := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, c, hmacKey, hs256, jwt.WithoutClaimsValidation()); err != nil {
		return err
	}
	if c.ExpiresAt == nil || time.Now().After(c.ExpiresAt.Time) {
		return errInvalid
	}
	grant(c.ID)
	return nil
}

// Twins: the window check rejects nothing; no time check at all.
func proofWindowLogged(s string) error {
	c := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, c, hmacKey, hs256, jwt.WithoutClaimsValidation()); err != nil { // want `jwtclaims: jwt\.ParseWithClaims switches off claims validation`
		return err
	}
	if c.IssuedAt == nil || time.Since(c.IssuedAt.Time) > 5*time.Minute {
		log.Print("stale proof")
	}
	grant(c.ID)
	return nil
}

func noTimeCheck(s string) error {
	c := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, c, hmacKey, hs256, jwt.WithoutClaimsValidation()); err != nil { // want `jwtclaims: jwt\.ParseWithClaims switches off claims validation`
		return err
	}
	if c.Subject == "" {
		return errInvalid
	}
	grant(c.ID)
	return nil
}
