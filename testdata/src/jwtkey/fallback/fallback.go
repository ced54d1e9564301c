// Package fallback exercises jwtkey with configured keys that fall back to
// a literal when the configured value is missing (reported at the fallback
// literal), and configured keys without a fallback.
package fallback

import (
	"cmp"
	"errors"
	"log"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func ifEmpty() (string, error) {
	k := os.Getenv("JWT_SECRET")
	if k == "" {
		k = "changeme" // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to a hardcoded literal of 8 bytes when the configured value is missing: anyone who reads the source can forge tokens; fail at start-up instead of signing with a known secret`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

func cmpOr() (string, error) {
	k := cmp.Or(os.Getenv("JWT_SECRET"), "secret") // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to a hardcoded literal of 6 bytes`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

func lookupEnv() (string, error) {
	k, ok := os.LookupEnv("JWT_SECRET")
	if !ok {
		k = "dev-only-secret" // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to a hardcoded literal of 15 bytes`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

// Config is loaded from the environment over literal defaults.
type Config struct {
	Addr      string
	JWTSecret string
}

func load() *Config {
	c := &Config{Addr: ":8080", JWTSecret: "default-secret"} // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to a hardcoded literal of 14 bytes`
	if v := os.Getenv("JWT_SECRET"); v != "" {
		c.JWTSecret = v
	}
	return c
}

func configDefault() (string, error) {
	c := load()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(c.JWTSecret))
}

// A parameter with a literal default: the default is the fallback.
func paramDefault(secret string) (string, error) {
	if secret == "" {
		secret = "param-default" // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString falls back to a hardcoded literal of 13 bytes`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(secret))
}

// Negatives.

// The program exits when the value is missing.
func exits() (string, error) {
	k := os.Getenv("JWT_SECRET")
	if k == "" {
		log.Fatalf("JWT_SECRET is required")
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

// The function fails when the value is missing.
func fails() (string, error) {
	k := os.Getenv("JWT_SECRET")
	if k == "" {
		return "", errors.New("JWT_SECRET is required")
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

// A second environment variable as fallback.
func envChain() (string, error) {
	k := cmp.Or(os.Getenv("JWT_SECRET"), os.Getenv("SECRET"))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

// The literal is the Addr default, not the key.
func otherField() (string, error) {
	c := &Config{Addr: ":9090"}
	c.JWTSecret = os.Getenv("JWT_SECRET")
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(c.JWTSecret))
}
