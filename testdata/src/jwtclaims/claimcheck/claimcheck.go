// want package:`jwtparse-summaries`

// Package claimcheck provides claim-checking helpers for jwtclaims/helpers:
// what they check reaches the importing package as facts, asserted by the
// `want` fact expectations below (internal/jwtparse TestFacts). It has no
// parses.
package claimcheck

import (
	"errors"
	"slices"

	"github.com/golang-jwt/jwt/v5"
)

var errInvalid = errors.New("invalid claims")

// Check requires the expected issuer and audience and an expiry.
func Check(c jwt.Claims) error { // want Check:`helper\(claims=aud,iss,exp\)`
	iss, err := c.GetIssuer()
	if err != nil || iss != "https://idp.example.com/" {
		return errInvalid
	}
	aud, err := c.GetAudience()
	if err != nil || !slices.Contains(aud, "api://orders") {
		return errInvalid
	}
	exp, err := c.GetExpirationTime()
	if err != nil || exp == nil {
		return errInvalid
	}
	return nil
}

// Issuer checks only the issuer.
func Issuer(c *jwt.RegisteredClaims) bool { // want Issuer:`helper\(claims=iss\)`
	return c.Issuer == "https://idp.example.com/"
}
