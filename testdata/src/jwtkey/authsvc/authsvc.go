// Package authsvc signs with keys its callers give it: a constructor
// storing the secret in the struct whose method signs, and a function
// taking the key. Nothing is reported here; the callers are judged
// (jwtkey/crosspkg).
package authsvc

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Service issues tokens.
type Service struct {
	secret []byte
	ttl    time.Duration
}

// New returns a service signing with secret.
func New(secret []byte) *Service { return &Service{secret: secret, ttl: time.Hour} }

// Issue signs a token for sub.
func (s *Service) Issue(sub string) (string, error) {
	c := jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(s.ttl))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.secret)
}

// Sign signs claims with key.
func Sign(claims jwt.Claims, key string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key))
}

// Options configure a Middleware.
type Options struct {
	Realm string
	Key   []byte
}

// Middleware verifies tokens with the key of its options.
type Middleware struct{ opts Options }

// NewMiddleware returns a middleware.
func NewMiddleware(o Options) *Middleware { return &Middleware{opts: o} }

// Verify parses s.
func (m *Middleware) Verify(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return m.opts.Key, nil }, jwt.WithValidMethods([]string{"HS256"}))
}
