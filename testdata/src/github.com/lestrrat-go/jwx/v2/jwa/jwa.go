// Package jwa is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwa
// (v2.1.7): the algorithm types named by jwt.WithKey and jwk.Key, and the
// signature algorithm constants.
package jwa

// KeyAlgorithm is the type of the algorithm of a key.
type KeyAlgorithm interface {
	String() string
}

// SignatureAlgorithm represents the various signature algorithms.
type SignatureAlgorithm string

func (v SignatureAlgorithm) String() string { return string(v) }

// IsSymmetric reports whether the algorithm is an HMAC.
func (v SignatureAlgorithm) IsSymmetric() bool { return v == HS256 || v == HS384 || v == HS512 }

// Supported values for SignatureAlgorithm.
const (
	ES256       SignatureAlgorithm = "ES256"  // ECDSA using P-256 and SHA-256
	ES256K      SignatureAlgorithm = "ES256K" // ECDSA using secp256k1 and SHA-256
	ES384       SignatureAlgorithm = "ES384"  // ECDSA using P-384 and SHA-384
	ES512       SignatureAlgorithm = "ES512"  // ECDSA using P-521 and SHA-512
	EdDSA       SignatureAlgorithm = "EdDSA"  // EdDSA signature algorithms
	HS256       SignatureAlgorithm = "HS256"  // HMAC using SHA-256
	HS384       SignatureAlgorithm = "HS384"  // HMAC using SHA-384
	HS512       SignatureAlgorithm = "HS512"  // HMAC using SHA-512
	NoSignature SignatureAlgorithm = "none"
	PS256       SignatureAlgorithm = "PS256" // RSASSA-PSS using SHA256 and MGF1-SHA256
	PS384       SignatureAlgorithm = "PS384" // RSASSA-PSS using SHA384 and MGF1-SHA384
	PS512       SignatureAlgorithm = "PS512" // RSASSA-PSS using SHA512 and MGF1-SHA512
	RS256       SignatureAlgorithm = "RS256" // RSASSA-PKCS-v1.5 using SHA-256
	RS384       SignatureAlgorithm = "RS384" // RSASSA-PKCS-v1.5 using SHA-384
	RS512       SignatureAlgorithm = "RS512" // RSASSA-PKCS-v1.5 using SHA-512
)

// SignatureAlgorithms returns the registered signature algorithms.
func SignatureAlgorithms() []SignatureAlgorithm { panic("stub") }

// KeyType represents the key type ("kty").
type KeyType string
