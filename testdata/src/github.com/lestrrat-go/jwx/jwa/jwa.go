// Package jwa is a hand-written stub of github.com/lestrrat-go/jwx/jwa
// (v1.2.31): the signature algorithm type and constants, and the key type.
package jwa

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm string

func (v SignatureAlgorithm) String() string { return string(v) }

// Supported values for SignatureAlgorithm.
const (
	ES256       SignatureAlgorithm = "ES256"
	ES384       SignatureAlgorithm = "ES384"
	ES512       SignatureAlgorithm = "ES512"
	EdDSA       SignatureAlgorithm = "EdDSA"
	HS256       SignatureAlgorithm = "HS256"
	HS384       SignatureAlgorithm = "HS384"
	HS512       SignatureAlgorithm = "HS512"
	NoSignature SignatureAlgorithm = "none"
	PS256       SignatureAlgorithm = "PS256"
	PS384       SignatureAlgorithm = "PS384"
	PS512       SignatureAlgorithm = "PS512"
	RS256       SignatureAlgorithm = "RS256"
	RS384       SignatureAlgorithm = "RS384"
	RS512       SignatureAlgorithm = "RS512"
)

// KeyType represents the key type ("kty").
type KeyType string
