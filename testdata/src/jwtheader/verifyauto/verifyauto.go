// Package verifyauto exercises jwtheader on jwx's WithVerifyAuto, which
// makes the library fetch the key set named by the token's jku header:
// with a fetch whitelist admitting every URL (jwk.InsecureWhitelist,
// jwk.NewInsecureWhitelist) the token chooses its own verification keys.
// A map or pattern whitelist of the issuer's URLs is the correct pattern
// (and without any whitelist jwx fetches nothing).
package verifyauto

import (
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
	jwk3 "github.com/lestrrat-go/jwx/v3/jwk"
	jwt3 "github.com/lestrrat-go/jwx/v3/jwt"
)

// Positives.

func insecureV2(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithVerifyAuto(nil, jwk.WithFetchWhitelist(jwk.InsecureWhitelist{}))) // want `jwtheader: jwt\.WithVerifyAuto with a fetch whitelist admitting every URL fetches the key set from whatever URL the token's jku header names`
}

func insecureJWS(raw []byte) ([]byte, error) {
	opts := []jwk.FetchOption{jwk.WithFetchWhitelist(&jwk.InsecureWhitelist{})}
	return jws.Verify(raw, jws.WithVerifyAuto(nil, opts...)) // want `jwtheader: jws\.WithVerifyAuto with a fetch whitelist admitting every URL`
}

func insecureV3(raw []byte) (jwt3.Token, error) {
	return jwt3.Parse(raw, jwt3.WithVerifyAuto(nil, jwk3.WithFetchWhitelist(jwk3.NewInsecureWhitelist()))) // want `jwtheader: jwt\.WithVerifyAuto with a fetch whitelist admitting every URL`
}

// Hard negatives.

func mapWhitelist(raw []byte) (jwt.Token, error) {
	wl := jwk.NewMapWhitelist().Add("https://idp.example.com/jwks.json")
	return jwt.Parse(raw, jwt.WithVerifyAuto(nil, jwk.WithFetchWhitelist(wl)))
}

// Without a whitelist jwx admits no URL.
func noWhitelist(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithVerifyAuto(nil))
}
