// Package authn is the authentication layer of jwtsql/crosspkg: helpers
// that return claims of the request's token. Their summaries (the result is
// token data, unverified for Peek) travel to callers as facts.
package authn

import (
	"context"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	Tenant string `json:"tenant"`
	jwt.RegisteredClaims
}

type ctxKey struct{}

var key = []byte("0123456789abcdef0123456789abcdef")

// Middleware verifies the bearer token and stores its claims in the context.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := &Claims{}
		_, err := jwt.ParseWithClaims(r.Header.Get("Authorization"), c, func(*jwt.Token) (any, error) { return key, nil },
			jwt.WithValidMethods([]string{"HS256"}))
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, c)))
	})
}

// UserID returns the subject of the request's verified token.
func UserID(r *http.Request) string {
	c, ok := r.Context().Value(ctxKey{}).(*Claims)
	if !ok {
		return ""
	}
	return c.Subject
}

// Tenant returns the tenant claim.
func Tenant(ctx context.Context) string {
	if c, ok := ctx.Value(ctxKey{}).(*Claims); ok {
		return c.Tenant
	}
	return ""
}

// Peek decodes the token without verifying it.
func Peek(raw string) string {
	c := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		return ""
	}
	return c.Subject
}
