// Package fetch exercises jwtheader on URLs a token names: its jku or x5u
// header (or a kid pasted into a URL) requested with net/http or fetched
// as a key set with jwx, keyfunc or go-oidc, inside key functions and
// after a parse. Fetching from a URL pinned in configuration, and URLs the
// code has checked against an allow-list (constants or configuration,
// the host of the parsed URL, a prefix naming scheme, host and slash),
// are the correct patterns.
package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwk"
)

// Positives.

func jkuGet(t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	resp, err := http.Get(jku) // want `jwtheader: header "jku" of the token given to key function \w+ reaches the URL http\.Get requests: the token's jku chooses where the server sends a request \(SSRF\); fetch keys only from a JWKS URL pinned in configuration \(a jwk\.Cache or keyfunc with refresh\) and choose the key by kid, or compare the URL's host with an allow-list before fetching`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return nil, errors.New("unimplemented")
}

func x5uRequest(ctx context.Context, t *jwt.Token) (any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.Header["x5u"].(string), nil) // want `jwtheader: header "x5u" of jwt\.Token reaches the URL http\.NewRequestWithContext requests`
	if err != nil {
		return nil, err
	}
	_, err = http.DefaultClient.Do(req)
	return nil, err
}

func jkuClient(c *http.Client, t *jwt.Token) (any, error) {
	_, err := c.Get(t.Header["jku"].(string) + "?v=1") // want `jwtheader: header "jku" of jwt\.Token reaches the URL \(\*http\.Client\)\.Get requests`
	return nil, err
}

func jkuFetch(ctx context.Context, t *jwt.Token) (any, error) {
	set, err := jwk.Fetch(ctx, t.Header["jku"].(string)) // want `jwtheader: header "jku" of jwt\.Token reaches the URL jwk\.Fetch fetches keys from: the token's jku chooses where the verification keys come from \(SSRF, and a forger serves keys of his own\)`
	if err != nil {
		return nil, err
	}
	kid, _ := t.Header["kid"].(string)
	k, ok := set.LookupKeyID(kid)
	if !ok {
		return nil, errors.New("unknown kid")
	}
	var raw any
	return raw, k.Raw(&raw)
}

func jkuKeyfunc(t *jwt.Token) (any, error) {
	k, err := keyfunc.NewDefault([]string{t.Header["jku"].(string)}) // want `jwtheader: header "jku" of the token given to key function \w+ reaches the URL keyfunc\.NewDefault fetches keys from`
	if err != nil {
		return nil, err
	}
	return k.Keyfunc(t)
}

// A kid pasted into the host of a key server: "evil.example/" moves the
// request.
func kidInHost(t *jwt.Token) (any, error) {
	_, err := http.Get("https://" + t.Header["kid"].(string) + ".keys.example.com/jwks") // want `jwtheader: header "kid" of the token given to key function \w+ reaches the URL http\.Get requests: the token's kid chooses .*; fetch the key set from a URL pinned in configuration and look the kid up in it`
	return nil, err
}

// A kid pasted after the scheme, host and slash of a key server: it
// chooses a path on that host ("@evil.example/" stays in the path), not
// where the request goes, as a strings.HasPrefix guard with that origin
// would. Fetching per token is still a finding of its own.
func kidInURL(t *jwt.Token) (any, error) {
	_, err := http.Get("https://keys.example.com/" + t.Header["kid"].(string)) // want `jwtheader: http\.Get runs on every call of key function kidInURL`
	return nil, err
}

// After a verified parse: the key that verified may well be the one the
// token's own jku pointed at; fetching it again is no better.
func jkuAfterParse(ctx context.Context, c *jwk.Cache, raw string, keyFunc jwt.Keyfunc) error {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return err
	}
	return c.Register(tok.Header["jku"].(string)) // want `jwtheader: header "jku" from jwt\.Parse at fetch\.go:\d+ reaches the URL \(\*jwk\.Cache\)\.Register fetches keys from`
}

// A prefix without the slash after the host admits
// https://idp.example.com.evil.net/.
func prefixWithoutSlash(t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if !strings.HasPrefix(jku, "https://idp.example.com") {
		return nil, errors.New("untrusted jku")
	}
	_, err := http.Get(jku) // want `jwtheader: header "jku" of the token given to key function \w+ reaches the URL http\.Get requests`
	return nil, err
}

