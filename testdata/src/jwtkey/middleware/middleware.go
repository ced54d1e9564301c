// Package middleware exercises jwtkey with the keys of JWT middlewares:
// echo-jwt, gin-jwt, gofiber contrib/jwt and auth0's validator.
package middleware

import (
	"context"
	"crypto/rsa"
	"os"

	jwtmw "github.com/appleboy/gin-jwt/v2"
	"github.com/auth0/go-jwt-middleware/v2/validator"
	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

// Positives.

func echoJWT() echo.MiddlewareFunc {
	return echojwt.JWT([]byte("echo-secret")) // want `jwtkey: the HMAC key of echojwt\.JWT is a hardcoded literal of 11 bytes`
}

func echoConfig() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{SigningKey: []byte("echo-config")}) // want `jwtkey: the HMAC key in echojwt\.Config is a hardcoded literal of 11 bytes`
}

func echoKeyFunc() echo.MiddlewareFunc {
	return echojwt.WithConfig(echojwt.Config{KeyFunc: func(*jwt.Token) (any, error) {
		return []byte("echo-keyfunc"), nil // want `jwtkey: the HMAC key returned by the key function in echojwt\.Config is a hardcoded literal of 12 bytes`
	}})
}

func gin() (*jwtmw.GinJWTMiddleware, error) {
	return jwtmw.New(&jwtmw.GinJWTMiddleware{
		Realm: "zone",
		Key:   []byte("secret key"), // want `jwtkey: the HMAC key in jwt\.GinJWTMiddleware is a hardcoded literal of 10 bytes`
	})
}

func fiber() any {
	return jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte("fiber-secret")}}) // want `jwtkey: the HMAC key in jwtware\.SigningKey is a hardcoded literal of 12 bytes`
}

func auth0() (*validator.Validator, error) {
	keyFunc := func(context.Context) (interface{}, error) {
		return []byte("auth0-secret"), nil // want `jwtkey: the HMAC key returned by the key function of validator\.New is a hardcoded literal of 12 bytes`
	}
	return validator.New(keyFunc, validator.HS256, "https://issuer/", []string{"aud"})
}

// Negatives.

func echoEnv() echo.MiddlewareFunc {
	return echojwt.JWT([]byte(os.Getenv("JWT_SECRET")))
}

// gin-jwt with RS256: Key is not used.
func ginRS256(pub *rsa.PublicKey) (*jwtmw.GinJWTMiddleware, error) {
	return jwtmw.New(&jwtmw.GinJWTMiddleware{
		Realm:            "zone",
		SigningAlgorithm: "RS256",
		Key:              []byte("unused"),
	})
}

func fiberRS(pub *rsa.PublicKey) any {
	return jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{JWTAlg: jwtware.RS256, Key: pub}})
}
