// Package jose is a hand-written stub of github.com/go-jose/go-jose/v4
// (v4.1.9): the algorithm and header types named by its jwt package.
package jose

// SignatureAlgorithm represents a signature (or MAC) algorithm.
type SignatureAlgorithm string

// Signature algorithms (a subset).
const (
	HS256 = SignatureAlgorithm("HS256") // HMAC using SHA-256
	RS256 = SignatureAlgorithm("RS256") // RSASSA-PKCS-v1.5 using SHA-256
)

// Header represents the read-only JOSE header for JWE/JWS objects.
type Header struct {
	KeyID     string
	Algorithm string
	Nonce     string
}
