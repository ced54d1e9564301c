// Package middleware is a hand-written stub of
// github.com/labstack/echo/v4/middleware (v4.16.5): the Skipper, BeforeFunc
// and ValuesExtractor types named by echo-jwt's Config, and the key-auth and
// basic-auth middleware.
package middleware

import "github.com/labstack/echo/v4"

// Skipper decides whether a middleware is skipped for a request.
type Skipper func(c echo.Context) bool

// BeforeFunc runs before the middleware.
type BeforeFunc func(c echo.Context)

// ValuesExtractor extracts values from a request.
type ValuesExtractor func(c echo.Context) ([]string, error)

// DefaultSkipper never skips.
func DefaultSkipper(echo.Context) bool { return false }

// CreateExtractors parses a lookup description such as "header:Authorization".
func CreateExtractors(lookups string) ([]ValuesExtractor, error) { panic("stub") }

// KeyAuthValidator validates an API key.
type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

// KeyAuthErrorHandler handles a key-auth failure.
type KeyAuthErrorHandler func(err error, c echo.Context) error

// KeyAuthConfig configures KeyAuthWithConfig.
type KeyAuthConfig struct {
	Skipper                Skipper
	KeyLookup              string
	AuthScheme             string
	Validator              KeyAuthValidator
	ErrorHandler           KeyAuthErrorHandler
	ContinueOnIgnoredError bool
}

// KeyAuth returns key-auth middleware.
func KeyAuth(fn KeyAuthValidator) echo.MiddlewareFunc { panic("stub") }

// KeyAuthWithConfig returns key-auth middleware.
func KeyAuthWithConfig(config KeyAuthConfig) echo.MiddlewareFunc { panic("stub") }

// BasicAuthValidator validates a user name and password.
type BasicAuthValidator func(string, string, echo.Context) (bool, error)

// BasicAuth returns basic-auth middleware.
func BasicAuth(fn BasicAuthValidator) echo.MiddlewareFunc { panic("stub") }

// Logger returns request-logging middleware.
func Logger() echo.MiddlewareFunc { panic("stub") }

// Recover returns panic-recovery middleware.
func Recover() echo.MiddlewareFunc { panic("stub") }
