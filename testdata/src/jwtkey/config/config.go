// Package config holds keys used by jwtkey/crosspkg. It signs nothing:
// none of its literals is reported here. Its exported constants,
// variables, fields and functions are summarised as facts, and the package
// using one as a key reports it there.
package config

import (
	"crypto/rand"
	"os"
)

// Secret is a hardcoded key.
const Secret = "config-secret"

// Key is a package-level variable initialised from a literal.
var Key = []byte("config-key-bytes")

// Issuer is a literal used as the issuer, not as a key.
var Issuer = "config-issuer"

// Config is filled from the environment over literal defaults.
type Config struct {
	JWTSecret string
	Port      int
	Name      string
}

// Load returns the configuration.
func Load() *Config {
	c := &Config{JWTSecret: "dev-secret", Port: 8080, Name: "svc"}
	if v := os.Getenv("JWT_SECRET"); v != "" {
		c.JWTSecret = v
	}
	return c
}

// SigningKey returns a hardcoded key.
func SigningKey() []byte { return []byte("func-secret") }

// EnvKey returns the key from the environment.
func EnvKey() []byte { return []byte(os.Getenv("JWT_KEY")) }

// RandomKey returns n random bytes.
func RandomKey(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}
