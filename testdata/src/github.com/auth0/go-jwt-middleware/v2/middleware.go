// Package jwtmiddleware is a hand-written stub of
// github.com/auth0/go-jwt-middleware/v2 (v2.3.1): the net/http middleware
// (New, its options, CheckJWT), the token extractors, and the context key
// under which the validated claims are stored.
package jwtmiddleware

import (
	"context"
	"errors"
	"net/http"
)

// ContextKey is the request context key of the validated claims.
type ContextKey struct{}

// Errors passed to the ErrorHandler.
var (
	ErrJWTMissing = errors.New("jwt missing")
	ErrJWTInvalid = errors.New("jwt invalid")
)

// ValidateToken validates a raw token and returns its claims.
type ValidateToken func(context.Context, string) (interface{}, error)

// TokenExtractor finds the raw token of a request.
type TokenExtractor func(r *http.Request) (string, error)

// ErrorHandler writes the response for a failed check.
type ErrorHandler func(w http.ResponseWriter, r *http.Request, err error)

// ExclusionUrlHandler reports whether a request skips the check.
type ExclusionUrlHandler func(r *http.Request) bool

// JWTMiddleware checks the token of each request.
type JWTMiddleware struct {
	validateToken       ValidateToken
	errorHandler        ErrorHandler
	tokenExtractor      TokenExtractor
	credentialsOptional bool
	validateOnOptions   bool
}

// Option configures a JWTMiddleware.
type Option func(*JWTMiddleware)

// New returns middleware validating tokens with validateToken.
func New(validateToken ValidateToken, opts ...Option) *JWTMiddleware {
	m := &JWTMiddleware{validateToken: validateToken, errorHandler: DefaultErrorHandler, tokenExtractor: AuthHeaderTokenExtractor, validateOnOptions: true}
	for _, opt := range opts {
		opt(m)
	}
	return m
}

// CheckJWT wraps next with the token check.
func (m *JWTMiddleware) CheckJWT(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, err := m.tokenExtractor(r)
		if err != nil {
			m.errorHandler(w, r, err)
			return
		}
		claims, err := m.validateToken(r.Context(), token)
		if err != nil {
			m.errorHandler(w, r, ErrJWTInvalid)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ContextKey{}, claims)))
	})
}

// WithCredentialsOptional lets requests without a token through.
func WithCredentialsOptional(value bool) Option {
	return func(m *JWTMiddleware) { m.credentialsOptional = value }
}

// WithValidateOnOptions says whether OPTIONS requests are checked.
func WithValidateOnOptions(value bool) Option {
	return func(m *JWTMiddleware) { m.validateOnOptions = value }
}

// WithErrorHandler sets the error handler.
func WithErrorHandler(h ErrorHandler) Option { return func(m *JWTMiddleware) { m.errorHandler = h } }

// WithTokenExtractor sets the token extractor.
func WithTokenExtractor(e TokenExtractor) Option {
	return func(m *JWTMiddleware) { m.tokenExtractor = e }
}

// WithExclusionUrls lists URLs that skip the check.
func WithExclusionUrls(exclusions []string) Option { return func(m *JWTMiddleware) {} }

// DefaultErrorHandler writes a JSON error response.
func DefaultErrorHandler(w http.ResponseWriter, _ *http.Request, err error) {
	w.WriteHeader(http.StatusUnauthorized)
}

// AuthHeaderTokenExtractor reads a bearer token from the Authorization header.
func AuthHeaderTokenExtractor(r *http.Request) (string, error) { panic("stub") }

// CookieTokenExtractor reads the token from the named cookie.
func CookieTokenExtractor(cookieName string) TokenExtractor {
	return func(r *http.Request) (string, error) {
		c, err := r.Cookie(cookieName)
		if err != nil {
			return "", err
		}
		return c.Value, nil
	}
}

// ParameterTokenExtractor reads the token from the named query parameter.
func ParameterTokenExtractor(param string) TokenExtractor {
	return func(r *http.Request) (string, error) { return r.URL.Query().Get(param), nil }
}

// MultiTokenExtractor returns the first token any extractor finds.
func MultiTokenExtractor(extractors ...TokenExtractor) TokenExtractor {
	return func(r *http.Request) (string, error) {
		for _, e := range extractors {
			token, err := e(r)
			if err != nil {
				return "", err
			}
			if token != "" {
				return token, nil
			}
		}
		return "", nil
	}
}
