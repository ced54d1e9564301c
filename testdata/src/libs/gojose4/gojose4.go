// Package gojose4 exercises the parse checks on go-jose v4: the algorithm
// list of ParseSigned, the verification at tok.Claims, no claim checked
// unless Claims.Validate runs, unverified claims, embedded keys.
package gojose4

import (
	"crypto/rsa"
	"errors"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

var (
	pub    *rsa.PublicKey
	secret []byte
	jwks   *jose.JSONWebKeySet
)

func grant(v any) {}

// Algorithms: HS256 next to RS256 lets a token MACed with public key
// bytes through when the key is []byte.
func mixed(raw string) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.HS256, jose.RS256}) // want `jwtalg: the allow-list of jwt\.ParseSigned mixes HS256 and RS256`
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp", AnyAudience: jwt.Audience{"api"}, Time: time.Now()}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

// Twin: one family, the claims validated.
func validated(raw string) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp", AnyAudience: jwt.Audience{"api"}}); err != nil {
		return err
	}
	if c.Expiry == nil {
		return errors.New("no exp")
	}
	grant(c.Subject)
	return nil
}

// Claims never validated: nothing is checked, exp included.
func notValidated(raw string) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.HS256})
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(secret, &c); err != nil { // want `jwtclaims: \(\*jwt\.JSONWebToken\)\.Claims never checks exp \(go-jose v4 validates no claim unless asked\)`
		return err
	}
	grant(c.Subject)
	return nil
}

// A key set (external keys): aud and iss must be expected.
func expectedWithoutAudience(raw string) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(jwks, &c); err != nil { // want `jwtclaims: \(\*jwt\.JSONWebToken\)\.Claims accepts tokens without checking aud, exp \(tokens verified with a key set \(JWKS\) come from another issuer\)`
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp"}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

// Unverified claims used.
func unsafeClaims(raw string) string {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return ""
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // want `jwtverify: \(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification does not verify the signature, but the token's data is used`
		return ""
	}
	return c.Subject
}

// The key the token carries.
func embeddedKey(raw string) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(tok.Headers[0].JSONWebKey, &c); err != nil { // want `jwtverify: \(\*jwt\.JSONWebToken\)\.Claims verifies with the key the token carries in its own header`
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp", AnyAudience: jwt.Audience{"api"}}); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

// Unverified claims used only to choose the key, then the same object
// verified: not reported.
func kidThenVerify(raw string, keys map[string]*rsa.PublicKey) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	var peek jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return err
	}
	key, ok := keys[peek.Issuer]
	if !ok {
		return errors.New("unknown issuer")
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp", AnyAudience: jwt.Audience{"api"}}); err != nil {
		return err
	}
	if c.Expiry == nil {
		return errors.New("no exp")
	}
	grant(c.Subject)
	return nil
}

// The key comes from a helper returning any: its return statements say
// it is an RSA key, so the token is another issuer's.
func keyOf(kid string, keys map[string]*rsa.PublicKey) (any, error) {
	k, ok := keys[kid]
	if !ok {
		return nil, errors.New("unknown key")
	}
	return k, nil
}

func helperKey(raw string, keys map[string]*rsa.PublicKey) error {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return err
	}
	key, err := keyOf(tok.Headers[0].KeyID, keys)
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil { // want `jwtclaims: \(\*jwt\.JSONWebToken\)\.Claims accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\)`
		return err
	}
	grant(c.Subject)
	return nil
}
