// Package jose is a hand-written stub of github.com/go-jose/go-jose/v3
// (v3.0.5): parsing and verifying JWS messages (ParseSigned accepts any algorithm),
// JSONWebKey and JSONWebKeySet, signing (NewSigner, SigningKey,
// SignerOptions) and the algorithm and header types.
package jose

import (
	"crypto"
	"crypto/x509"
	"errors"
	"net/url"
)

// SignatureAlgorithm is a JWS signature (or MAC) algorithm.
type SignatureAlgorithm string

// Signature algorithms.
const (
	EdDSA = SignatureAlgorithm("EdDSA")
	HS256 = SignatureAlgorithm("HS256")
	HS384 = SignatureAlgorithm("HS384")
	HS512 = SignatureAlgorithm("HS512")
	RS256 = SignatureAlgorithm("RS256")
	RS384 = SignatureAlgorithm("RS384")
	RS512 = SignatureAlgorithm("RS512")
	ES256 = SignatureAlgorithm("ES256")
	ES384 = SignatureAlgorithm("ES384")
	ES512 = SignatureAlgorithm("ES512")
	PS256 = SignatureAlgorithm("PS256")
	PS384 = SignatureAlgorithm("PS384")
	PS512 = SignatureAlgorithm("PS512")
)

// KeyAlgorithm is a JWE key management algorithm.
type KeyAlgorithm string

// ContentEncryption is a JWE content encryption algorithm.
type ContentEncryption string

// ContentType is the value of the "typ" or "cty" header.
type ContentType string

// HeaderKey names an extra header.
type HeaderKey string

// Names of common extra headers.
const (
	HeaderType        = "typ"
	HeaderContentType = "cty"
)

// Errors (a subset).
var (
	ErrCryptoFailure        = errors.New("jose: crypto failure")
	ErrUnsupportedAlgorithm = errors.New("jose: unsupported algorithm")
	ErrNotSupported         = errors.New("jose: not supported")
)

// Header is the read-only JOSE header of a signature.
type Header struct {
	KeyID        string
	JSONWebKey   *JSONWebKey
	Algorithm    string
	Nonce        string
	ExtraHeaders map[HeaderKey]interface{}

	certificates []*x509.Certificate
}

// Certificates verifies and returns the x5c chains of the header.
func (h Header) Certificates(opts x509.VerifyOptions) ([][]*x509.Certificate, error) {
	panic("stub")
}

// JSONWebKey is a key in JWK form.
type JSONWebKey struct {
	Key                         interface{}
	KeyID                       string
	Algorithm                   string
	Use                         string
	Certificates                []*x509.Certificate
	CertificatesURL             *url.URL
	CertificateThumbprintSHA1   []byte
	CertificateThumbprintSHA256 []byte
}

func (k JSONWebKey) MarshalJSON() ([]byte, error)                 { panic("stub") }
func (k *JSONWebKey) UnmarshalJSON(data []byte) (err error)       { panic("stub") }
func (k *JSONWebKey) Thumbprint(hash crypto.Hash) ([]byte, error) { panic("stub") }
func (k *JSONWebKey) IsPublic() bool                              { panic("stub") }
func (k *JSONWebKey) Public() JSONWebKey                          { panic("stub") }
func (k *JSONWebKey) Valid() bool                                 { return k.Key != nil }

// JSONWebKeySet is a set of keys.
type JSONWebKeySet struct {
	Keys []JSONWebKey `json:"keys"`
}

// Key returns the keys with the given key ID.
func (s *JSONWebKeySet) Key(kid string) []JSONWebKey {
	var keys []JSONWebKey
	for _, key := range s.Keys {
		if key.KeyID == kid {
			keys = append(keys, key)
		}
	}
	return keys
}

// Signature is one signature of a JWS message.
type Signature struct {
	Header      Header
	Protected   Header
	Unprotected Header
	Signature   []byte
}

// JSONWebSignature is a parsed JWS message.
type JSONWebSignature struct {
	payload    []byte
	Signatures []Signature
}

// ParseSigned parses a JWS message in compact or JSON form.
func ParseSigned(signature string) (*JSONWebSignature, error) { panic("stub") }

// Verify checks the signature with verificationKey and returns the payload.
func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { panic("stub") }

// VerifyMulti checks any of the signatures.
func (obj JSONWebSignature) VerifyMulti(verificationKey interface{}) (int, Signature, []byte, error) {
	panic("stub")
}

// DetachedVerify checks the signature over a detached payload.
func (obj JSONWebSignature) DetachedVerify(payload []byte, verificationKey interface{}) error {
	panic("stub")
}

// UnsafePayloadWithoutVerification returns the payload unverified.
func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte { return obj.payload }

func (obj JSONWebSignature) CompactSerialize() (string, error) { panic("stub") }
func (obj JSONWebSignature) FullSerialize() string             { panic("stub") }

// NonceSource supplies nonces.
type NonceSource interface {
	Nonce() (string, error)
}

// SigningKey is an algorithm and a key to sign with.
type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}

// SignerOptions configures a Signer.
type SignerOptions struct {
	NonceSource  NonceSource
	EmbedJWK     bool
	ExtraHeaders map[HeaderKey]interface{}
}

// WithHeader adds an extra protected header.
func (so *SignerOptions) WithHeader(k HeaderKey, v interface{}) *SignerOptions {
	if so.ExtraHeaders == nil {
		so.ExtraHeaders = map[HeaderKey]interface{}{}
	}
	so.ExtraHeaders[k] = v
	return so
}

// WithContentType sets the "cty" header.
func (so *SignerOptions) WithContentType(contentType ContentType) *SignerOptions {
	return so.WithHeader(HeaderContentType, contentType)
}

// WithType sets the "typ" header.
func (so *SignerOptions) WithType(typ ContentType) *SignerOptions {
	return so.WithHeader(HeaderType, typ)
}

// Signer signs payloads.
type Signer interface {
	Sign(payload []byte) (*JSONWebSignature, error)
	Options() SignerOptions
}

// NewSigner returns a Signer for sig.
func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { panic("stub") }
