// Package jwt is a hand-written stub of github.com/cristalhq/jwt/v4
// (v4.0.2): Parse/ParseClaims (verifying with a Verifier) and ParseNoVerify,
// Token, the HS/RS/PS/ES/EdDSA signers and verifiers, Builder, the
// registered claims with their checks, NumericDate and the algorithms.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"time"
)

// Algorithm is a signature algorithm name.
type Algorithm string

func (a Algorithm) String() string { return string(a) }

// Algorithms.
const (
	EdDSA Algorithm = "EdDSA"
	HS256 Algorithm = "HS256"
	HS384 Algorithm = "HS384"
	HS512 Algorithm = "HS512"
	RS256 Algorithm = "RS256"
	RS384 Algorithm = "RS384"
	RS512 Algorithm = "RS512"
	ES256 Algorithm = "ES256"
	ES384 Algorithm = "ES384"
	ES512 Algorithm = "ES512"
	PS256 Algorithm = "PS256"
	PS384 Algorithm = "PS384"
	PS512 Algorithm = "PS512"
)

// Errors (a subset).
var (
	ErrNilKey            = errors.New("jwt: nil key")
	ErrInvalidKey        = errors.New("jwt: bad key")
	ErrUnsupportedAlg    = errors.New("jwt: unsupported algorithm")
	ErrInvalidFormat     = errors.New("jwt: malformed token")
	ErrAlgorithmMismatch = errors.New("jwt: algorithm mismatch")
	ErrInvalidSignature  = errors.New("jwt: bad signature")
)

// Signer signs tokens.
type Signer interface {
	Algorithm() Algorithm
	SignSize() int
	Sign(payload []byte) ([]byte, error)
}

// Verifier verifies tokens.
type Verifier interface {
	Algorithm() Algorithm
	Verify(token *Token) error
}

// Header is the token header.
type Header struct {
	Algorithm   Algorithm `json:"alg"`
	Type        string    `json:"typ,omitempty"`
	ContentType string    `json:"cty,omitempty"`
	KeyID       string    `json:"kid,omitempty"`
}

// Token is a parsed token.
type Token struct {
	raw       []byte
	dot1      int
	dot2      int
	signature []byte
	header    Header
	claims    json.RawMessage
}

func (t *Token) String() string                     { return string(t.raw) }
func (t *Token) Bytes() []byte                      { return t.raw }
func (t *Token) Header() Header                     { return t.header }
func (t *Token) Claims() json.RawMessage            { return t.claims }
func (t *Token) DecodeClaims(dst interface{}) error { return json.Unmarshal(t.claims, dst) }
func (t *Token) Signature() []byte                  { return t.signature }
func (t *Token) PayloadPart() []byte                { return t.raw[:t.dot2] }

// Parse parses raw and verifies it with verifier.
func Parse(raw []byte, verifier Verifier) (*Token, error) { panic("stub") }

// ParseClaims parses and verifies raw and decodes its claims into claims.
func ParseClaims(raw []byte, verifier Verifier, claims interface{}) error { panic("stub") }

// ParseNoVerify parses raw without verifying it.
func ParseNoVerify(raw []byte) (*Token, error) { panic("stub") }

// HSAlg signs and verifies with HMAC.
type HSAlg struct {
	alg Algorithm
	key []byte
}

func (ha *HSAlg) Algorithm() Algorithm                { return ha.alg }
func (ha *HSAlg) SignSize() int                       { panic("stub") }
func (ha *HSAlg) Sign(payload []byte) ([]byte, error) { panic("stub") }
func (ha *HSAlg) Verify(token *Token) error           { panic("stub") }

// RSAlg signs and verifies with RSASSA-PKCS1-v1_5.
type RSAlg struct {
	alg Algorithm
}

func (rs *RSAlg) Algorithm() Algorithm                { return rs.alg }
func (rs *RSAlg) SignSize() int                       { panic("stub") }
func (rs *RSAlg) Sign(payload []byte) ([]byte, error) { panic("stub") }
func (rs *RSAlg) Verify(token *Token) error           { panic("stub") }

// PSAlg signs and verifies with RSASSA-PSS.
type PSAlg struct {
	alg Algorithm
}

func (ps *PSAlg) Algorithm() Algorithm                { return ps.alg }
func (ps *PSAlg) SignSize() int                       { panic("stub") }
func (ps *PSAlg) Sign(payload []byte) ([]byte, error) { panic("stub") }
func (ps *PSAlg) Verify(token *Token) error           { panic("stub") }

// ESAlg signs and verifies with ECDSA.
type ESAlg struct {
	alg Algorithm
}

func (es *ESAlg) Algorithm() Algorithm                { return es.alg }
func (es *ESAlg) SignSize() int                       { panic("stub") }
func (es *ESAlg) Sign(payload []byte) ([]byte, error) { panic("stub") }
func (es *ESAlg) Verify(token *Token) error           { panic("stub") }

// EdDSAAlg signs and verifies with Ed25519.
type EdDSAAlg struct {
	alg Algorithm
}

