// Package jwa is a hand-written stub of github.com/lestrrat-go/jwx/v3/jwa
// (v3.4.0): the algorithm types named by jwt.WithKey. Algorithms are
// functions in v3 (jwa.HS256()), not constants.
package jwa

// KeyAlgorithm is the type of the algorithm of a key.
type KeyAlgorithm interface {
	String() string
	IsDeprecated() bool
}

// SignatureAlgorithm represents a signature algorithm.
type SignatureAlgorithm struct {
	name string
}

func (s SignatureAlgorithm) String() string     { return s.name }
func (s SignatureAlgorithm) IsDeprecated() bool { return false }

// HS256 returns the HMAC using SHA-256 algorithm.
func HS256() SignatureAlgorithm { return SignatureAlgorithm{name: "HS256"} }
