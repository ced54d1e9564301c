// Package jwt is a hand-written stub of github.com/go-jose/go-jose/v4/jwt
// (v4.1.9): parsing a signed token and decoding its claims, verified or not.
package jwt

import jose "github.com/go-jose/go-jose/v4"

// JSONWebToken represents a JSON Web Token (as specified in RFC7519).
type JSONWebToken struct {
	Headers []jose.Header
	payload []byte
}

// Claims represents public claim values (as specified in RFC 7519).
type Claims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  Audience     `json:"aud,omitempty"`
	Expiry    *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

// Audience represents the recipients that the token is intended for.
type Audience []string

// NumericDate represents date and time as the number of seconds since the
// epoch, ignoring leap seconds.
type NumericDate int64

// ParseSigned parses token from JWS form, accepting only the listed algorithms.
func ParseSigned(s string, signatureAlgorithms []jose.SignatureAlgorithm) (*JSONWebToken, error) {
	panic("stub")
}

// Claims deserializes a JSONWebToken into dest using the provided key,
// after verifying the signature.
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { panic("stub") }

// UnsafeClaimsWithoutVerification deserializes the claims of a
// JSONWebToken into the dests without verifying the signature.
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error {
	panic("stub")
}
