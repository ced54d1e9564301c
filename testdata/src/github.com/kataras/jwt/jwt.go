// Package jwt is a hand-written stub of github.com/kataras/jwt (v0.1.12):
// Sign/SignWithHeader, Verify/VerifyWithHeaderValidator, Decode (no
// verification), the algorithms (package variables, NONE included),
// Claims, Expected, the MaxAge sign option and Leeway validator, and the
// Keys registry (SignToken, VerifyToken).
package jwt

import (
	"errors"
	"time"
)

// PrivateKey is a signing key.
type PrivateKey = interface{}

// PublicKey is a verification key.
type PublicKey = interface{}

// Map is a claims map.
type Map = map[string]interface{}

// Alg is a signature algorithm.
type Alg interface {
	Name() string
	Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error)
	Verify(key PublicKey, headerAndPayload []byte, signature []byte) error
}

type stubAlg struct{ name string }

func (a *stubAlg) Name() string { return a.name }
func (a *stubAlg) Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error) {
	panic("stub")
}
func (a *stubAlg) Verify(key PublicKey, headerAndPayload []byte, signature []byte) error {
	panic("stub")
}

// Algorithms.
var (
	NONE  Alg = &stubAlg{"NONE"}
	HS256 Alg = &stubAlg{"HS256"}
	HS384 Alg = &stubAlg{"HS384"}
	HS512 Alg = &stubAlg{"HS512"}
	RS256 Alg = &stubAlg{"RS256"}
	RS384 Alg = &stubAlg{"RS384"}
	RS512 Alg = &stubAlg{"RS512"}
	PS256 Alg = &stubAlg{"PS256"}
	PS384 Alg = &stubAlg{"PS384"}
	PS512 Alg = &stubAlg{"PS512"}
	ES256 Alg = &stubAlg{"ES256"}
	ES384 Alg = &stubAlg{"ES384"}
	ES512 Alg = &stubAlg{"ES512"}
	EdDSA Alg = &stubAlg{"EdDSA"}
)

// Errors (a subset).
var (
	ErrMissing           = errors.New("jwt: token is empty")
	ErrTokenForm         = errors.New("jwt: malformed token")
	ErrTokenAlg          = errors.New("jwt: unexpected algorithm")
	ErrTokenSignature    = errors.New("jwt: bad signature")
	ErrExpired           = errors.New("jwt: expired")
	ErrNotValidYet       = errors.New("jwt: not valid yet")
	ErrIssuedInTheFuture = errors.New("jwt: issued in the future")
	ErrExpected          = errors.New("jwt: field mismatch")
)

// Clock returns the current time for validation.
var Clock = time.Now

// Audience is the "aud" claim.
type Audience []string

// ApplyClaims sets the audience of dest.
func (aud Audience) ApplyClaims(dest *Claims) { dest.Audience = aud }

// Claims are the registered claims.
type Claims struct {
	NotBefore int64    `json:"nbf,omitempty"`
	IssuedAt  int64    `json:"iat,omitempty"`
	Expiry    int64    `json:"exp,omitempty"`
	ID        string   `json:"jti,omitempty"`
	OriginID  string   `json:"origin_jti,omitempty"`
	Issuer    string   `json:"iss,omitempty"`
	Subject   string   `json:"sub,omitempty"`
	Audience  Audience `json:"aud,omitempty"`
}

// ApplyClaims copies the non-zero claims into dest.
func (c Claims) ApplyClaims(dest *Claims) { panic("stub") }

// ExpiresAt returns the expiry as a time.
func (c Claims) ExpiresAt() time.Time { return time.Unix(c.Expiry, 0) }

// Timeleft returns the time until expiry.
func (c Claims) Timeleft() time.Duration { return time.Until(c.ExpiresAt()) }

// SignOption changes the claims before signing.
type SignOption interface {
	ApplyClaims(*Claims)
}

// SignOptionFunc is a function implementing SignOption.
type SignOptionFunc func(*Claims)

// ApplyClaims calls f.
func (f SignOptionFunc) ApplyClaims(c *Claims) { f(c) }

// MaxAge sets the issued-at and expiry claims.
func MaxAge(maxAge time.Duration) SignOptionFunc {
	return func(c *Claims) {
		now := Clock()
		c.IssuedAt = now.Unix()
		c.Expiry = now.Add(maxAge).Unix()
	}
}