func (ed *EdDSAAlg) Algorithm() Algorithm                { return ed.alg }
func (ed *EdDSAAlg) SignSize() int                       { panic("stub") }
func (ed *EdDSAAlg) Sign(payload []byte) ([]byte, error) { panic("stub") }
func (ed *EdDSAAlg) Verify(token *Token) error           { panic("stub") }

// Constructors; they fail on a nil key or an algorithm of another family.

func NewSignerHS(alg Algorithm, key []byte) (*HSAlg, error) { return &HSAlg{alg: alg, key: key}, nil }
func NewVerifierHS(alg Algorithm, key []byte) (*HSAlg, error) {
	return &HSAlg{alg: alg, key: key}, nil
}
func NewSignerRS(alg Algorithm, key *rsa.PrivateKey) (*RSAlg, error)    { return &RSAlg{alg: alg}, nil }
func NewVerifierRS(alg Algorithm, key *rsa.PublicKey) (*RSAlg, error)   { return &RSAlg{alg: alg}, nil }
func NewSignerPS(alg Algorithm, key *rsa.PrivateKey) (*PSAlg, error)    { return &PSAlg{alg: alg}, nil }
func NewVerifierPS(alg Algorithm, key *rsa.PublicKey) (*PSAlg, error)   { return &PSAlg{alg: alg}, nil }
func NewSignerES(alg Algorithm, key *ecdsa.PrivateKey) (*ESAlg, error)  { return &ESAlg{alg: alg}, nil }
func NewVerifierES(alg Algorithm, key *ecdsa.PublicKey) (*ESAlg, error) { return &ESAlg{alg: alg}, nil }
func NewSignerEdDSA(key ed25519.PrivateKey) (*EdDSAAlg, error)          { return &EdDSAAlg{alg: EdDSA}, nil }
func NewVerifierEdDSA(key ed25519.PublicKey) (*EdDSAAlg, error)         { return &EdDSAAlg{alg: EdDSA}, nil }

// Builder builds signed tokens.
type Builder struct {
	signer Signer
	header Header
}

// BuilderOption configures a Builder.
type BuilderOption func(*Builder)

// WithKeyID sets the "kid" header.
func WithKeyID(kid string) BuilderOption { return func(b *Builder) { b.header.KeyID = kid } }

// WithContentType sets the "cty" header.
func WithContentType(cty string) BuilderOption {
	return func(b *Builder) { b.header.ContentType = cty }
}

// NewBuilder returns a Builder signing with signer.
func NewBuilder(signer Signer, opts ...BuilderOption) *Builder {
	b := &Builder{signer: signer, header: Header{Algorithm: signer.Algorithm(), Type: "JWT"}}
	for _, opt := range opts {
		opt(b)
	}
	return b
}

// Build encodes claims and signs the token.
func (b *Builder) Build(claims interface{}) (*Token, error) { panic("stub") }

// Audience is the "aud" claim.
type Audience []string

// NumericDate is a time in seconds since the epoch.
type NumericDate struct {
	time.Time
}

// NewNumericDate returns t as a NumericDate.
func NewNumericDate(t time.Time) *NumericDate {
	if t.IsZero() {
		return nil
	}
	return &NumericDate{Time: t.Truncate(time.Second)}
}

// RegisteredClaims are the registered claims.
type RegisteredClaims struct {
	ID        string       `json:"jti,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
}

// IsForAudience reports whether audience is in the "aud" claim.
func (sc *RegisteredClaims) IsForAudience(audience string) bool {
	for _, aud := range sc.Audience {
		if aud == audience {
			return true
		}
	}
	return false
}

func (sc *RegisteredClaims) IsIssuer(issuer string) bool   { return sc.Issuer == issuer }
func (sc *RegisteredClaims) IsSubject(subject string) bool { return sc.Subject == subject }
func (sc *RegisteredClaims) IsID(id string) bool           { return sc.ID == id }

// IsValidExpiresAt reports whether the token has not expired at now (a
// missing "exp" is valid).
func (sc *RegisteredClaims) IsValidExpiresAt(now time.Time) bool {
	return sc.ExpiresAt == nil || now.Before(sc.ExpiresAt.Time)
}

// IsValidNotBefore reports whether the token is valid at now by "nbf".
func (sc *RegisteredClaims) IsValidNotBefore(now time.Time) bool {
	return sc.NotBefore == nil || !now.Before(sc.NotBefore.Time)
}

// IsValidIssuedAt reports whether "iat" is not after now.
func (sc *RegisteredClaims) IsValidIssuedAt(now time.Time) bool {
	return sc.IssuedAt == nil || !now.Before(sc.IssuedAt.Time)
}

// IsValidAt checks the three time claims at now.
func (sc *RegisteredClaims) IsValidAt(now time.Time) bool {
	return sc.IsValidExpiresAt(now) && sc.IsValidNotBefore(now) && sc.IsValidIssuedAt(now)
}
