// Package echojwt exercises the parse checks on labstack/echo-jwt: a
// custom KeyFunc that drops the SigningMethod pin, an ErrorHandler that
// lets invalid tokens through, a ParseTokenFunc replacing verification,
// and the claims the default parse never checks.
package echojwt

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

var (
	secret []byte
	pub    *rsa.PublicKey
)

// The default key function pins SigningMethod (HS256 by default).
func signingKey() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{SigningKey: secret})
}

// The shorthand: same default key function.
func shorthand() echo.MiddlewareFunc {
	return echojwt.JWT(secret)
}

// A custom KeyFunc ignores SigningMethod: nothing pins the algorithm.
func keyFuncUnpinned() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{ // want `jwtalg: echojwt\.WithConfig`
		SigningMethod: "HS256",
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			return secret, nil
		},
	})
}

// Twin: the KeyFunc rejects other methods.
func keyFuncPinned() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected method")
			}
			return secret, nil
		},
	})
}

// An ErrorHandler that swallows the error, with ContinueOnIgnoredError:
// requests with invalid tokens reach the handler.
func errorsContinue() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{ // want `jwtverify: echojwt\.WithConfig lets requests with an invalid token through`
		SigningKey:             secret,
		ContinueOnIgnoredError: true,
		ErrorHandler: func(c echo.Context, err error) error {
			return nil
		},
	})
}

// Twin: the ErrorHandler returns the error.
func errorsReturned() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{
		SigningKey:             secret,
		ContinueOnIgnoredError: true,
		ErrorHandler: func(c echo.Context, err error) error {
			return echo.ErrUnauthorized
		},
	})
}

// RSA keys: tokens from another issuer need aud and iss, which the
// default parse never checks.
func publicKeyNoAudience() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{ // want `jwtclaims: echojwt\.WithConfig accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\); check aud in the claims type's Validate method`
		SigningKey:    pub,
		SigningMethod: "RS256",
	})
}

type audienceClaims struct {
	jwt.RegisteredClaims
}

func (c *audienceClaims) Validate() error {
	if c.Issuer != "https://idp" {
		return errors.New("issuer")
	}
	if c.ExpiresAt == nil {
		return errors.New("no exp")
	}
	for _, a := range c.Audience {
		if a == "api" {
			return nil
		}
	}
	return errors.New("audience")
}

// Twin: the claims type checks aud and iss itself, and requires exp.
func publicKeyValidated() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{
		SigningKey:    pub,
		SigningMethod: "RS256",
		NewClaimsFunc: func(c echo.Context) jwt.Claims { return new(audienceClaims) },
	})
}

// A ParseTokenFunc replaces the middleware's verification: the parse
// inside it is judged like any other, the configuration adds nothing.
func customParse() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{
		ParseTokenFunc: func(c echo.Context, auth string) (interface{}, error) {
			tok, err := jwt.Parse(auth, func(t *jwt.Token) (interface{}, error) { return secret, nil }) // want `jwtalg: jwt\.Parse`
			if err != nil {
				return nil, err
			}
			return tok, nil
		},
	})
}
