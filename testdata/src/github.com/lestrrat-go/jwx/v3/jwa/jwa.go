// Package jwa is a hand-written stub of github.com/lestrrat-go/jwx/v3/jwa
// (v3.4.0): the algorithm types named by jwt.WithKey and jwk.Key, and the
// signature algorithms. Algorithms are functions in v3 (jwa.HS256()), not
// constants.
package jwa

// KeyAlgorithm is the type of the algorithm of a key.
type KeyAlgorithm interface {
	String() string
	IsDeprecated() bool
}

// SignatureAlgorithm represents a signature algorithm.
type SignatureAlgorithm struct {
	name      string
	symmetric bool
}

func (s SignatureAlgorithm) String() string     { return s.name }
func (s SignatureAlgorithm) IsDeprecated() bool { return false }
func (s SignatureAlgorithm) IsSymmetric() bool  { return s.symmetric }

// HS256 returns the HMAC using SHA-256 algorithm.
func HS256() SignatureAlgorithm { return SignatureAlgorithm{name: "HS256", symmetric: true} }

// HS384 returns the HMAC using SHA-384 algorithm.
func HS384() SignatureAlgorithm { return SignatureAlgorithm{name: "HS384", symmetric: true} }

// HS512 returns the HMAC using SHA-512 algorithm.
func HS512() SignatureAlgorithm { return SignatureAlgorithm{name: "HS512", symmetric: true} }

// RS256 returns the RSASSA-PKCS-v1.5 using SHA-256 algorithm.
func RS256() SignatureAlgorithm { return SignatureAlgorithm{name: "RS256"} }

// RS384 returns the RSASSA-PKCS-v1.5 using SHA-384 algorithm.
func RS384() SignatureAlgorithm { return SignatureAlgorithm{name: "RS384"} }

// RS512 returns the RSASSA-PKCS-v1.5 using SHA-512 algorithm.
func RS512() SignatureAlgorithm { return SignatureAlgorithm{name: "RS512"} }

// PS256 returns the RSASSA-PSS using SHA-256 algorithm.
func PS256() SignatureAlgorithm { return SignatureAlgorithm{name: "PS256"} }

// PS384 returns the RSASSA-PSS using SHA-384 algorithm.
func PS384() SignatureAlgorithm { return SignatureAlgorithm{name: "PS384"} }

// PS512 returns the RSASSA-PSS using SHA-512 algorithm.
func PS512() SignatureAlgorithm { return SignatureAlgorithm{name: "PS512"} }

// ES256 returns the ECDSA using P-256 and SHA-256 algorithm.
func ES256() SignatureAlgorithm { return SignatureAlgorithm{name: "ES256"} }

// ES256K returns the ECDSA using secp256k1 and SHA-256 algorithm.
func ES256K() SignatureAlgorithm { return SignatureAlgorithm{name: "ES256K"} }

// ES384 returns the ECDSA using P-384 and SHA-384 algorithm.
func ES384() SignatureAlgorithm { return SignatureAlgorithm{name: "ES384"} }

// ES512 returns the ECDSA using P-521 and SHA-512 algorithm.
func ES512() SignatureAlgorithm { return SignatureAlgorithm{name: "ES512"} }

// EdDSA returns the EdDSA algorithm.
func EdDSA() SignatureAlgorithm { return SignatureAlgorithm{name: "EdDSA"} }

// NoSignature returns the "none" algorithm.
func NoSignature() SignatureAlgorithm { return SignatureAlgorithm{name: "none"} }

// LookupSignatureAlgorithm finds a registered algorithm by name.
func LookupSignatureAlgorithm(name string) (SignatureAlgorithm, bool) { panic("stub") }

// SignatureAlgorithms returns the registered signature algorithms.
func SignatureAlgorithms() []SignatureAlgorithm { panic("stub") }

// KeyType represents the key type ("kty").
type KeyType struct {
	name string
}

func (kt KeyType) String() string     { return kt.name }
func (kt KeyType) IsDeprecated() bool { return false }
