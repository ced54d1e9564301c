// Package wrappers exercises jwtexp with the package's own helpers:
// claims builders, functions signing the claims, token or expiry they are
// given (judged at their callers), and chains of them.
package wrappers

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func sign(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func signToken(t *jwt.Token) (string, error) {
	return t.SignedString(key)
}

func issue(sub string, ttl time.Duration) (string, error) {
	c := jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl))}
	return sign(c)
}

func issueAt(sub string, exp time.Time) (string, error) {
	return sign(jwt.MapClaims{"sub": sub, "exp": exp.Unix()})
}

// relay passes its ttl on: its callers are judged.
func relay(sub string, ttl time.Duration) (string, error) {
	return issue(sub, ttl)
}

// withExpiry sets exp on the claims it is given before signing.
func withExpiry(c *jwt.RegisteredClaims) (string, error) {
	c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(time.Minute))
	return sign(c)
}

func build(sub string, remember bool) jwt.MapClaims {
	c := jwt.MapClaims{"sub": sub}
	if !remember {
		c["exp"] = time.Now().Add(time.Hour).Unix()
	}
	return c
}

// Positives.

func viaSign(sub string) (string, error) {
	return sign(jwt.MapClaims{"sub": sub}) // want `jwtexp: the token signed by wrappers\.sign never expires: its claims set no "exp"`
}

func viaSignToken(sub string) (string, error) {
	return signToken(jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub})) // want `jwtexp: the token signed by wrappers\.signToken never expires: its claims set no "exp"`
}

func viaIssue(sub string) (string, error) {
	return issue(sub, 14*24*time.Hour) // want `jwtexp: the token signed by wrappers\.issue .*valid for 336h \(14 days\) after issue`
}

func viaIssueAt(sub string) (string, error) {
	return issueAt(sub, time.Now().Add(48*time.Hour)) // want `jwtexp: the token signed by wrappers\.issueAt .*valid for 48h \(2 days\) after issue`
}

func viaRelay(sub string) (string, error) {
	return relay(sub, 1000*time.Hour) // want `jwtexp: the token signed by wrappers\.relay .*valid for 1000h after issue`
}

func viaBuilder(sub string, remember bool) (string, error) {
	return sign(build(sub, remember)) // want `jwtexp: the token signed by wrappers\.sign never expires: on some path its claims set no "exp" \(claims built by wrappers\.build\)`
}

// Negatives.

func shortIssue(sub string) (string, error) {
	return issue(sub, 10*time.Minute)
}

func shortRelay(sub string) (string, error) {
	return relay(sub, time.Hour)
}

func expirySetInside(sub string) (string, error) {
	return withExpiry(&jwt.RegisteredClaims{Subject: sub})
}

func viaSignWithExp(sub string) (string, error) {
	return sign(jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))})
}
