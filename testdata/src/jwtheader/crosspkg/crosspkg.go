// Package crosspkg exercises jwtheader across packages: header values
// handed to helpers of package fetcher that request them, fetch key sets
// from them or read files named by them are reported where they are
// handed over; helpers that check or confine their parameter are not
// wrappers. Results of helpers carry what they were given.
package crosspkg

import (
	"context"
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwk"

	"jwtheader/crosspkg/fetcher"
)

// Positives.

func jkuToHelper(t *jwt.Token) (any, error) {
	resp, err := fetcher.FetchKey(t.Header["jku"].(string)) // want `jwtheader: header "jku" of the token given to key function jkuToHelper reaches the URL http\.Get requests \(through fetcher\.FetchKey, which calls it at fetcher\.go:\d+\)`
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func kidToHelper(t *jwt.Token) (any, error) {
	return fetcher.ReadKey(t.Header["kid"].(string)) // want `jwtheader: header "kid" of the token given to key function kidToHelper reaches the path os\.ReadFile opens \(through fetcher\.ReadKey, which calls it at fetcher\.go:\d+\)`
}

type Keys struct {
	client *fetcher.Client
	ctx    context.Context
}

func (k *Keys) kidPathOfClient(t *jwt.Token) (any, error) {
	return k.client.Set(k.ctx, "/keys/"+t.Header["kid"].(string)) // want `jwtheader: header "kid" of the token given to key function kidPathOfClient reaches the URL jwk\.Fetch fetches keys from \(through \(\*fetcher\.Client\)\.Set, which calls it at fetcher\.go:\d+\)`
}

// A helper's result carries its argument: the URL is still the token's.
func issuerURL(ctx context.Context, raw string) (jwk.Set, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	return jwk.Fetch(ctx, fetcher.JWKSURL(claims["iss"].(string))) // want `jwtheader: unverified claim "iss" from \(\*jwt\.Parser\)\.ParseUnverified at crosspkg\.go:\d+ reaches the URL jwk\.Fetch fetches keys from`
}

// The key function hands its whole token to a helper that reads the
// issuer and requests it.
func issuerOfToken(t *jwt.Token, c *http.Client) (*http.Response, error) {
	iss, err := t.Claims.GetIssuer()
	if err != nil {
		return nil, err
	}
	return c.Get(iss)
}

func wholeToken(t *jwt.Token) (any, error) {
	return issuerOfToken(t, http.DefaultClient) // want `jwtheader: the token given to key function wholeToken \(not verified yet\) reaches the URL \(\*http\.Client\)\.Get requests \(through crosspkg\.issuerOfToken, which calls it at crosspkg\.go:\d+\)`
}

// Hard negatives.

func checkedHelper(t *jwt.Token) (any, error) {
	return fetcher.FetchChecked(t.Header["jku"].(string))
}

func confinedHelper(t *jwt.Token) (any, error) {
	return fetcher.ReadConfined(t.Header["kid"].(string))
}

func confinedResult(t *jwt.Token) (any, error) {
	return fetcher.ReadKey(fetcher.SafeName(t.Header["kid"].(string)))
}

// A verified token handed to the same helper: its claims are the issuer's.
func verifiedToken(raw string, keyFunc jwt.Keyfunc) (*http.Response, error) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return issuerOfToken(tok, http.DefaultClient)
}

// The configured URL handed to the wrapper.
func configured(u string) (*http.Response, error) {
	if u == "" {
		return nil, errors.New("no JWKS URL configured")
	}
	return fetcher.FetchKey(u)
}
