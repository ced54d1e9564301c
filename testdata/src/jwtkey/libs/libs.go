// Package libs exercises jwtkey with the key positions of jwx, go-jose,
// kataras and cristalhq: HMAC literals are reported, public-key
// algorithms and keys from configuration are not.
package libs

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"os"
	"time"

	cristal "github.com/cristalhq/jwt/v4"
	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	kataras "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jwx3 "github.com/lestrrat-go/jwx/v3/jwt"
)

const sharedSecret = "jwx-shared" // want `jwtkey: the HMAC key of jwt\.WithKey is a hardcoded literal of 10 bytes`

func jwxToken() jwx.Token {
	tok, _ := jwx.NewBuilder().Expiration(time.Now().Add(time.Minute)).Build()
	return tok
}

// Positives.

func jwxSign() ([]byte, error) {
	return jwx.Sign(jwxToken(), jwx.WithKey(jwa.HS256, []byte(sharedSecret)))
}

func jwxParse(s []byte) (jwx.Token, error) {
	return jwx.Parse(s, jwx.WithKey(jwa.HS256, []byte(sharedSecret)))
}

func jwx3Sign(t jwx3.Token) ([]byte, error) {
	return jwx3.Sign(t, jwx3.WithKey(jwa3.HS512(), []byte("v3-secret"))) // want `jwtkey: the HMAC key of jwt\.WithKey is a hardcoded literal of 9 bytes`
}

func joseSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("jose-secret")}, nil) // want `jwtkey: the HMAC key in jose\.SigningKey is a hardcoded literal of 11 bytes`
}

func joseVerify(s string) (josejwt.Claims, error) {
	var c josejwt.Claims
	tok, err := josejwt.ParseSigned(s, []jose.SignatureAlgorithm{jose.HS256})
	if err != nil {
		return c, err
	}
	err = tok.Claims([]byte("jose-verify"), &c) // want `jwtkey: the HMAC key of \(\*jwt\.JSONWebToken\)\.Claims is a hardcoded literal of 11 bytes`
	return c, err
}

func katarasSign() ([]byte, error) {
	return kataras.Sign(kataras.HS256, []byte("kataras"), map[string]any{"sub": "u"}, kataras.MaxAge(time.Minute)) // want `jwtkey: the HMAC key of jwt\.Sign is a hardcoded literal of 7 bytes`
}

func katarasVerify(tok []byte) (*kataras.VerifiedToken, error) {
	return kataras.Verify(kataras.HS256, []byte("kataras-verify"), tok) // want `jwtkey: the HMAC key of jwt\.Verify is a hardcoded literal of 14 bytes`
}

func cristalSigner() (*cristal.HSAlg, error) {
	return cristal.NewSignerHS(cristal.HS256, []byte("cristal")) // want `jwtkey: the HMAC key of jwt\.NewSignerHS is a hardcoded literal of 7 bytes`
}

func cristalVerifier() (*cristal.HSAlg, error) {
	return cristal.NewVerifierHS(cristal.HS384, []byte("cristal-verify")) // want `jwtkey: the HMAC key of jwt\.NewVerifierHS is a hardcoded literal of 14 bytes`
}

// Negatives.

func jwxRSA(priv *rsa.PrivateKey) ([]byte, error) {
	return jwx.Sign(jwxToken(), jwx.WithKey(jwa.RS256, priv))
}

func jwxEnv() ([]byte, error) {
	return jwx.Sign(jwxToken(), jwx.WithKey(jwa.HS256, []byte(os.Getenv("JWT_KEY"))))
}

func joseES(priv *ecdsa.PrivateKey) (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.ES256, Key: priv}, nil)
}

// The kid is a literal, the key is not.
func joseKid(key []byte) (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: key}, (&jose.SignerOptions{}).WithHeader("kid", "k1"))
}

func katarasRSA(priv *rsa.PrivateKey) ([]byte, error) {
	return kataras.Sign(kataras.RS256, priv, map[string]any{"iss": "issuer"}, kataras.MaxAge(time.Minute))
}
