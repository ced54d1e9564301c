// Package claimsbuilder builds claims and signs tokens for
// jwtexp/crosspkg. It signs only in Sign and Issue, whose claims and
// expiry come from their callers: nothing is reported here.
package claimsbuilder

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

// Claims are the application's claims.
type Claims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

// Forever sets no expiry.
func Forever(sub string) *Claims {
	return &Claims{RegisteredClaims: jwt.RegisteredClaims{Subject: sub}, Role: "user"}
}

// Short expires in 15 minutes.
func Short(sub string) *Claims {
	return &Claims{RegisteredClaims: jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))}}
}

// Month expires in 30 days.
func Month(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "exp": time.Now().Add(30 * 24 * time.Hour).Unix()}
}

// Until expires at exp.
func Until(sub string, exp time.Time) *Claims {
	return &Claims{RegisteredClaims: jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(exp)}}
}

// Token makes a token without signing it.
func Token(sub string) *jwt.Token {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
}

// Sign signs c.
func Sign(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

// Issue signs a token valid for ttl.
func Issue(sub string, ttl time.Duration) (string, error) {
	return Sign(Until(sub, time.Now().Add(ttl)))
}
