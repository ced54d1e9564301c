// Package jwx1 exercises the parse checks on lestrrat-go/jwx v1, where a
// parse verifies only with a key option and validates only with
// WithValidate(true).
package jwx1

import (
	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwt"
)

var secret []byte

func noKey(raw []byte) string {
	tok, err := jwt.Parse(raw) // want `jwtverify: jwt\.Parse is given no key to verify with, so it does not verify the signature, but the token's data is used`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

func noValidation(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithVerify(jwa.HS256, secret)) // want `jwtclaims: jwt\.Parse never checks exp \(lestrrat-go/jwx v1 validates no claim unless asked\)`
}

func verifiedAndValidated(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithVerify(jwa.HS256, secret), jwt.WithValidate(true))
}
