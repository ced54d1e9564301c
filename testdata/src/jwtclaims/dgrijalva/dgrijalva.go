// Package dgrijalva exercises jwtclaims on github.com/dgrijalva/jwt-go:
// every import is reported at the import spec, and parses are judged like
// golang-jwt v3's.
package dgrijalva

import (
	"crypto/rsa"
	"errors"

	"github.com/dgrijalva/jwt-go"         // want `jwtclaims: github\.com/dgrijalva/jwt-go is unmaintained and has an audience-check bypass \(CVE-2020-26160\); migrate to github\.com/golang-jwt/jwt/v5`
	"github.com/dgrijalva/jwt-go/request" // want `jwtclaims: github\.com/dgrijalva/jwt-go is unmaintained`
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

var parser = &jwt.Parser{ValidMethods: []string{"RS256"}}

func rsaKey(t *jwt.Token) (interface{}, error) { return pub, nil }

func externalNoChecks(s string) (*jwt.Token, error) {
	return parser.ParseWithClaims(s, &jwt.StandardClaims{}, rsaKey) // want `jwtclaims: \(\*jwt\.Parser\)\.ParseWithClaims accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\); reject unless claims\.VerifyAudience\(aud, true\)`
}

func optionalAudience(s string) error {
	claims := jwt.MapClaims{}
	if _, err := parser.ParseWithClaims(s, claims, rsaKey); err != nil { // want `jwtclaims: \(\*jwt\.Parser\)\.ParseWithClaims checks aud only with VerifyAudience\(\.\.\., false\)`
		return err
	}
	if !claims.VerifyAudience("api", false) {
		return errors.New("aud")
	}
	if !claims.VerifyIssuer("https://idp.example.com/", true) {
		return errors.New("iss")
	}
	if _, ok := claims["exp"]; !ok {
		return errors.New("exp")
	}
	return nil
}

// HMAC session tokens need nothing by default; the import is still reported.
func session(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	return p.Parse(s, func(*jwt.Token) (interface{}, error) { return secret, nil })
}

var _ = request.OAuth2Extractor
