// Package jwtware is a hand-written stub of github.com/gofiber/contrib/jwt
// (v1.1.2, built on github.com/golang-jwt/jwt/v5 and fiber v2): the JWT
// middleware New, Config (all fields), SigningKey and the algorithm names.
package jwtware

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

// Algorithm names for SigningKey.JWTAlg.
const (
	HS256 = "HS256"
	HS384 = "HS384"
	HS512 = "HS512"
	ES256 = "ES256"
	ES384 = "ES384"
	ES512 = "ES512"
	P256  = "P-256"
	P384  = "P-384"
	P521  = "P-521"
	RS256 = "RS256"
	RS384 = "RS384"
	RS512 = "RS512"
	PS256 = "PS256"
	PS384 = "PS384"
	PS512 = "PS512"
)

// Errors passed to the ErrorHandler.
var (
	ErrJWTAlg                = errors.New("jwtware: unexpected algorithm")
	ErrJWTMissingOrMalformed = errors.New("jwtware: missing or malformed token")
)

// SigningKey is a key and the algorithm it is used with.
type SigningKey struct {
	JWTAlg string
	Key    interface{}
}

// Config configures the middleware.
type Config struct {
	Filter             func(*fiber.Ctx) bool
	SuccessHandler     fiber.Handler
	ErrorHandler       fiber.ErrorHandler
	SigningKey         SigningKey
	SigningKeys        map[string]SigningKey
	ContextKey         string
	Claims             jwt.Claims
	TokenLookup        string
	TokenProcessorFunc func(token string) (string, error)
	AuthScheme         string
	KeyFunc            jwt.Keyfunc
	JWKSetURLs         []string
}

// New returns the middleware; it panics on an invalid config.
func New(config ...Config) fiber.Handler { panic("stub") }
