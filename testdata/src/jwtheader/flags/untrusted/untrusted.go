// Package untrusted is run with -untrusted=remote: token data is not
// reported, so the header value reaching a path is silent, while the key
// function's download per token is still reported.
package untrusted

import (
	"context"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwk"
)

func kidPath(t *jwt.Token) (any, error) {
	return os.ReadFile("/etc/keys/" + t.Header["kid"].(string))
}

func fetchEachToken(t *jwt.Token) (any, error) {
	return jwk.Fetch(context.Background(), "https://idp.example.com/jwks.json") // want `jwtheader: jwk\.Fetch runs on every call of key function fetchEachToken`
}
