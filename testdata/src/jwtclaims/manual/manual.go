// Package manual exercises jwtclaims on claims checked by hand after the
// parse: comparisons of struct fields, getters and map entries with a
// rejecting branch (checks), comparisons whose branch does not reject (no
// checks), and v4 Verify*(x, true/false).
package manual

import (
	"crypto/rsa"
	"errors"
	"log"
	"net/http"
	"slices"
	"time"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

func rsaKey4(t *jwt4.Token) (interface{}, error) { return pub, nil }

var (
	rs256   = jwt.WithValidMethods([]string{"RS256"})
	rs256v4 = jwt4.WithValidMethods([]string{"RS256"})
	errAud  = errors.New("wrong audience")
	errIss  = errors.New("wrong issuer")
	errExp  = errors.New("no expiry")
)

func grant(v any) {}

// Negatives: every required claim is compared in a rejecting branch.

func registeredFields(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil {
		return err
	}
	if claims.Issuer != "https://idp.example.com/" {
		return errIss
	}
	if !slices.Contains(claims.Audience, "api://orders") {
		return errAud
	}
	if claims.ExpiresAt == nil {
		return errExp
	}
	grant(claims.Subject)
	return nil
}

func getters(s string) error {
	tok, err := jwt.Parse(s, rsaKey, rs256)
	if err != nil {
		return err
	}
	iss, err := tok.Claims.GetIssuer()
	if err != nil || iss != "https://idp.example.com/" {
		return errIss
	}
	aud, _ := tok.Claims.GetAudience()
	if !slices.Contains(aud, "api://orders") {
		return errAud
	}
	exp, _ := tok.Claims.GetExpirationTime()
	if exp == nil || exp.Before(time.Now()) {
		return errExp
	}
	grant(tok.Claims)
	return nil
}

func mapEntries(w http.ResponseWriter, s string) {
	claims := jwt.MapClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if claims["iss"] != "https://idp.example.com/" || claims["aud"] != "api://orders" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, ok := claims["exp"]; !ok {
		http.Error(w, "no expiry", http.StatusUnauthorized)
		return
	}
	grant(claims["sub"])
}

// Options for some claims, a comparison for the other.
func optionsAndComparison(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256, jwt.WithAudience("api"), jwt.WithExpirationRequired()); err != nil {
		return err
	}
	if claims.Issuer != "https://idp.example.com/" {
		return errIss
	}
	return nil
}

func v4VerifyRequired(s string) error {
	claims := &jwt4.RegisteredClaims{}
	if _, err := jwt4.ParseWithClaims(s, claims, rsaKey4, rs256v4); err != nil {
		return err
	}
	if !claims.VerifyAudience("api://orders", true) || !claims.VerifyIssuer("https://idp.example.com/", true) {
		return errAud
	}
	if !claims.VerifyExpiresAt(time.Now(), true) {
		return errExp
	}
	grant(claims.Subject)
	return nil
}

func v4MapVerifyRequired(s string) error {
	tok, err := jwt4.Parse(s, rsaKey4, rs256v4)
	if err != nil {
		return err
	}
	claims := tok.Claims.(jwt4.MapClaims)
	if !claims.VerifyAudience("api://orders", true) {
		return errAud
	}
	if !claims.VerifyIssuer("https://idp.example.com/", true) {
		return errIss
	}
	if !claims.VerifyExpiresAt(time.Now().Unix(), true) {
		return errExp
	}
	return nil
}

// Positives.

// The comparison only logs.
func comparisonLogsOnly(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256, jwt.WithAudience("api"), jwt.WithExpirationRequired()); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking iss \(`
		return err
	}
	if claims.Issuer != "https://idp.example.com/" {
		log.Printf("unexpected issuer %q", claims.Issuer)
	}
	grant(claims.Subject)
	return nil
}

// Comparing another claim does not check the required ones.
func subjectOnly(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, rsaKey, rs256); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp \(`
		return err
	}
	if claims.Subject == "" {
		return errors.New("no subject")
	}
	return nil
}

// v4 Verify*(x, false) passes when the claim is absent: part of the
// parse's finding, reported at the parse call (the contract's position for
// every parse check).
func v4VerifyOptional(s string) error {
	claims := &jwt4.RegisteredClaims{}
	if _, err := jwt4.ParseWithClaims(s, claims, rsaKey4, rs256v4); err != nil { // want `jwtclaims: jwt\.ParseWithClaims checks aud only with VerifyAudience\(\.\.\., false\) at line \d+, which passes when the token has no aud claim; pass true to the Verify\* calls`
		return err
	}
	if !claims.VerifyAudience("api://orders", false) {
		return errAud
	}
	if !claims.VerifyIssuer("https://idp.example.com/", true) || !claims.VerifyExpiresAt(time.Now(), true) {
		return errIss
	}
	return nil
}

func v4MapVerifyOptional(s string) error {
	tok, err := jwt4.Parse(s, rsaKey4, rs256v4) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss \(.*\); it checks exp only with VerifyExpiresAt\(\.\.\., false\) at line \d+`
	if err != nil {
		return err
	}
	claims := tok.Claims.(jwt4.MapClaims)
	if !claims.VerifyExpiresAt(time.Now().Unix(), false) {
		return errExp
	}
	return nil
}

// The Verify result is ignored.
func v4VerifyIgnored(s string) error {
	claims := &jwt4.RegisteredClaims{}
	if _, err := jwt4.ParseWithClaims(s, claims, rsaKey4, rs256v4); err != nil { // want `jwtclaims: jwt\.ParseWithClaims accepts tokens without checking aud, iss, exp \(`
		return err
	}
	claims.VerifyAudience("api://orders", true)
	claims.VerifyIssuer("https://idp.example.com/", true)
	claims.VerifyExpiresAt(time.Now(), true)
	return nil
}
