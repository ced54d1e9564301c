// Package testonly holds a literal key that only its tests sign with: a
// fixture, not reported (without -include-tests). Its production code
// signs with the environment.
package testonly

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// FixtureKey signs test tokens.
var FixtureKey = []byte("fixture-key")

// Issue signs a production token.
func Issue(key []byte) (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

// Production signs with the environment.
func Production() (string, error) {
	return Issue([]byte(os.Getenv("JWT_SECRET")))
}
