// Package wrappers exercises jwtkey with keys passed through the
// package's own functions: constructors storing the key in a struct whose
// method signs, helpers taking the key, and chains of them. The finding
// goes to the literal the outermost caller passes.
package wrappers

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type signer struct {
	key []byte
}

func newSigner(key []byte) *signer { return &signer{key: key} }

func (s *signer) sign(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.key)
}

func signWith(key string, c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(key))
}

// relay passes its key on: its callers are judged too.
func relay(key string) (string, error) {
	return signWith(key, claims())
}

// keyfuncFor returns a key function closing over its parameter.
func keyfuncFor(secret []byte) jwt.Keyfunc {
	return func(*jwt.Token) (any, error) { return secret, nil }
}

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func viaConstructor() (string, error) {
	return newSigner([]byte("ctor-secret")).sign(claims()) // want `jwtkey: the HMAC key passed to wrappers\.newSigner \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 11 bytes`
}

func viaHelper() (string, error) {
	return signWith("helper-secret", claims()) // want `jwtkey: the HMAC key passed to wrappers\.signWith \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 13 bytes`
}

func viaChain() (string, error) {
	return relay("chained-secret") // want `jwtkey: the HMAC key passed to wrappers\.relay \(the key of \(\*jwt\.Token\)\.SignedString\) is a hardcoded literal of 14 bytes`
}

func viaKeyfuncConstructor(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyfuncFor([]byte("kf-secret")), jwt.WithValidMethods([]string{"HS256"})) // want `jwtkey: the HMAC key passed to wrappers\.keyfuncFor \(the key of jwt\.Parse\) is a hardcoded literal of 9 bytes`
}

// Negatives.

func constructorEnv() (string, error) {
	return newSigner([]byte(os.Getenv("JWT_SECRET"))).sign(claims())
}

func helperEnv() (string, error) {
	return signWith(os.Getenv("JWT_SECRET"), claims())
}
