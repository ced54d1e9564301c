package libs

import (
	"crypto/rand"
	"os"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jwk3 "github.com/lestrrat-go/jwx/v3/jwk"
	jwx3 "github.com/lestrrat-go/jwx/v3/jwt"
)

// A raw key wrapped into a jwk.Key keeps its bytes.

func jwkFromRawLiteral() ([]byte, error) {
	key, err := jwk.FromRaw([]byte("abracadabra")) // want `jwtkey: the HMAC key of jwt\.WithKey is a hardcoded literal of 11 bytes`
	if err != nil {
		return nil, err
	}
	return jwx.Sign(jwxToken(), jwx.WithKey(jwa.HS256, key))
}

func jwkImportLiteral(t jwx3.Token) ([]byte, error) {
	key, err := jwk3.Import([]byte("v3-jwk-secret")) // want `jwtkey: the HMAC key of jwt\.WithKey is a hardcoded literal of 13 bytes`
	if err != nil {
		return nil, err
	}
	return jwx3.Sign(t, jwx3.WithKey(jwa3.HS256(), key))
}

// Twins: the same wrappers around a key from the environment (no
// fallback) and around 32 random bytes.

func jwkFromRawEnv() ([]byte, error) {
	key, err := jwk.FromRaw([]byte(os.Getenv("JWT_SECRET")))
	if err != nil {
		return nil, err
	}
	return jwx.Sign(jwxToken(), jwx.WithKey(jwa.HS256, key))
}

func jwkImportRandom(t jwx3.Token) ([]byte, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	key, err := jwk3.Import(raw)
	if err != nil {
		return nil, err
	}
	return jwx3.Sign(t, jwx3.WithKey(jwa3.HS256(), key))
}
