// Package v4 exercises jwtalg on golang-jwt v4: WithValidMethods, NewParser,
// and Parser{ValidMethods: ...} literals (pointer and value).
package v4

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v4"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

func keyFunc(t *jwt.Token) (interface{}, error) { return pub, nil }

// Positives.

func parse(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc) // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function keyFunc does not check token\.Method\); pass jwt\.WithValidMethods\(\[\]string\{"RS256"\}\)`
}

func parseWithClaims(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) { // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm .*"HS256"`
		return secret, nil
	}, jwt.WithJSONNumber())
}

func emptyParserLiteral(s string) (*jwt.Token, error) {
	p := &jwt.Parser{}
	return p.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func nilMethodsLiteral(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: nil, UseJSONNumber: true}
	return p.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func newParserNoOptions(s string) (*jwt.Token, error) {
	return jwt.NewParser(jwt.WithJSONNumber()).Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func newParserValue(s string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	return p.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// Negatives.

func withValidMethods(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256", "RS512"}))
}

func parserLiteral(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(s, keyFunc)
}

func parserValueLiteral(s string) (*jwt.Token, error) {
	p := jwt.Parser{ValidMethods: []string{jwt.SigningMethodES256.Alg()}}
	return p.ParseWithClaims(s, &jwt.RegisteredClaims{}, keyFunc)
}

func parserFieldAssigned(s string) (*jwt.Token, error) {
	p := &jwt.Parser{}
	p.ValidMethods = []string{"RS256"}
	return p.Parse(s, keyFunc)
}

func newParserPinned(s string) (*jwt.Token, error) {
	return jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})).Parse(s, keyFunc)
}

func keyfuncChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodECDSA); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return pub, nil
	})
}

var (
	globalPinned = jwt.Parser{ValidMethods: []string{"RS256"}}
	globalLoose  = jwt.Parser{UseJSONNumber: true}
)

func globalParserValue(s string) (*jwt.Token, error) {
	return globalPinned.Parse(s, keyFunc)
}

func globalLooseParserValue(s string) (*jwt.Token, error) {
	return globalLoose.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func copiedParser(s string) (*jwt.Token, error) {
	p := globalPinned
	return p.Parse(s, keyFunc)
}
