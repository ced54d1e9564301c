// Package dedup exercises the bundle's one-finding-per-flaw rule between
// jwtverify and jwtclaims: a parse whose error is dropped or only partly
// checked gets the jwtverify finding alone, even when its claims are not
// validated; a parse whose error is checked keeps its jwtclaims finding.
package dedup

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

var rs256 = jwt.WithValidMethods([]string{"RS256"})

func grant(v any) {}

func refresh(v any) error { return nil }

func droppedError(s string) {
	tok, _ := jwt.Parse(s, rsaKey, rs256) // want `^jwtverify: the error of jwt\.Parse is discarded`
	grant(tok.Claims)
}

func partialCheck(s string) error {
	tok, err := jwt.Parse(s, rsaKey, rs256) // want `^jwtverify: the token from jwt\.Parse is used at line \d+ when only some errors are rejected`
	if errors.Is(err, jwt.ErrTokenExpired) {
		return refresh(tok.Claims)
	}
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func checkedError(s string) error {
	tok, err := jwt.Parse(s, rsaKey, rs256) // want `^jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp`
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}