// A prefix only known at run time cannot be checked.
func prefixFromConfig(prefix string, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if !strings.HasPrefix(jku, prefix) {
		return nil, errors.New("untrusted jku")
	}
	_, err := http.Get(jku) // want `jwtheader: header "jku" of jwt\.Token reaches the URL http\.Get requests`
	return nil, err
}

// The scheme alone is no allow-list.
func schemeOnly(t *jwt.Token) (any, error) {
	u, err := url.Parse(t.Header["jku"].(string))
	if err != nil || u.Scheme != "https" {
		return nil, errors.New("untrusted jku")
	}
	_, err = http.Get(u.String()) // want `jwtheader: header "jku" of the token given to key function \w+ reaches the URL http\.Get requests`
	return nil, err
}

// Hard negatives.

type Verifier struct {
	JWKSURL string   // from configuration
	Trusted []string // JWKS URLs from configuration
	cache   *jwk.Cache
}

// The JWKS URL comes from configuration.
func (v *Verifier) pinned(ctx context.Context, t *jwt.Token) (any, error) {
	set, err := v.cache.Get(ctx, v.JWKSURL)
	if err != nil {
		return nil, err
	}
	kid, _ := t.Header["kid"].(string)
	k, ok := set.LookupKeyID(kid)
	if !ok {
		return nil, errors.New("unknown kid")
	}
	var raw any
	return raw, k.Raw(&raw)
}

func constantURL(ctx context.Context) (jwk.Set, error) {
	return jwk.Fetch(ctx, "https://idp.example.com/.well-known/jwks.json")
}

func (v *Verifier) jkuEqualsConfig(ctx context.Context, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if jku != v.JWKSURL {
		return nil, errors.New("untrusted jku")
	}
	return v.cache.Get(ctx, jku)
}

func jkuConstAllowList(ctx context.Context, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if jku != "https://idp.example.com/jwks.json" && jku != "https://idp2.example.com/jwks.json" {
		return nil, errors.New("untrusted jku")
	}
	return jwk.Fetch(ctx, jku)
}

var trustedJKU = map[string]bool{"https://idp.example.com/jwks.json": true}

func jkuMapAllowList(ctx context.Context, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if !trustedJKU[jku] {
		return nil, errors.New("untrusted jku")
	}
	return jwk.Fetch(ctx, jku)
}

func (v *Verifier) jkuConfiguredList(ctx context.Context, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	if !slices.Contains(v.Trusted, jku) {
		return nil, errors.New("untrusted jku")
	}
	return jwk.Fetch(ctx, jku)
}

func jkuHostChecked(ctx context.Context, t *jwt.Token) (any, error) {
	jku, _ := t.Header["jku"].(string)
	u, err := url.Parse(jku)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.Host != "idp.example.com" {
		return nil, errors.New("untrusted jku")
	}
	return jwk.Fetch(ctx, jku)
}

// (The following take the token after its verification: they are no key
// functions, whose downloads on every call are reported apart, see
// package uncached.)

func x5uHostnameSwitch(t *jwt.Token) (*http.Response, error) {
	u, err := url.Parse(t.Header["x5u"].(string))
	if err != nil {
		return nil, err
	}
	switch u.Hostname() {
	case "idp.example.com", "idp2.example.com":
	default:
		return nil, errors.New("untrusted x5u")
	}
	return http.Get(u.String())
}

func jkuOriginPrefix(t *jwt.Token) error {
	jku, _ := t.Header["jku"].(string)
	if !strings.HasPrefix(jku, "https://idp.example.com/") {
		return errors.New("untrusted jku")
	}
	_, err := http.Get(jku)
	return err
}

// An escaped kid stays one path segment of a pinned host.
func kidEscaped(t *jwt.Token) error {
	_, err := http.Get("https://keys.example.com/keys/" + url.PathEscape(t.Header["kid"].(string)))
	return err
}

// A kid sent in a request body names no location.
func kidInBody(t *jwt.Token) error {
	_, err := http.Post("https://keys.example.com/lookup", "text/plain", strings.NewReader(t.Header["kid"].(string)))
	return err
}
