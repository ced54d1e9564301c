// Package basic exercises the simplest jwtalg cases.
package basic

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func noAllowList(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt.Parse accepts any algorithm the token names`
		return pub, nil
	})
}

func pinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return pub, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
}
