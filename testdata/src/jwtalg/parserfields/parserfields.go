// Package parserfields exercises jwtalg on parsers stored in struct fields
// (set in constructors) and held in closures, for golang-jwt v5 and v4.
package parserfields

import (
	"crypto/rsa"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

func keyFuncV4(t *jwtv4.Token) (interface{}, error) { return pub, nil }

// Positives.

type looseVerifier struct{ parser *jwt.Parser }

func newLooseVerifier() *looseVerifier {
	return &looseVerifier{parser: jwt.NewParser(jwt.WithLeeway(5))}
}

func (v *looseVerifier) verify(s string) (*jwt.Token, error) {
	return v.parser.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

type looseV4 struct{ p *jwtv4.Parser }

func newLooseV4() *looseV4 { return &looseV4{p: &jwtv4.Parser{UseJSONNumber: true}} }

func (v *looseV4) verify(s string) (*jwtv4.Token, error) {
	return v.p.Parse(s, keyFuncV4) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// The field is set to a pinned parser in one constructor and a loose one in
// another: some verifier accepts any algorithm.
type twoConstructors struct{ p *jwt.Parser }

func newStrict() *twoConstructors {
	return &twoConstructors{p: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))}
}

func newLax() *twoConstructors { return &twoConstructors{p: jwt.NewParser()} }

func (v *twoConstructors) verify(s string) (*jwt.Token, error) {
	return v.p.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func closureLoose(s string) func() (*jwt.Token, error) {
	p := jwt.NewParser()
	return func() (*jwt.Token, error) {
		return p.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
	}
}

// Negatives.

type verifier struct {
	parser *jwt.Parser
	name   string
}

func newVerifier(name string) *verifier {
	v := &verifier{name: name}
	v.parser = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}), jwt.WithJSONNumber())
	return v
}

func (v *verifier) verify(s string) (*jwt.Token, error) {
	return v.parser.Parse(s, keyFunc)
}

type verifierV4 struct{ p *jwtv4.Parser }

func newVerifierV4() *verifierV4 {
	return &verifierV4{p: &jwtv4.Parser{ValidMethods: []string{"RS256"}}}
}

func (v *verifierV4) verify(s string) (*jwtv4.Token, error) {
	return v.p.ParseWithClaims(s, &jwtv4.RegisteredClaims{}, keyFuncV4)
}

func closurePinned(s string) func() (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
	return func() (*jwt.Token, error) {
		return p.Parse(s, keyFunc)
	}
}
