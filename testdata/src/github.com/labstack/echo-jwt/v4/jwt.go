// Package echojwt is a hand-written stub of github.com/labstack/echo-jwt/v4
// (v4.4.0): the JWT middleware constructors, Config (all fields) and the
// error types.
package echojwt

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// AlgorithmHS256 is the default signing method.
const AlgorithmHS256 = "HS256"

// Errors returned when the token is missing or invalid.
var (
	ErrJWTMissing = echo.NewHTTPError(http.StatusUnauthorized, "missing or malformed jwt")
	ErrJWTInvalid = echo.NewHTTPError(http.StatusUnauthorized, "invalid or expired jwt")
)

// Config configures the JWT middleware.
type Config struct {
	Skipper                middleware.Skipper
	BeforeFunc             middleware.BeforeFunc
	SuccessHandler         func(c echo.Context)
	ErrorHandler           func(c echo.Context, err error) error
	ContinueOnIgnoredError bool
	ContextKey             string
	SigningKey             interface{}
	SigningKeys            map[string]interface{}
	SigningMethod          string
	KeyFunc                jwt.Keyfunc
	TokenLookup            string
	TokenLookupFuncs       []middleware.ValuesExtractor
	ParseTokenFunc         func(c echo.Context, auth string) (interface{}, error)
	NewClaimsFunc          func(c echo.Context) jwt.Claims
}

// TokenError wraps an error about a parsed token.
type TokenError struct {
	Token *jwt.Token
	Err   error
}

func (e *TokenError) Error() string { return e.Err.Error() }
func (e *TokenError) Unwrap() error { return e.Err }

// TokenExtractionError reports that no token could be extracted.
type TokenExtractionError struct {
	Err error
}

func (e TokenExtractionError) Is(target error) bool {
	_, ok := target.(*TokenExtractionError)
	return ok
}
func (e *TokenExtractionError) Error() string { return e.Err.Error() }
func (e *TokenExtractionError) Unwrap() error { return e.Err }

// TokenParsingError reports that the extracted token did not parse.
type TokenParsingError struct {
	Err error
}

func (e TokenParsingError) Is(target error) bool { _, ok := target.(*TokenParsingError); return ok }
func (e *TokenParsingError) Error() string       { return e.Err.Error() }
func (e *TokenParsingError) Unwrap() error       { return e.Err }

// JWT returns middleware validating HS256 tokens signed with signingKey.
func JWT(signingKey interface{}) echo.MiddlewareFunc {
	return WithConfig(Config{SigningKey: signingKey})
}

// WithConfig returns the middleware for config; it panics on a bad config.
func WithConfig(config Config) echo.MiddlewareFunc {
	mw, err := config.ToMiddleware()
	if err != nil {
		panic(err)
	}
	return mw
}

// ToMiddleware checks config and returns the middleware.
func (config Config) ToMiddleware() (echo.MiddlewareFunc, error) { panic("stub") }

// CreateExtractors parses a TokenLookup description.
func CreateExtractors(lookups string) ([]middleware.ValuesExtractor, error) { panic("stub") }
