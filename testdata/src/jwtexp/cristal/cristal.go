// Package cristal exercises jwtexp with cristalhq/jwt's Builder.Build.
package cristal

import (
	"time"

	"github.com/cristalhq/jwt/v4"
)

// Positives.

func noExpiry(s jwt.Signer) (*jwt.Token, error) {
	return jwt.NewBuilder(s).Build(&jwt.RegisteredClaims{Subject: "u"}) // want `jwtexp: the token signed by \(\*jwt\.Builder\)\.Build never expires: its claims set no "exp"`
}

// Negatives.

func withExpiry(s jwt.Signer) (*jwt.Token, error) {
	c := &jwt.RegisteredClaims{Subject: "u", ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute))}
	return jwt.NewBuilder(s, jwt.WithKeyID("k1")).Build(c)
}
