// Package prechecks: claims checked on an unverified decode of the same
// token count for the verifying parse of that token in the function.
package prechecks

import (
	"crypto/rsa"
	"errors"

	jwt4 "github.com/golang-jwt/jwt/v4"
)

var pub *rsa.PublicKey

func keyFunc(*jwt4.Token) (any, error) { return pub, nil }

// iss and aud checked before verification; exp never required.
func issAudChecked(idToken, clientID string) (*jwt4.Token, error) {
	claims := jwt4.MapClaims{}
	if _, _, err := jwt4.NewParser().ParseUnverified(idToken, claims); err != nil {
		return nil, err
	}
	if !claims.VerifyIssuer("https://idp.example", true) || !claims.VerifyAudience(clientID, true) {
		return nil, errors.New("claims")
	}
	tok, err := jwt4.NewParser(jwt4.WithValidMethods([]string{"RS256"})).Parse(idToken, keyFunc) // want `jwtclaims: \(\*jwt.Parser\).Parse accepts tokens without checking exp \(`
	if err != nil {
		return nil, err
	}
	return tok, nil
}

// All three checked before verification: not reported.
func allChecked(idToken, clientID string, now int64) (*jwt4.Token, error) {
	claims := jwt4.MapClaims{}
	if _, _, err := jwt4.NewParser().ParseUnverified(idToken, claims); err != nil {
		return nil, err
	}
	if !claims.VerifyIssuer("https://idp.example", true) || !claims.VerifyAudience(clientID, true) || !claims.VerifyExpiresAt(now, true) {
		return nil, errors.New("claims")
	}
	tok, err := jwt4.NewParser(jwt4.WithValidMethods([]string{"RS256"})).Parse(idToken, keyFunc)
	if err != nil {
		return nil, err
	}
	return tok, nil
}

// Checks on the decode of another token do not count.
func otherToken(idToken, accessToken, clientID string) (*jwt4.Token, error) {
	claims := jwt4.MapClaims{}
	if _, _, err := jwt4.NewParser().ParseUnverified(accessToken, claims); err != nil {
		return nil, err
	}
	if !claims.VerifyIssuer("https://idp.example", true) || !claims.VerifyAudience(clientID, true) {
		return nil, errors.New("claims")
	}
	tok, err := jwt4.NewParser(jwt4.WithValidMethods([]string{"RS256"})).Parse(idToken, keyFunc) // want `jwtclaims: \(\*jwt.Parser\).Parse accepts tokens without checking aud, iss, exp`
	if err != nil {
		return nil, err
	}
	return tok, nil
}
