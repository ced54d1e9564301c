// want package:"jwtparse-summaries"

// Package authn holds parse wrappers used by jwtverify/wrappers from
// another package: functions that return a parse's token (or claims) and
// its error, leaving the error to their callers.
package authn

import (
	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

func key(*jwt.Token) (any, error) { return secret, nil } // want key:`keyfunc\(keys=hmac\)`

var opts = []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256"})}

// Verify returns the parse's token and error as they are.
func Verify(s string) (*jwt.Token, error) { // want Verify:`parse-wrapper\(jwt.Parse token=0 err=1\)` Verify:`verifier\(token=0 err=1\)`
	return jwt.Parse(s, key, opts...)
}

type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// ParseClaims returns the claims it filled and the error.
func ParseClaims(s string) (*Claims, error) { // want ParseClaims:`parse-wrapper\(jwt.ParseWithClaims token=0 err=1\)` ParseClaims:`verifier\(token=0 err=1\)`
	c := &Claims{}
	_, err := jwt.ParseWithClaims(s, c, key, opts...)
	return c, err
}

// Checked handles the error itself: not a wrapper, but a verifier of s.
func Checked(s string) (*Claims, error) { // want Checked:`verifier\(token=0 err=1\)`
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(s, c, key, opts...); err != nil {
		return nil, err
	}
	return c, nil
}
