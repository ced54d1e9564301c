// Package crosspkg exercises jwtkey with keys defined in another package
// (jwtkey/config, reported at the call using them, naming the
// declaration) and wrappers defined in another package (jwtkey/authsvc,
// reported at the literal passed to them).
package crosspkg

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"jwtkey/authsvc"
	"jwtkey/config"
)

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Issuer: config.Issuer, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func constant() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(config.Secret)) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is the hardcoded literal config\.Secret \(config\.go:\d+\) of 13 bytes`
}

func variable() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(config.Key) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is the hardcoded literal config\.Key \(config\.go:\d+\) of 16 bytes`
}

func field() (string, error) {
	c := config.Load()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(c.JWTSecret)) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to the hardcoded literal config\.Config\.JWTSecret \(config\.go:\d+\) of 10 bytes when the configured value is missing`
}

func function() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(config.SigningKey()) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is the hardcoded literal config\.SigningKey\(\) \(config\.go:\d+\) of 11 bytes`
}

func shortRandom() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(config.RandomKey(16)) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is 16 bytes of random data, fewer than 32`
}

func constructor() (string, error) {
	svc := authsvc.New([]byte("svc-secret")) // want `jwtkey: the HMAC key passed to authsvc\.New \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 10 bytes`
	return svc.Issue("alice")
}

func keyParam() (string, error) {
	return authsvc.Sign(claims(), "inline-key") // want `jwtkey: the HMAC key passed to authsvc\.Sign \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 10 bytes`
}

func optionsField() *authsvc.Middleware {
	return authsvc.NewMiddleware(authsvc.Options{Realm: "api", Key: []byte("options-key")}) // want `jwtkey: the HMAC key in authsvc\.Options\.Key \(the key of jwt\.Parse\) is a hardcoded literal of 11 bytes`
}

// Negatives.

func optionsEnv() *authsvc.Middleware {
	return authsvc.NewMiddleware(authsvc.Options{Realm: "api", Key: []byte(os.Getenv("JWT_SECRET"))})
}

func envKey() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(config.EnvKey())
}

func longRandom() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(config.RandomKey(32))
}

func constructorEnv() (string, error) {
	return authsvc.New([]byte(os.Getenv("JWT_SECRET"))).Issue("bob")
}
