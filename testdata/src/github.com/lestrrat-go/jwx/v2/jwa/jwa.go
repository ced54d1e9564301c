// Package jwa is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwa
// (v2.1.7): the algorithm types named by jwt.WithKey and jwk.Key.
package jwa

// KeyAlgorithm is the type of the algorithm of a key.
type KeyAlgorithm interface {
	String() string
}

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm string

func (v SignatureAlgorithm) String() string { return string(v) }

// Supported values for SignatureAlgorithm (a subset).
const (
	HS256 SignatureAlgorithm = "HS256" // HMAC using SHA-256
	RS256 SignatureAlgorithm = "RS256" // RSASSA-PKCS-v1.5 using SHA-256
)

// KeyType represents the key type ("kty").
type KeyType string
