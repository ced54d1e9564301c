// Package auth validates the bearer tokens accepted by the notes API.
package auth

import (
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims carried by every token the API accepts.
type Claims struct {
	Tenant string `json:"tenant"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

// Config holds the issuers, audiences and keys used to validate tokens.
type Config struct {
	Issuer        string // issuer of first-party session tokens
	Audience      string // audience this API expects in third-party tokens
	SessionSecret []byte
	SessionTTL    time.Duration

	IdPIssuer string
	IdPKeys   map[string]*rsa.PublicKey // JWKS of the identity provider, by kid

	ServiceIssuer string
	ServiceKeyID  string
	ServiceKey    *rsa.PublicKey
}

// Verifier validates tokens and issues session tokens.
type Verifier struct {
	cfg  Config
	keys *KeyStore
}

// NewVerifier returns a Verifier for cfg. keys resolves webhook signing secrets.
func NewVerifier(cfg Config, keys *KeyStore) *Verifier {
	return &Verifier{cfg: cfg, keys: keys}
}

// LoadKeySet reads a JSON object mapping key IDs to PEM-encoded RSA public keys.
func LoadKeySet(path string) (map[string]*rsa.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var pems map[string]string
	if err := json.Unmarshal(data, &pems); err != nil {
		return nil, fmt.Errorf("auth: key set %s: %w", path, err)
	}
	keys := make(map[string]*rsa.PublicKey, len(pems))
	for kid, pem := range pems {
		key, err := jwt.ParseRSAPublicKeyFromPEM([]byte(pem))
		if err != nil {
			return nil, fmt.Errorf("auth: key %q: %w", kid, err)
		}
		keys[kid] = key
	}
	return keys, nil
}

// registered returns registered claims naming subject.
func registered(subject string) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Subject: subject}
}
