// Package auth0 exercises the parse checks on auth0/go-jwt-middleware v2:
// the validator pins one algorithm and requires iss and aud, checks exp
// only when present; the middleware can let requests without a token
// through.
package auth0

import (
	"context"
	"net/http"
	"net/url"
	"time"

	jwtmiddleware "github.com/auth0/go-jwt-middleware/v2"
	"github.com/auth0/go-jwt-middleware/v2/jwks"
	"github.com/auth0/go-jwt-middleware/v2/validator"
)

var secret []byte

func hmacKey(ctx context.Context) (interface{}, error) { return secret, nil }

// An HMAC validator: one algorithm, iss and aud required by the library.
func hmacValidator() (*validator.Validator, error) {
	return validator.New(hmacKey, validator.HS256, "https://api/", []string{"api"})
}

// Credentials optional: requests without a token run the handler.
func optional(v *validator.Validator, h http.Handler) http.Handler {
	m := jwtmiddleware.New(v.ValidateToken, jwtmiddleware.WithCredentialsOptional(true)) // want `jwtverify: jwtmiddleware\.New lets requests without a token through`
	return m.CheckJWT(h)
}

// Twin: credentials required (the default, or said so).
func required(v *validator.Validator, h http.Handler) http.Handler {
	m := jwtmiddleware.New(v.ValidateToken, jwtmiddleware.WithCredentialsOptional(false))
	return m.CheckJWT(h)
}

// A JWKS provider: tokens of another issuer; exp is checked only when
// the token has one.
func jwksValidator(issuer *url.URL) (*validator.Validator, error) {
	p := jwks.NewCachingProvider(issuer, 5*time.Minute)
	return validator.New(p.KeyFunc, validator.RS256, issuer.String(), []string{"api"}) // want `jwtclaims: validator\.New accepts tokens without checking exp`
}

// A leeway far beyond clock skew.
func longSkew() (*validator.Validator, error) {
	return validator.New(hmacKey, validator.HS256, "https://api/", []string{"api"}, validator.WithAllowedClockSkew(time.Hour)) // want `jwtclaims: validator\.New allows a clock-skew leeway of 1h0m0s`
}

// Twin: a minute of skew.
func shortSkew() (*validator.Validator, error) {
	return validator.New(hmacKey, validator.HS256, "https://api/", []string{"api"}, validator.WithAllowedClockSkew(time.Minute))
}
