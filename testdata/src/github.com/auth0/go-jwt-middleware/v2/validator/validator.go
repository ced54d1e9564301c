// Package validator is a hand-written stub of
// github.com/auth0/go-jwt-middleware/v2/validator (v2.3.1): the token
// Validator (one expected signature algorithm, issuer and audiences), its
// options and the claims it returns.
package validator

import (
	"context"
	"time"
)

// SignatureAlgorithm is an accepted signature algorithm.
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

// CustomClaims are application claims with their own validation.
type CustomClaims interface {
	Validate(context.Context) error
}

// RegisteredClaims are the registered claims of a validated token.
type RegisteredClaims struct {
	Issuer    string   `json:"iss,omitempty"`
	Subject   string   `json:"sub,omitempty"`
	Audience  []string `json:"aud,omitempty"`
	Expiry    int64    `json:"exp,omitempty"`
	NotBefore int64    `json:"nbf,omitempty"`
	IssuedAt  int64    `json:"iat,omitempty"`
	ID        string   `json:"jti,omitempty"`
}

// ValidatedClaims is what ValidateToken returns.
type ValidatedClaims struct {
	CustomClaims     CustomClaims
	RegisteredClaims RegisteredClaims
}

// Validator validates tokens.
type Validator struct {
	keyFunc            func(context.Context) (interface{}, error)
	signatureAlgorithm SignatureAlgorithm
	issuer             string
	audience           []string
	customClaims       func() CustomClaims
	allowedClockSkew   time.Duration
}

// Option configures a Validator.
type Option func(*Validator)

// New returns a Validator.
func New(keyFunc func(context.Context) (interface{}, error), signatureAlgorithm SignatureAlgorithm, issuerURL string, audience []string, opts ...Option) (*Validator, error) {
	v := &Validator{keyFunc: keyFunc, signatureAlgorithm: signatureAlgorithm, issuer: issuerURL, audience: audience}
	for _, opt := range opts {
		opt(v)
	}
	return v, nil
}

// ValidateToken parses, verifies and validates tokenString and returns a
// *ValidatedClaims.
func (v *Validator) ValidateToken(ctx context.Context, tokenString string) (interface{}, error) {
	panic("stub")
}

// WithAllowedClockSkew sets the tolerated clock skew.
func WithAllowedClockSkew(skew time.Duration) Option {
	return func(v *Validator) { v.allowedClockSkew = skew }
}

// WithCustomClaims sets the constructor of the custom claims.
func WithCustomClaims(f func() CustomClaims) Option {
	return func(v *Validator) { v.customClaims = f }
}
