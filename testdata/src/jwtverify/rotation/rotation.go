// Package rotation exercises key rotation: a loop tries each key and sets
// a success flag only where the parse succeeded; the flag tested before the
// token is used checks the error. Twins set the flag on every path.
package rotation

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var (
	secrets      [][]byte
	errForbidden = errors.New("forbidden")
	hs256        = jwt.WithValidMethods([]string{"HS256"})
)

func grant(v any) {}

func keyOf(k []byte) jwt.Keyfunc { return func(*jwt.Token) (any, error) { return k, nil } }

func rotateBreak(s string) error {
	var tok *jwt.Token
	var err error
	verified := false
	for _, k := range secrets {
		tok, err = jwt.Parse(s, keyOf(k), hs256)
		if err == nil {
			verified = true
			break
		}
	}
	if !verified {
		return err
	}
	grant(tok.Claims)
	return nil
}

func rotateFlagTested(s string) error {
	var tok *jwt.Token
	ok := false
	for _, k := range secrets {
		t, err := jwt.Parse(s, keyOf(k), hs256)
		if err != nil {
			continue
		}
		tok, ok = t, true
		break
	}
	if ok {
		grant(tok.Claims)
		return nil
	}
	return errForbidden
}

// Twins.

func flagOnEveryPath(s string) error {
	var tok *jwt.Token
	var err error
	verified := false
	for _, k := range secrets {
		tok, err = jwt.Parse(s, keyOf(k), hs256) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
		verified = true
		if err == nil {
			break
		}
	}
	if !verified {
		return err
	}
	grant(tok.Claims)
	return nil
}

func flagNotTested(s string) error {
	var tok *jwt.Token
	verified := false
	for _, k := range secrets {
		t, err := jwt.Parse(s, keyOf(k), hs256) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
		tok = t
		if err == nil {
			verified = true
			break
		}
	}
	_ = verified
	grant(tok.Claims)
	return nil
}
