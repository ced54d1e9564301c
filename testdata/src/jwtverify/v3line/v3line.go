// Package v3line exercises jwtverify on github.com/dgrijalva/jwt-go,
// github.com/form3tech-oss/jwt-go and the request helpers: unverified
// decodes, dropped and late-checked errors, and their correct forms.
package v3line

import (
	"crypto/rsa"
	"net/http"

	dgrijalva "github.com/dgrijalva/jwt-go"
	form3 "github.com/form3tech-oss/jwt-go"
	form3request "github.com/form3tech-oss/jwt-go/request"
	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var pub *rsa.PublicKey

var pinned = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

func dgKey(t *dgrijalva.Token) (interface{}, error) { return pub, nil }

func f3Key(t *form3.Token) (interface{}, error) { return pub, nil }

func grant(v any) {}

// Positives.

func dgrijalvaDropped(s string) {
	p := &dgrijalva.Parser{ValidMethods: []string{"RS256"}}
	tok, _ := p.Parse(s, dgKey) // want `jwtverify: the error of \(\*jwt\.Parser\)\.Parse is discarded`
	grant(tok.Claims)
}

func form3Unverified(s string) string {
	claims := &form3.StandardClaims{}
	if _, _, err := new(form3.Parser).ParseUnverified(s, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return ""
	}
	return claims.Subject
}

func requestDropped(r *http.Request) {
	tok, _ := request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc, request.WithParser(pinned)) // want `jwtverify: the error of request\.ParseFromRequest is discarded`
	grant(tok.Claims)
}

func form3RequestLateCheck(w http.ResponseWriter, r *http.Request) {
	claims := &form3.MapClaims{}
	tok, err := form3request.ParseFromRequest(r, form3request.OAuth2Extractor, f3Key, // want `jwtverify: the token from request\.ParseFromRequest is used at line \d+ on a path where the parse error is not checked`
		form3request.WithClaims(claims), form3request.WithParser(&form3.Parser{ValidMethods: []string{"RS256"}}))
	grant((*claims)["sub"])
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

// Negatives.

func dgrijalvaChecked(s string) error {
	p := &dgrijalva.Parser{ValidMethods: []string{"RS256"}}
	tok, err := p.Parse(s, dgKey)
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func requestChecked(w http.ResponseWriter, r *http.Request) {
	claims := &jwt.RegisteredClaims{}
	_, err := request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc, request.WithClaims(claims), request.WithParser(pinned))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	grant(claims.Subject)
}
