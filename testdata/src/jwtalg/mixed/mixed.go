// Package mixed exercises jwtalg on allow-lists that mix HMAC with
// public-key algorithms (the precondition of key confusion), against lists
// of a single family and lists of several public-key families.
package mixed

import (
	"crypto/rsa"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

func keyFunc4(t *jwt4.Token) (interface{}, error) { return pub, nil }

// Positives.

func hsAndRS(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"HS256", "RS256"})) // want `jwtalg: the allow-list of jwt\.Parse mixes HS256 and RS256: a token MACed with the public key as HMAC secret can pass; allow one algorithm family`
}

func hsAndES(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"ES256", "HS512"})) // want `jwtalg: the allow-list of jwt\.Parse mixes HS512 and ES256`
}

func hsAndEdDSAFromMethods(s string) (*jwt.Token, error) {
	algs := []string{jwt.SigningMethodEdDSA.Alg(), jwt.SigningMethodHS384.Alg()}
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods(algs)) // want `jwtalg: the allow-list of jwt\.Parse mixes HS384 and EdDSA`
}

func psAndHSOnParser(s string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"PS256", "HS256"}))
	return p.Parse(s, keyFunc) // want `jwtalg: the allow-list of \(\*jwt\.Parser\)\.Parse mixes HS256 and PS256`
}

func v4Literal(s string) (*jwt4.Token, error) {
	p := &jwt4.Parser{ValidMethods: []string{"RS256", "HS256"}}
	return p.Parse(s, keyFunc4) // want `jwtalg: the allow-list of \(\*jwt\.Parser\)\.Parse mixes HS256 and RS256`
}

// Mixed even when the key function checks the method: the list is the flaw.
func mixedWithCheckingKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: the allow-list of jwt\.Parse mixes HS256 and RS256`
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, jwt.ErrTokenSignatureInvalid
		}
		return pub, nil
	}, jwt.WithValidMethods([]string{"RS256", "HS256"}))
}

// Negatives.

func rsaFamily(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256", "RS384", "RS512"}))
}

func hmacFamily(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"HS256", "HS384", "HS512"}))
}

// Several public-key families: no shared secret to confuse.
func publicKeyFamilies(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256", "PS256", "ES256", "EdDSA"}))
}

func v4SingleFamily(s string) (*jwt4.Token, error) {
	return jwt4.Parse(s, keyFunc4, jwt4.WithValidMethods([]string{"ES256", "ES384"}))
}
