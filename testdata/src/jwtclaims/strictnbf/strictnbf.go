// Package strictnbf is run with -require-claims=nbf,sub: every parse must
// check nbf and sub, and the remedy names the option of each.
package strictnbf

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
	jwt4 "github.com/golang-jwt/jwt/v4"
)

var secret []byte

func key(*jwt.Token) (any, error)             { return secret, nil }
func key4(*jwt4.Token) (interface{}, error) { return secret, nil }

var hs256 = jwt.WithValidMethods([]string{"HS256"})

func missing(s string) (*jwt.Token, error) {
	return jwt.Parse(s, key, hs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking nbf, sub \(-require-claims\); pass jwt\.WithNotBeforeRequired\(\), jwt\.WithSubject\(\.\.\.\)`
}

func options(s string) (*jwt.Token, error) {
	return jwt.Parse(s, key, hs256, jwt.WithNotBeforeRequired(), jwt.WithSubject("svc"))
}

func v4Missing(s string) error {
	c := &jwt4.RegisteredClaims{}
	if _, err := jwt4.ParseWithClaims(s, c, key4, jwt4.WithValidMethods([]string{"HS256"})); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking nbf, sub \(-require-claims\); reject unless claims\.VerifyNotBefore\(now, true\); reject unless the sub claim`
		return err
	}
	return nil
}

func v4Checked(s string) error {
	c := &jwt4.RegisteredClaims{}
	if _, err := jwt4.ParseWithClaims(s, c, key4, jwt4.WithValidMethods([]string{"HS256"})); err != nil {
		return err
	}
	if c.Subject != "svc" {
		return errors.New("sub")
	}
	if !c.VerifyNotBefore(jwt4.TimeFunc(), true) {
		return errors.New("nbf")
	}
	return nil
}
