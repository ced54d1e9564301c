// Package jwt is a hand-written stub of gopkg.in/square/go-jose.v2/jwt
// (v2.6.0): parsing signed, encrypted and nested tokens (no algorithm list; Builder.CompactSerialize/FullSerialize), decoding
// claims verified or not, the registered Claims with Validate and
// ValidateWithLeeway, Expected, NumericDate, Audience and the signed Builder.
package jwt

import (
	"errors"
	"time"

	jose "gopkg.in/square/go-jose.v2"
)

// DefaultLeeway is the leeway Validate allows for time checks.
const DefaultLeeway = 1.0 * time.Minute

// Validation errors.
var (
	ErrInvalidIssuer     = errors.New("jwt: bad iss")
	ErrInvalidSubject    = errors.New("jwt: bad sub")
	ErrInvalidAudience   = errors.New("jwt: bad aud")
	ErrInvalidID         = errors.New("jwt: bad jti")
	ErrNotValidYet       = errors.New("jwt: nbf in the future")
	ErrExpired           = errors.New("jwt: expired")
	ErrIssuedInTheFuture = errors.New("jwt: iat in the future")
)

// JSONWebToken is a parsed token.
type JSONWebToken struct {
	Headers []jose.Header
	payload []byte
}

// Claims verifies the signature with key and decodes the claims into dest.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { panic("stub") }

// UnsafeClaimsWithoutVerification decodes the claims without verifying.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error {
	panic("stub")
}

// NestedJSONWebToken is a signed token inside an encrypted one.
type NestedJSONWebToken struct {
	Headers []jose.Header
}

// Decrypt decrypts the outer token.
func (t *NestedJSONWebToken) Decrypt(decryptionKey interface{}) (*JSONWebToken, error) {
	panic("stub")
}

// ParseSigned parses a signed token.
func ParseSigned(s string) (*JSONWebToken, error) {
	panic("stub")
}

// ParseEncrypted parses an encrypted token.
func ParseEncrypted(s string) (*JSONWebToken, error) {
	panic("stub")
}

// ParseSignedAndEncrypted parses a nested token.
func ParseSignedAndEncrypted(s string) (*NestedJSONWebToken, error) {
	panic("stub")
}

// Claims are the registered claims.
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Validate checks the claims against e with DefaultLeeway.
func (c Claims) Validate(e Expected) error { return c.ValidateWithLeeway(e, DefaultLeeway) }

// ValidateWithLeeway checks the claims against e.
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { panic("stub") }

// Expected is what Validate checks the claims against; empty fields are
// not checked.
type Expected struct {
	Issuer   string
	Subject  string
	Audience Audience
	ID       string
	Time     time.Time
}

// WithTime returns a copy of e checking times against t.
func (e Expected) WithTime(t time.Time) Expected {
	e.Time = t
	return e
}

// Audience is the "aud" claim.
type Audience []string

// Contains reports whether v is in the audience.
func (s Audience) Contains(v string) bool {
	for _, a := range s {
		if a == v {
			return true
		}
	}
	return false
}

// NumericDate is a time in seconds since the epoch.
type NumericDate int64

// NewNumericDate returns t as a NumericDate.
func NewNumericDate(t time.Time) *NumericDate {
	if t.IsZero() {
		return nil
	}
	out := NumericDate(t.Unix())
	return &out
}

// Time returns n as a time.Time.
func (n *NumericDate) Time() time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(int64(*n), 0)
}

// Builder builds a signed token.
type Builder interface {
	Claims(i interface{}) Builder
	Token() (*JSONWebToken, error)
	CompactSerialize() (string, error)
	FullSerialize() (string, error)
}

// Signed returns a Builder signing with sig.
func Signed(sig jose.Signer) Builder { panic("stub") }
