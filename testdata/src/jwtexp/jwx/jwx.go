// Package jwx exercises jwtexp with lestrrat-go/jwx v2 and v3: builders
// and tokens with and without an expiration, set in a chain, in separate
// statements, or with Set/Claim("exp").
package jwx

import (
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jwt3 "github.com/lestrrat-go/jwx/v3/jwt"
)

var key = []byte("k")

// Positives.

func noExpiration(sub string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(sub).Issuer("me").Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key)) // want `jwtexp: the token signed by jwt\.Sign never expires: its claims set no "exp"`
}

func newToken(sub string) ([]byte, error) {
	tok := jwt.New()
	_ = tok.Set(jwt.SubjectKey, sub)
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key)) // want `jwtexp: .*its claims set no "exp"`
}

func longBuilder() ([]byte, error) {
	tok, err := jwt.NewBuilder().Expiration(time.Now().Add(90 * 24 * time.Hour)).Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key)) // want `jwtexp: .*valid for 2160h \(90 days\) after issue`
}

func v3NoExpiration(sub string) ([]byte, error) {
	tok, err := jwt3.NewBuilder().Subject(sub).Build()
	if err != nil {
		return nil, err
	}
	return jwt3.Sign(tok, jwt3.WithKey(jwa3.HS256(), key)) // want `jwtexp: .*its claims set no "exp"`
}

// Negatives.

func chained(sub string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(sub).Expiration(time.Now().Add(15 * time.Minute)).Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func statements(sub string) ([]byte, error) {
	b := jwt.NewBuilder()
	b.Subject(sub)
	b.Expiration(time.Now().Add(time.Hour))
	tok, err := b.Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func setExp() ([]byte, error) {
	tok := jwt.New()
	_ = tok.Set(jwt.ExpirationKey, time.Now().Add(time.Hour))
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func claimExp() ([]byte, error) {
	tok, err := jwt.NewBuilder().Claim("exp", time.Now().Add(time.Hour)).Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func setAfterBuild(sub string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(sub).Build()
	if err != nil {
		return nil, err
	}
	if err := tok.Set(jwt.ExpirationKey, time.Now().Add(time.Hour)); err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, key))
}

func v3Expiration() ([]byte, error) {
	tok, err := jwt3.NewBuilder().Expiration(time.Now().Add(time.Hour)).Build()
	if err != nil {
		return nil, err
	}
	return jwt3.Sign(tok, jwt3.WithKey(jwa3.HS256(), key))
}

// encode copies claims into a token, as go-chi/jwtauth's Encode does: its
// callers' maps are judged.
func encode(claims map[string]any) ([]byte, error) {
	t := jwt.New()
	for k, v := range claims {
		if err := t.Set(k, v); err != nil {
			return nil, err
		}
	}
	return jwt.Sign(t, jwt.WithKey(jwa.HS256, key))
}

func viaEncode() ([]byte, error) {
	return encode(map[string]any{"user_id": 123}) // want `jwtexp: the token signed by jwx\.encode never expires: its claims set no "exp"`
}

func viaEncodeWithExp() ([]byte, error) {
	return encode(map[string]any{"user_id": 123, "exp": time.Now().Add(time.Hour).Unix()})
}
