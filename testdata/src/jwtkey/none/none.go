// Package none exercises jwtkey with tokens signed with no key at all
// (alg "none"), reported at the signing call.
package none

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
	kataras "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
)

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func golangJWT() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodNone, claims()).SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwtkey: \(\*jwt\.Token\)\.SignedString signs the token with alg "none" \(jwt\.UnsafeAllowNoneSignatureType\): it carries no signature, so anyone can forge it; sign with a key`
}

func jwxNone() ([]byte, error) {
	tok, err := jwx.NewBuilder().Expiration(time.Now().Add(time.Minute)).Build()
	if err != nil {
		return nil, err
	}
	return jwx.Sign(tok, jwx.WithInsecureNoSignature()) // want `jwtkey: jwt\.Sign signs the token with alg "none" \(WithInsecureNoSignature\(\)\)`
}

func katarasNone() ([]byte, error) {
	return kataras.Sign(kataras.NONE, nil, map[string]any{"sub": "u"}, kataras.MaxAge(time.Minute)) // want `jwtkey: jwt\.Sign signs the token with alg "none" \(alg "none"\)`
}

// Negatives.

// SigningMethodNone without the magic key fails to sign.
func noneWithoutMagic(key []byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodNone, claims()).SignedString(key)
}

func jwxSigned(key []byte) ([]byte, error) {
	tok, err := jwx.NewBuilder().Expiration(time.Now().Add(time.Minute)).Build()
	if err != nil {
		return nil, err
	}
	return jwx.Sign(tok, jwx.WithKey(jwa.HS256, key))
}
