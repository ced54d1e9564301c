// Package wrappers exercises parse wrappers: the error of a function that
// returns a parse's token (or claims) and error is judged where the
// function is called, in this package and through facts in another.
package wrappers

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"

	"jwtverify/wrappers/authn"
)

var secret []byte

func key(*jwt.Token) (any, error) { return secret, nil }

func grant(any) {}

// A local wrapper.
func parse(s string) (*jwt.Token, error) {
	return jwt.Parse(s, key, jwt.WithValidMethods([]string{"HS256"}))
}

// Positives.

func localDropped(s string) {
	tok, _ := parse(s) // want `jwtverify: the error of wrappers.parse is discarded`
	grant(tok.Claims)
}

func importedDropped(s string) {
	tok, _ := authn.Verify(s) // want `jwtverify: the error of authn.Verify is discarded`
	grant(tok.Claims)
}

func importedClaimsUnchecked(s string) error {
	c, err := authn.ParseClaims(s) // want `jwtverify: the token from authn.ParseClaims is used at line \d+ on a path where the parse error is not checked`
	if c.Role == "admin" {
		grant(c)
	}
	return err
}

func expiredAccepted(s string) error {
	tok, err := authn.Verify(s) // want `jwtverify: the token from authn.Verify is used at line \d+ when only some errors are rejected`
	if err != nil && !errors.Is(err, jwt.ErrTokenExpired) {
		return err
	}
	grant(tok.Claims)
	return nil
}

// Negatives.

func localChecked(s string) error {
	tok, err := parse(s)
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func importedChecked(s string) error {
	c, err := authn.ParseClaims(s)
	if err != nil {
		return err
	}
	grant(c.Role)
	return nil
}

// A wrapper of a wrapper leaves the check to its own callers.
func forward(s string) (*jwt.Token, error) { return authn.Verify(s) }

func forwardChecked(s string) error {
	tok, err := forward(s)
	if err != nil {
		return err
	}
	grant(tok)
	return nil
}

func notAWrapper(s string) error {
	c, err := authn.Checked(s)
	if c != nil {
		grant(c.Role) // Checked returns nil claims on error: nothing to judge here
	}
	return err
}
