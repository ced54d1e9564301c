// Package kataras exercises jwtexp with kataras/jwt: jwt.MaxAge and the
// Expiry of jwt.Claims (also given as a sign option).
package kataras

import (
	"time"

	"github.com/kataras/jwt"
)

var key = []byte("k")

// User embeds the registered claims.
type User struct {
	jwt.Claims
	Name string `json:"name"`
}

// Positives.

func noMaxAge() ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, map[string]any{"sub": "u"}) // want `jwtexp: the token signed by jwt\.Sign never expires: its claims set no "exp"`
}

func longMaxAge() ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, map[string]any{"sub": "u"}, jwt.MaxAge(30*24*time.Hour)) // want `jwtexp: .*valid for 720h \(30 days\) after issue`
}

func userNoExpiry() ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, User{Name: "n"}) // want `jwtexp: .*its claims set no "exp"`
}

// Negatives.

func maxAge() ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, map[string]any{"sub": "u"}, jwt.MaxAge(15*time.Minute))
}

func expiry() ([]byte, error) {
	u := User{Name: "n", Claims: jwt.Claims{Expiry: time.Now().Add(time.Hour).Unix()}}
	return jwt.Sign(jwt.HS256, key, u)
}

func claimsOption() ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, User{Name: "n"}, jwt.Claims{Expiry: time.Now().Add(time.Hour).Unix()})
}

// A sign option of the program: it may set exp.
func customOption(opt jwt.SignOption) ([]byte, error) {
	return jwt.Sign(jwt.HS256, key, map[string]any{"sub": "u"}, opt)
}
