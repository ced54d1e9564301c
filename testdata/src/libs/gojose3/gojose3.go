// Package gojose3 exercises go-jose v3, whose ParseSigned takes no
// algorithm list: the header's algorithm must be checked before
// verification.
package gojose3

import (
	"errors"

	"github.com/go-jose/go-jose/v3/jwt"
)

var secret []byte

func grant(v any) {}

func noAlgCheck(raw string) error {
	tok, err := jwt.ParseSigned(raw) // want `jwtalg: jwt\.ParseSigned accepts any algorithm the token names \(no list of accepted algorithms is given, and the header's algorithm is not checked\)`
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

func algChecked(raw string) error {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return err
	}
	if tok.Headers[0].Algorithm != "HS256" {
		return errors.New("unexpected algorithm")
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}
