// Package fetcher holds helpers of package crosspkg: wrappers whose
// parameters reach a request, a key-set fetch or a file path (their
// callers are judged, their own calls stay silent), wrappers that check or
// confine their parameter first (no finding anywhere), and a helper that
// downloads the key set on every call.
package fetcher

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"

	"github.com/lestrrat-go/jwx/v2/jwk"
)

// FetchKey requests the URL it is given.
func FetchKey(u string) (*http.Response, error) {
	return http.Get(u)
}

// ReadKey reads the key file of a kid.
func ReadKey(kid string) ([]byte, error) {
	return os.ReadFile(filepath.Join("/etc/keys", kid+".pem"))
}

// Client fetches key sets from URLs under its base.
type Client struct {
	Base string
}

// Set fetches the key set at path below the client's base.
func (c *Client) Set(ctx context.Context, path string) (jwk.Set, error) {
	return jwk.Fetch(ctx, c.Base+path)
}

// FetchChecked requests u only when its host is the identity provider's.
func FetchChecked(u string) (*http.Response, error) {
	p, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	if p.Host != "idp.example.com" {
		return nil, errors.New("untrusted host")
	}
	return http.Get(u)
}

// SafeName confines a kid to one path element.
func SafeName(kid string) string {
	return filepath.Base(kid)
}

// ReadConfined reads the key file of a kid confined to one path element.
func ReadConfined(kid string) ([]byte, error) {
	return os.ReadFile(filepath.Join("/etc/keys", filepath.Base(kid)))
}

// JWKSURL builds the JWKS URL of an issuer.
func JWKSURL(iss string) string {
	return iss + "/.well-known/jwks.json"
}

// LoadJWKS downloads the identity provider's key set, every time.
func LoadJWKS(ctx context.Context) (jwk.Set, error) {
	return jwk.Fetch(ctx, "https://idp.example.com/.well-known/jwks.json")
}
