// Package random exercises jwtkey with keys generated at run time: short
// random keys are reported at the allocation (or the call of the helper
// making them); 32 bytes or more are not.
package random

import (
	"crypto/rand"
	"io"
	mrand "math/rand"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func short() (string, error) {
	key := make([]byte, 16) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is 16 bytes of random data, fewer than 32: an HMAC key shorter than the hash output is weaker than the algorithm \(RFC 7518 section 3\.2\); generate at least 32 bytes`
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key)
}

func readFull() (string, error) {
	key := make([]byte, 8) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is 8 bytes of random data`
	if _, err := io.ReadFull(rand.Reader, key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key)
}

func randomKey(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

func helper() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(randomKey(20)) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is 20 bytes of random data`
}

func array() (string, error) {
	var key [16]byte // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is 16 bytes of random data`
	rand.Read(key[:])
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key[:])
}

// Negatives.

func long() (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key)
}

func helperLong() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(randomKey(64))
}

// math/rand is not crypto/rand: jwtkey does not judge keys it cannot see
// being made securely (nor report them as short).
func mathRand() (string, error) {
	key := make([]byte, 16)
	mrand.Read(key)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key)
}
