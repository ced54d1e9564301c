// Package hmac exercises jwtclaims on parses verified with an HMAC secret
// (self-issued tokens: no claim required by default) and on what switches
// claim checks off whatever the key: WithoutClaimsValidation,
// Parser{SkipClaimsValidation: true}, a leeway above 5 minutes.
package hmac

import (
	"time"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

var anyKey any

func hmacKey(t *jwt.Token) (any, error) { return secret, nil }

func hmacKey4(t *jwt4.Token) (interface{}, error) { return secret, nil }

func hmacKey3(t *jwt3.Token) (interface{}, error) { return secret, nil }

var hs256 = jwt.WithValidMethods([]string{"HS256"})

// Negatives.

func sessionToken(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256)
}

func sessionTokenV4(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &jwt4.RegisteredClaims{}, hmacKey4, jwt4.WithValidMethods([]string{"HS256"}))
}

func sessionTokenV3(s string) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: false}
	return p.ParseWithClaims(s, &jwt3.StandardClaims{}, hmacKey3)
}

// The key's kind cannot be determined: nothing is required.
func unknownKeyKind(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return anyKey, nil }, hs256)
}

func smallLeeway(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithLeeway(30*time.Second))
}

func leewayAtLimit(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithLeeway(5*time.Minute))
}

// Positives.

func withoutClaimsValidation(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithoutClaimsValidation()) // want `jwtclaims: jwt\.Parse switches off claims validation, so expired tokens are accepted; remove WithoutClaimsValidation/SkipClaimsValidation`
}

func withoutClaimsValidationV4(s string) (*jwt4.Token, error) {
	return jwt4.NewParser(jwt4.WithValidMethods([]string{"HS256"}), jwt4.WithoutClaimsValidation()).Parse(s, hmacKey4) // want `jwtclaims: \(\*jwt\.Parser\)\.Parse switches off claims validation`
}

func skipClaimsValidationV4(s string) (*jwt4.Token, error) {
	p := &jwt4.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true}
	return p.Parse(s, hmacKey4) // want `jwtclaims: \(\*jwt\.Parser\)\.Parse switches off claims validation`
}

func skipClaimsValidationV3(s string) (*jwt3.Token, error) {
	p := jwt3.Parser{ValidMethods: []string{"HS256"}}
	p.SkipClaimsValidation = true
	return p.ParseWithClaims(s, &jwt3.StandardClaims{}, hmacKey3) // want `jwtclaims: \(\*jwt\.Parser\)\.ParseWithClaims switches off claims validation`
}

func largeLeeway(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithLeeway(10*time.Minute)) // want `jwtclaims: jwt\.Parse allows a clock-skew leeway of 10m0s \(more than 5m0s\); keep the leeway at a few minutes`
}

func largeLeewayInVariable(s string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{hs256, jwt.WithLeeway(time.Hour)}
	return jwt.Parse(s, hmacKey, opts...) // want `jwtclaims: jwt\.Parse allows a clock-skew leeway of 1h0m0s`
}
