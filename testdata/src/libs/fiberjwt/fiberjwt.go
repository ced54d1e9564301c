// Package fiberjwt exercises the parse checks on gofiber/contrib/jwt:
// a SigningKey without JWTAlg accepts any algorithm for its key, JWKS
// URLs without aud/iss checks, a custom KeyFunc.
package fiberjwt

import (
	"crypto/rsa"
	"errors"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

var (
	secret []byte
	pub    *rsa.PublicKey
)

// No JWTAlg: any algorithm is accepted for the key.
func noAlg() fiber.Handler {
	return jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: secret}}) // want `jwtalg: jwtware\.New .*set SigningKey\.JWTAlg to "HS256"`
}

// Twin: the algorithm named.
func withAlg() fiber.Handler {
	return jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: secret}})
}

// A key set from URLs: tokens of another issuer, aud and iss never
// checked by the middleware.
func jwks() fiber.Handler {
	return jwtware.New(jwtware.Config{JWKSetURLs: []string{"https://idp/.well-known/jwks.json"}}) // want `jwtclaims: jwtware\.New accepts tokens without checking aud, iss, exp`
}

type strictClaims struct {
	jwt.RegisteredClaims
}

func (c strictClaims) Validate() error {
	if c.Issuer != "https://idp" || c.ExpiresAt == nil {
		return errors.New("issuer or exp")
	}
	for _, a := range c.Audience {
		if a == "api" {
			return nil
		}
	}
	return errors.New("audience")
}

// Twin: claims that validate themselves.
func jwksValidated() fiber.Handler {
	return jwtware.New(jwtware.Config{
		JWKSetURLs: []string{"https://idp/.well-known/jwks.json"},
		Claims:     &strictClaims{},
	})
}

// A custom KeyFunc returning a public key without a method check.
func keyFuncUnpinned() fiber.Handler {
	return jwtware.New(jwtware.Config{ // want `jwtalg: jwtware\.New`
		KeyFunc: func(t *jwt.Token) (interface{}, error) { return secret, nil },
	})
}
