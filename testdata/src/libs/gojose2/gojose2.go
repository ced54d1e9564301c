// Package gojose2 exercises square/go-jose v2, where an expectation
// without a time skips the exp/nbf/iat checks.
package gojose2

import (
	"errors"
	"time"

	"gopkg.in/square/go-jose.v2/jwt"
)

var secret []byte

func grant(v any) {}

func noTime(raw string) error {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return err
	}
	if tok.Headers[0].Algorithm != "HS256" {
		return errors.New("alg")
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil { // want `jwtclaims: \(\*jwt\.JSONWebToken\)\.Claims validates the claims with an expectation without a time`
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp"}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

func withTime(raw string) error {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return err
	}
	if tok.Headers[0].Algorithm != "HS256" {
		return errors.New("alg")
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp"}.WithTime(time.Now())); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}
