// Package strict exercises jwtclaims with -require-claims=aud,iss,exp: HMAC
// parses, exempt by default, must then check every listed claim.
package strict

import (
	"errors"
	"slices"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

func hmacKey(t *jwt.Token) (any, error) { return secret, nil }

func hmacKey4(t *jwt4.Token) (interface{}, error) { return secret, nil }

var hs256 = jwt.WithValidMethods([]string{"HS256"})

// Positives.

func sessionNoChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(-require-claims\); pass jwt\.WithAudience\(\.\.\.\), jwt\.WithIssuer\(\.\.\.\), jwt\.WithExpirationRequired\(\)`
}

func sessionSomeChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithIssuer("auth-service")) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, exp \(-require-claims\)`
}

func sessionV4(s string) (*jwt4.Token, error) {
	return jwt4.Parse(s, hmacKey4, jwt4.WithValidMethods([]string{"HS256"})) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(-require-claims\)`
}

// Negatives.

func sessionAllOptions(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, hs256, jwt.WithAudience("web"), jwt.WithIssuer("auth-service"), jwt.WithExpirationRequired())
}

func sessionManual(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, hmacKey, hs256, jwt.WithExpirationRequired()); err != nil {
		return err
	}
	if claims.Issuer != "auth-service" || !slices.Contains(claims.Audience, "web") {
		return errors.New("token not for this service")
	}
	return nil
}
