// Package fix exercises jwtalg's suggested fix: jwt.WithValidMethods with
// the algorithm inferred from the key type the key function returns, and
// the cases where no fix is offered (unknown key type, spread options, v3).
package fix

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var (
	rsaPub  *rsa.PublicKey
	ecPub   *ecdsa.PublicKey
	edPub   ed25519.PublicKey
	secret  []byte
	anyKey  any
	pemData []byte
)

func rsaKey(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm .*"RS256"`
		return rsaPub, nil
	})
}

func rsaFromPEM(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm .*"RS256"`
		return jwt.ParseRSAPublicKeyFromPEM(pemData)
	}, jwt.WithJSONNumber())
}

func ecdsaKey(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm .*"ES256"`
		return ecPub, nil
	})
}

func ed25519Key(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm .*"EdDSA"`
		return edPub, nil
	})
}

func hmacKey(s string) (*jwt4.Token, error) {
	return jwt4.Parse(s, func(t *jwt4.Token) (interface{}, error) { // want `jwtalg: jwt\.Parse accepts any algorithm .*"HS256"`
		return secret, nil
	})
}

// No fix: the key type is unknown.
func unknownKey(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		return anyKey, nil
	})
}

// No fix: several key families.
func twoFamilies(s string, hmac bool) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		if hmac {
			return secret, nil
		}
		return rsaPub, nil
	})
}

// No fix: options are spread from a slice.
func spreadOptions(s string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithJSONNumber()}
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return rsaPub, nil }, opts...) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

// No fix: v3 parses take no options.
func v3Parse(s string) (*jwt3.Token, error) {
	return jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) { return rsaPub, nil }) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

// No fix: methods on a parser take no options.
func onParser(s string) (*jwt.Token, error) {
	return jwt.NewParser().Parse(s, func(t *jwt.Token) (any, error) { return rsaPub, nil }) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}
