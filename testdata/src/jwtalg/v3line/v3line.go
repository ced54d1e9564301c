// Package v3line exercises jwtalg on the v3 line: github.com/golang-jwt/jwt
// (v3), github.com/dgrijalva/jwt-go and github.com/form3tech-oss/jwt-go,
// whose package-level Parse takes no options: only a Parser{ValidMethods}
// literal or a key function checking token.Method pins the algorithm.
package v3line

import (
	"crypto/rsa"
	"fmt"

	dgrijalva "github.com/dgrijalva/jwt-go" // jwtalg does not report imports
	form3 "github.com/form3tech-oss/jwt-go"
	jwt "github.com/golang-jwt/jwt"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

// Positives.

func golangV3(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function does not check token\.Method\); parse with &jwt\.Parser\{ValidMethods: \[\]string\{"RS256"\}\} or reject unexpected token\.Method in the key function`
		return pub, nil
	})
}

func golangV3WithClaims(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.StandardClaims{}, func(t *jwt.Token) (interface{}, error) { // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm .*"HS256"`
		return secret, nil
	})
}

func golangV3EmptyParser(s string) (*jwt.Token, error) {
	p := &jwt.Parser{UseJSONNumber: true}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return pub, nil }) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func dgrijalvaParse(s string) (*dgrijalva.Token, error) {
	return dgrijalva.Parse(s, func(t *dgrijalva.Token) (interface{}, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		return pub, nil
	})
}

func dgrijalvaParser(s string) (*dgrijalva.Token, error) {
	p := new(dgrijalva.Parser)
	return p.ParseWithClaims(s, dgrijalva.MapClaims{}, func(t *dgrijalva.Token) (interface{}, error) { // want `jwtalg: \(\*jwt\.Parser\)\.ParseWithClaims accepts any algorithm`
		return secret, nil
	})
}

func form3Parse(s string) (*form3.Token, error) {
	return form3.Parse(s, func(t *form3.Token) (interface{}, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		return pub, nil
	})
}

func form3MixedLiteral(s string) (*form3.Token, error) {
	p := &form3.Parser{ValidMethods: []string{"HS256", "RS256"}}
	return p.Parse(s, func(t *form3.Token) (interface{}, error) { return pub, nil }) // want `jwtalg: the allow-list of \(\*jwt\.Parser\)\.Parse mixes HS256 and RS256`
}

// Negatives.

func golangV3ParserLiteral(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return pub, nil })
}

func golangV3KeyfuncChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return pub, nil
	})
}

func dgrijalvaParserLiteral(s string) (*dgrijalva.Token, error) {
	p := dgrijalva.Parser{ValidMethods: []string{dgrijalva.SigningMethodHS256.Alg()}}
	return p.Parse(s, func(t *dgrijalva.Token) (interface{}, error) { return secret, nil })
}

func dgrijalvaKeyfuncChecks(s string) (*dgrijalva.Token, error) {
	return dgrijalva.Parse(s, func(t *dgrijalva.Token) (interface{}, error) {
		if t.Header["alg"] != "HS256" {
			return nil, fmt.Errorf("unexpected alg")
		}
		return secret, nil
	})
}

func form3KeyfuncChecks(s string) (*form3.Token, error) {
	return form3.Parse(s, func(t *form3.Token) (interface{}, error) {
		switch t.Method.(type) {
		case *form3.SigningMethodRSA:
			return pub, nil
		default:
			return nil, fmt.Errorf("unexpected signing method")
		}
	})
}
