// Package testfiles: findings in _test.go files are not reported by
// default (see testfiles_test.go); findings in other files are.
package testfiles

import "github.com/golang-jwt/jwt/v5"

var secret []byte

func key(*jwt.Token) (any, error) { return secret, nil }

func parse(s string) (*jwt.Token, error) {
	return jwt.Parse(s, key) // want `jwtalg: jwt.Parse accepts any algorithm`
}
