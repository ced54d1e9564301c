// Package jwx3 exercises the parse checks on lestrrat-go/jwx v3, whose
// algorithms are functions (jwa.RS256()).
package jwx3

import (
	"crypto/rsa"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jws"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

var (
	pub  *rsa.PublicKey
	keys jwk.Set
)

func insecure(raw []byte) (string, bool) {
	tok, err := jwt.ParseInsecure(raw) // want `jwtverify: jwt\.ParseInsecure does not verify the signature`
	if err != nil {
		return "", false
	}
	return tok.Subject()
}

func inferAlg(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(keys, jws.WithInferAlgorithmFromKey(true)), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey)) // want `jwtalg: jwt\.Parse takes the algorithm from the token`
}

func missingClaims(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.RS256(), pub)) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp`
}

func pinnedAndChecked(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.RS256(), pub), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim("exp"))
}