// TokenValidator checks a verified token.
type TokenValidator interface {
	ValidateToken(token []byte, standardClaims Claims, err error) error
}

// TokenValidatorFunc is a function implementing TokenValidator.
type TokenValidatorFunc func(token []byte, standardClaims Claims, err error) error

// ValidateToken calls fn.
func (fn TokenValidatorFunc) ValidateToken(token []byte, standardClaims Claims, err error) error {
	return fn(token, standardClaims, err)
}

// Leeway rejects tokens expiring within leeway.
func Leeway(leeway time.Duration) TokenValidatorFunc { panic("stub") }

// Future accepts tokens issued up to dur in the future.
func Future(dur time.Duration) TokenValidatorFunc { panic("stub") }

// Expected requires the claims it sets.
type Expected Claims

// ValidateToken compares the token's claims with e.
func (e Expected) ValidateToken(token []byte, c Claims, err error) error { panic("stub") }

// InjectFunc transforms a payload (encryption).
type InjectFunc func(plainPayload []byte) ([]byte, error)

// HeaderValidator checks the header and picks the algorithm and key.
type HeaderValidator func(alg string, headerDecoded []byte) (Alg, PublicKey, InjectFunc, error)

// CompareHeader is the default HeaderValidator.
var CompareHeader HeaderValidator = func(alg string, headerDecoded []byte) (Alg, PublicKey, InjectFunc, error) {
	return nil, nil, nil, nil
}

// Sign signs claims with alg and key.
func Sign(alg Alg, key PrivateKey, claims interface{}, opts ...SignOption) ([]byte, error) {
	panic("stub")
}

// SignWithHeader is Sign with a custom header.
func SignWithHeader(alg Alg, key PrivateKey, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	panic("stub")
}

// VerifiedToken is a token whose signature was verified.
type VerifiedToken struct {
	Token          []byte
	Header         []byte
	Payload        []byte
	Signature      []byte
	StandardClaims Claims
}

// Claims decodes the payload into dest.
func (t *VerifiedToken) Claims(dest interface{}) error { panic("stub") }

// Verify verifies token with alg and key and runs the validators.
func Verify(alg Alg, key PublicKey, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	panic("stub")
}

// VerifyWithHeaderValidator is Verify with a header validator choosing the
// algorithm and key.
func VerifyWithHeaderValidator(alg Alg, key PublicKey, token []byte, headerValidator HeaderValidator, validators ...TokenValidator) (*VerifiedToken, error) {
	panic("stub")
}

// UnverifiedToken is a decoded, not verified, token.
type UnverifiedToken struct {
	Header    []byte
	Payload   []byte
	Signature []byte
}

// Claims decodes the payload into dest.
func (t *UnverifiedToken) Claims(dest interface{}) error { panic("stub") }

// Decode splits and decodes token without verifying it.
func Decode(token []byte) (*UnverifiedToken, error) { panic("stub") }

// Key is one registered key.
type Key struct {
	ID      string
	Alg     Alg
	Public  PublicKey
	Private PrivateKey
	MaxAge  time.Duration
	Encrypt InjectFunc
	Decrypt InjectFunc
}

// Keys is a registry of keys by ID.
type Keys map[string]*Key

// Get returns the key with ID kid.
func (keys Keys) Get(kid string) (*Key, bool) {
	k, ok := keys[kid]
	return k, ok
}

// Register adds a key.
func (keys Keys) Register(alg Alg, kid string, pubKey PublicKey, privKey PrivateKey) {
	keys[kid] = &Key{ID: kid, Alg: alg, Public: pubKey, Private: privKey}
}

// ValidateHeader is a HeaderValidator picking the key by "kid".
func (keys Keys) ValidateHeader(alg string, headerDecoded []byte) (Alg, PublicKey, InjectFunc, error) {
	panic("stub")
}

// SignToken signs claims with the key kid.
func (keys Keys) SignToken(kid string, claims interface{}, opts ...SignOption) ([]byte, error) {
	panic("stub")
}

// VerifyToken verifies token with the key its header names and decodes
// the claims into claimsPtr.
func (keys Keys) VerifyToken(token []byte, claimsPtr interface{}, validators ...TokenValidator) error {
	panic("stub")
}
