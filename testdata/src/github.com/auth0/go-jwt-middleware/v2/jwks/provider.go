// Package jwks is a hand-written stub of
// github.com/auth0/go-jwt-middleware/v2/jwks (v2.3.1): the JWKS key
// providers whose KeyFunc feeds validator.New.
package jwks

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// Provider fetches the JWKS of an issuer.
type Provider struct {
	IssuerURL     *url.URL
	CustomJWKSURI *url.URL
	Client        *http.Client
}

// ProviderOption configures a Provider.
type ProviderOption func(*Provider)

// NewProvider returns a Provider for issuerURL.
func NewProvider(issuerURL *url.URL, opts ...ProviderOption) *Provider {
	p := &Provider{IssuerURL: issuerURL, Client: http.DefaultClient}
	for _, opt := range opts {
		opt(p)
	}
	return p
}

// KeyFunc returns the key set of the issuer.
func (p *Provider) KeyFunc(ctx context.Context) (interface{}, error) { panic("stub") }

// WithCustomJWKSURI fetches keys from jwksURI instead of discovering it.
func WithCustomJWKSURI(jwksURI *url.URL) ProviderOption {
	return func(p *Provider) { p.CustomJWKSURI = jwksURI }
}

// WithCustomClient sets the HTTP client.
func WithCustomClient(c *http.Client) ProviderOption { return func(p *Provider) { p.Client = c } }

// CachingProvider is a Provider with a cache.
type CachingProvider struct {
	*Provider
	CacheTTL time.Duration
}

// CachingProviderOption configures a CachingProvider.
type CachingProviderOption func(*CachingProvider)

// NewCachingProvider returns a caching Provider; opts are ProviderOption or
// CachingProviderOption values.
func NewCachingProvider(issuerURL *url.URL, cacheTTL time.Duration, opts ...interface{}) *CachingProvider {
	return &CachingProvider{Provider: NewProvider(issuerURL), CacheTTL: cacheTTL}
}

// KeyFunc returns the (cached) key set of the issuer.
func (c *CachingProvider) KeyFunc(ctx context.Context) (interface{}, error) { panic("stub") }
