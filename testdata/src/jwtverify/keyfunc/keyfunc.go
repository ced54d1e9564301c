// Package keyfunc exercises jwtverify on key functions that return
// (nil, nil) on some path.
package keyfunc

import (
	"crypto/rsa"
	"errors"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var (
	keys     map[string]*rsa.PublicKey
	pub      *rsa.PublicKey
	errNoKey = errors.New("unknown key id")
)

var methods = jwt.WithValidMethods([]string{"RS256"})

// Positives.

func unknownKidNilNil(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtverify: the key function of jwt\.Parse returns \(nil, nil\) on some path; return an error when no key is found`
		kid, _ := t.Header["kid"].(string)
		key, ok := keys[kid]
		if !ok {
			return nil, nil
		}
		return key, nil
	}, methods)
}

func lookupNilNil(t *jwt4.Token) (interface{}, error) {
	if t.Header["kid"] == nil {
		return nil, nil
	}
	return pub, nil
}

func namedNilNil(s string) (*jwt4.Token, error) {
	return jwt4.Parse(s, lookupNilNil, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the key function of jwt\.Parse returns \(nil, nil\)`
}

// Negatives.

func unknownKidError(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		key, ok := keys[kid]
		if !ok {
			return nil, errNoKey
		}
		return key, nil
	}, methods)
}

func alwaysKey(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return pub, nil }, methods)
}
