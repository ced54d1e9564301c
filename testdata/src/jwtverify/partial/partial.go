// Package partial exercises jwtverify on error handling that rejects only
// some errors (CVE-2024-51744 shape): errors.Is(err, jwt.ErrTokenExpired)
// branches that use the token (v5, v4), and v3/v4 ValidationError bit tests
// that let a signature error through.
package partial

import (
	"crypto/rsa"
	"errors"
	"fmt"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error)           { return pub, nil }
func keyFunc4(t *jwt4.Token) (interface{}, error) { return pub, nil }
func keyFunc3(t *jwt3.Token) (interface{}, error) { return pub, nil }

var errExpired = errors.New("session expired")

func refresh(v any) error { return nil }
func grant(v any)         {}

// Positives.

func v5RefreshExpired(s string) error {
	tok, err := jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.Parse is used at line 34 when only some errors are rejected \(errors\.Is\(err, jwt\.ErrTokenExpired\)\), so a token that failed verification is accepted; reject every error before using the token`
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return refresh(tok.Claims)
		}
		return err
	}
	grant(tok.Claims)
	return nil
}

func v5AcceptExpired(s string) {
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(s, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.ParseWithClaims is used at line 48 when only some errors are rejected \(errors\.Is\(err, jwt\.ErrTokenExpired\)\)`
	if err != nil && !errors.Is(err, jwt.ErrTokenExpired) {
		return
	}
	grant(claims.Subject)
}

func v4RefreshExpired(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.Parse is used at line 54 when only some errors are rejected \(errors\.Is\(err, jwt\.ErrTokenExpired\)\)`
	if errors.Is(err, jwt4.ErrTokenExpired) {
		return refresh(tok.Claims)
	}
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func v4BitTest(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.Parse is used at line 67 when only some errors are rejected \(err\.\(\*jwt\.ValidationError\)\)`
	if err != nil {
		if ve, ok := err.(*jwt4.ValidationError); ok && ve.Errors&jwt4.ValidationErrorExpired != 0 {
			return refresh(tok.Claims)
		}
		return err
	}
	grant(tok.Claims)
	return nil
}

func v4ErrorsAs(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.Parse is used at line 80 when only some errors are rejected \(errors\.As\(err, \.\.\.\)\)`
	if err != nil {
		var ve *jwt4.ValidationError
		if errors.As(err, &ve) && ve.Errors&(jwt4.ValidationErrorExpired|jwt4.ValidationErrorNotValidYet) != 0 {
			return refresh(tok.Claims)
		}
		return err
	}
	grant(tok.Claims)
	return nil
}

func v3BitTest(s string) {
	claims := &jwt3.StandardClaims{}
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	_, err := p.ParseWithClaims(s, claims, keyFunc3) // want `jwtverify: the token from \(\*jwt\.Parser\)\.ParseWithClaims is used at line 97 when only some errors are rejected`
	if ve, ok := err.(*jwt3.ValidationError); ok {
		if ve.Errors&jwt3.ValidationErrorMalformed != 0 {
			return
		}
	}
	grant(claims.Subject)
}

// Negatives: the error is inspected to choose a response, and every error
// is rejected before the token is used.

func v5ExpiredMessage(s string) error {
	tok, err := jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if errors.Is(err, jwt.ErrTokenExpired) {
		return errExpired
	}
	if err != nil {
		return fmt.Errorf("invalid token: %w", err)
	}
	grant(tok.Claims)
	return nil
}

func v4BitTestThenReject(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"}))
	if err != nil {
		if ve, ok := err.(*jwt4.ValidationError); ok && ve.Errors&jwt4.ValidationErrorExpired != 0 {
			return errExpired
		}
		return err
	}
	grant(tok.Claims)
	return nil
}

// Exactly the expired bit: no signature error can be set with it, so the
// signature of the token being refreshed was verified.
func v4OnlyExpired(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"}))
	if err != nil {
		if ve, ok := err.(*jwt4.ValidationError); ok && ve.Errors == jwt4.ValidationErrorExpired {
			return refresh(tok.Claims)
		}
		return err
	}
	grant(tok.Claims)
	return nil
}

func v3OnlyExpiredErrorsAs(s string) error {
	claims := &jwt3.StandardClaims{}
	_, err := jwt3.ParseWithClaims(s, claims, keyFunc3)
	var ve *jwt3.ValidationError
	if errors.As(err, &ve) && ve.Errors == jwt3.ValidationErrorExpired|jwt3.ValidationErrorNotValidYet {
		return refresh(claims)
	}
	if err != nil {
		return err
	}
	grant(claims.Subject)
	return nil
}

// Equality with a mask holding the signature bit lets it through.
func v4EqualsSignatureBit(s string) error {
	tok, err := jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"RS256"})) // want `jwtverify: the token from jwt\.Parse is used at line \d+ when only some errors are rejected`
	if ve, ok := err.(*jwt4.ValidationError); ok && ve.Errors == jwt4.ValidationErrorExpired|jwt4.ValidationErrorSignatureInvalid {
		return refresh(tok.Claims)
	}
	if err != nil {
		return err
	}
	return nil
}
