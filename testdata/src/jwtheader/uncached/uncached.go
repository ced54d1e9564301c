// Package uncached exercises jwtheader on key functions that download the
// keys on every call: a jwk.Fetch, an http.Get of the JWKS, a keyfunc.Get
// or an oidc provider made inside the key function (or a helper it calls
// that always downloads) runs once per token. A key set fetched at
// start-up and refreshed in the background, a download made only on a
// cache miss, or once (sync.Once), is the correct pattern.
package uncached

import (
	"context"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"sync"

	"github.com/MicahParks/keyfunc/v2"
	"github.com/auth0/go-jwt-middleware/v2/jwks"
	jwtmw "github.com/auth0/go-jwt-middleware/v2/validator"
	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
)

const jwksURL = "https://idp.example.com/.well-known/jwks.json"

// Positives.

func fetchEachToken(t *jwt.Token) (any, error) {
	set, err := jwk.Fetch(context.Background(), jwksURL) // want `jwtheader: jwk\.Fetch runs on every call of key function fetchEachToken: every token costs a download of the keys \(load on the identity provider that tokens sent in bulk multiply\); register the URL once with a jwk\.Cache at start-up and read the set with Cache\.Get`
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

func parseWithGet(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		kf, err := keyfunc.Get(jwksURL, keyfunc.Options{}) // want `jwtheader: keyfunc\.Get runs on every call of the key function literal in parseWithGet: .*; call keyfunc\.Get once at start-up`
		if err != nil {
			return nil, err
		}
		return kf.Keyfunc(t)
	}, jwt.WithValidMethods([]string{"RS256"}))
}

type Verifier struct {
	issuer string
	client *http.Client
}

func (v *Verifier) providerEachToken(t *jwt.Token) (any, error) {
	p, err := oidc.NewProvider(context.Background(), v.issuer) // want `jwtheader: oidc\.NewProvider runs on every call of key function providerEachToken: .*; create the provider \(or key set\) once at start-up`
	if err != nil {
		return nil, err
	}
	return p, nil
}

// A key-set download behind a kid check still runs for every token that
// has a kid.
func (v *Verifier) httpEachToken(t *jwt.Token) (any, error) {
	if _, ok := t.Header["kid"].(string); !ok {
		return nil, errors.New("no kid")
	}
	resp, err := v.client.Get(jwksURL) // want `jwtheader: \(\*http\.Client\)\.Get runs on every call of key function httpEachToken`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return resp.Body, nil
}

// A helper that always downloads, called by the key function.
func loadSet(ctx context.Context) (jwk.Set, error) {
	return jwk.Fetch(ctx, jwksURL)
}

func viaHelper(t *jwt.Token) (any, error) {
	set, err := loadSet(context.Background()) // want `jwtheader: uncached\.loadSet downloads keys on every call \(jwk\.Fetch at uncached\.go:\d+\) and key function viaHelper calls it for every token`
	if err != nil {
		return nil, err
	}
	return set, nil
}

// A helper returning a typed key is no key function (it cannot be given
// as one); the key function calling it downloads through it.
func fetchRSA(t *jwt.Token) (*rsa.PublicKey, error) {
	resp, err := http.Get(jwksURL)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var k rsa.PublicKey
	return &k, json.NewDecoder(resp.Body).Decode(&k)
}

func viaTypedHelper(t *jwt.Token) (any, error) {
	return fetchRSA(t) // want `jwtheader: uncached\.fetchRSA downloads keys on every call \(http\.Get at uncached\.go:\d+\) and key function viaTypedHelper calls it for every token`
}

// A jwx key provider downloading the set for every message.
type provider struct{}

func (provider) FetchKeys(ctx context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
	set, err := jwk.Fetch(ctx, jwksURL) // want `jwtheader: jwk\.Fetch runs on every call of key function FetchKeys`
	if err != nil {
		return err
	}
	key, ok := set.LookupKeyID(sig.ProtectedHeaders().KeyID())
	if !ok {
		return errors.New("unknown kid")
	}
	sink.Key(jwa.RS256, key)
	return nil
}

// auth0's non-caching provider fetches the JWKS for every token.
func auth0Uncached(issuer *url.URL) (*jwtmw.Validator, error) {
	p := jwks.NewProvider(issuer)
	return jwtmw.New(p.KeyFunc, jwtmw.RS256, issuer.String(), []string{"api"}) // want `jwtheader: validator\.New is given \(\*jwks\.Provider\)\.KeyFunc as its key function, which downloads the key set for every token .*; use jwks\.NewCachingProvider`
}

// Hard negatives.

// Fetched at start-up, refreshed in the background.
type Cached struct {
	cache *jwk.Cache
}

func NewCached(ctx context.Context) (*Cached, error) {
	c := jwk.NewCache(ctx)
	if err := c.Register(jwksURL); err != nil {
		return nil, err
	}
	if _, err := c.Refresh(ctx, jwksURL); err != nil {
		return nil, err
	}
	return &Cached{cache: c}, nil
}

func (c *Cached) key(t *jwt.Token) (any, error) {
	set, err := c.cache.Get(context.Background(), jwksURL)
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

// A download only on a cache miss.
type Lazy struct {
	mu  sync.Mutex
	set jwk.Set
}

func (l *Lazy) key(t *jwt.Token) (any, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.set != nil {
		return l.set, nil
	}
	set, err := jwk.Fetch(context.Background(), jwksURL)
	if err != nil {
		return nil, err
	}
	l.set = set
	return set, nil
}

// A download once.
type Once struct {
	once sync.Once
	set  jwk.Set
	err  error
}

func (o *Once) key(t *jwt.Token) (any, error) {
	o.once.Do(func() { o.set, o.err = jwk.Fetch(context.Background(), jwksURL) })
	return o.set, o.err
}

// keyfunc.Get at start-up; its Keyfunc per token.
func startup() (*jwt.Token, error) {
	kf, err := keyfunc.Get(jwksURL, keyfunc.Options{})
	if err != nil {
		return nil, err
	}
	return jwt.Parse("raw", kf.Keyfunc, jwt.WithValidMethods([]string{"RS256"}))
}

// auth0's caching provider.
func auth0Cached(issuer *url.URL) (*jwtmw.Validator, error) {
	p := jwks.NewCachingProvider(issuer, 0)
	return jwtmw.New(p.KeyFunc, jwtmw.RS256, issuer.String(), []string{"api"})
}
