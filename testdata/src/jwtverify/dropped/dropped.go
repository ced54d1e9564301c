// Package dropped exercises jwtverify on verifying parses whose error is
// discarded (golang-jwt v5, v4, v3 line).
package dropped

import (
	"crypto/rsa"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error)           { return pub, nil }
func keyFunc4(t *jwt4.Token) (interface{}, error) { return pub, nil }
func keyFunc3(t *jwt3.Token) (interface{}, error) { return pub, nil }

var methods = jwt.WithValidMethods([]string{"RS256"})

func grant(v any) {}

// Positives.

func tokenBlank(s string) {
	tok, _ := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the error of jwt\.Parse is discarded, so tokens that fail verification are accepted \(the token is used at line 27\); check err before using the token`
	grant(tok.Claims)
}

func bothBlank(s string) {
	_, _ = jwt.Parse(s, keyFunc, methods) // want `jwtverify: the error of jwt\.Parse is discarded`
}

func claimsBlank(s string) string {
	claims := &jwt.RegisteredClaims{}
	_, _ = jwt.ParseWithClaims(s, claims, keyFunc, methods) // want `jwtverify: the error of jwt\.ParseWithClaims is discarded`
	return claims.Subject
}

func expressionStatement(s string) string {
	claims := jwt.MapClaims{}
	jwt.ParseWithClaims(s, claims, keyFunc, methods) // want `jwtverify: the error of jwt\.ParseWithClaims is discarded`
	return claims["sub"].(string)
}

func onParser(s string) any {
	tok, _ := jwt.NewParser(methods).Parse(s, keyFunc) // want `jwtverify: the error of \(\*jwt\.Parser\)\.Parse is discarded`
	return tok.Claims.(jwt.MapClaims)["sub"]
}

func v4Blank(s string) any {
	tok, _ := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the error of jwt\.Parse is discarded`
	return tok.Claims
}

func v3Blank(s string) string {
	claims := &jwt3.StandardClaims{}
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	p.ParseWithClaims(s, claims, keyFunc3) // want `jwtverify: the error of \(\*jwt\.Parser\)\.ParseWithClaims is discarded`
	return claims.Subject
}

// With the error dropped, token.Valid is still a check ("Checking
// token.Valid counts as a check"): every use is guarded by it, so the
// token is verified where it is used. (A malformed token makes tok nil and
// the test panic, a robustness problem but not a verification bypass.)
func blankThenValid(s string) {
	tok, _ := jwt.Parse(s, keyFunc, methods)
	if !tok.Valid {
		return
	}
	grant(tok.Claims)
}

func next() {}

// Valid alone decides: the middleware's shape, nothing of the token used.
func blankValidOnly(s string) {
	tok, _ := jwt.Parse(s, keyFunc, methods)
	if tok.Valid {
		next()
	}
}

// Its twin looks at nothing: the parse's verdict is ignored.
func blankIgnored(s string) {
	jwt.Parse(s, keyFunc, methods) // want `jwtverify: the error of jwt\.Parse is discarded`
	next()
}

// Negatives.

func errorChecked(s string) (any, error) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

func errorCheckedV3(s string) (string, error) {
	claims := &jwt3.StandardClaims{}
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	if _, err := p.ParseWithClaims(s, claims, keyFunc3); err != nil {
		return "", err
	}
	return claims.Subject, nil
}
