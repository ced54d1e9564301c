// Package none exercises jwtalg on allow-lists and key functions that admit
// the "none" algorithm, in golang-jwt v5, v4 and v3.
package none

import (
	"crypto/rsa"
	"errors"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

func keyFunc4(t *jwt4.Token) (interface{}, error) { return pub, nil }

// Positives.

func noneLiteral(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256", "none"})) // want `jwtalg: the allow-list of jwt\.Parse admits "none", so unsigned tokens are accepted`
}

func noneMethodAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{jwt.SigningMethodNone.Alg()})) // want `jwtalg: the allow-list of jwt\.Parse admits "none"`
}

func noneInVariable(s string) (*jwt.Token, error) {
	algs := []string{"RS256"}
	algs = append(algs, "none")
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods(algs)) // want `jwtalg: the allow-list of jwt\.Parse admits "none"`
}

func v4ParserNone(s string) (*jwt4.Token, error) {
	p := &jwt4.Parser{ValidMethods: []string{"none"}}
	return p.Parse(s, keyFunc4) // want `jwtalg: the allow-list of \(\*jwt\.Parser\)\.Parse admits "none"`
}

func v3ParserNone(s string) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{jwt3.SigningMethodNone.Alg(), "RS256"}}
	return p.Parse(s, func(t *jwt3.Token) (interface{}, error) { return pub, nil }) // want `jwtalg: the allow-list of \(\*jwt\.Parser\)\.Parse admits "none"`
}

// The key function returns the magic constant: reported even with an
// allow-list that does not name "none".
func unsafeNoneWithAllowList(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: the key function of jwt\.Parse returns jwt\.UnsafeAllowNoneSignatureType, so unsigned \(alg "none"\) tokens are accepted`
		return jwt.UnsafeAllowNoneSignatureType, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
}

func allowNone(t *jwt4.Token) (interface{}, error) {
	if t.Method == jwt4.SigningMethodNone {
		return jwt4.UnsafeAllowNoneSignatureType, nil
	}
	return pub, nil
}

// Without an allow-list, both the "none" key and the missing pin are reported.
func unsafeNoneNoAllowList(s string) (*jwt4.Token, error) {
	return jwt4.Parse(s, allowNone) // want `jwtalg: the key function allowNone of jwt\.Parse returns jwt\.UnsafeAllowNoneSignatureType` `jwtalg: jwt\.Parse accepts any algorithm`
}

func unsafeNoneV3(s string) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(s, func(t *jwt3.Token) (interface{}, error) { // want `jwtalg: the key function of \(\*jwt\.Parser\)\.Parse returns jwt\.UnsafeAllowNoneSignatureType`
		return jwt3.UnsafeAllowNoneSignatureType, nil
	})
}

// Negatives: "none" is mentioned only to be rejected.

func rejectsNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone || t.Method.Alg() != "RS256" {
			return nil, errors.New("unexpected signing method")
		}
		return pub, nil
	})
}

func noneStringElsewhere(s string) (*jwt.Token, error) {
	mode := "none"
	_ = mode
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
}
