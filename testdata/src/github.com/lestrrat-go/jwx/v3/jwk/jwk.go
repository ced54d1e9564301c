// Package jwk is a hand-written stub of github.com/lestrrat-go/jwx/v3/jwk
// (v3.4.0): the Key, Set and CachedSet interfaces (full method sets),
// fetching, parsing and importing keys, the Cache, and the fetch
// whitelists (aliases of httprc/v3 types).
package jwk

import (
	"context"
	"crypto"
	"time"

	"github.com/lestrrat-go/httprc/v3"
	"github.com/lestrrat-go/jwx/v3/cert"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/option/v2"
)

type KeyOperation string
type KeyOperationList []KeyOperation

// Key is a JSON Web Key; accessors return (value, ok).
type Key interface {
	Has(string) bool
	Get(string, any) error
	Set(string, any) error
	Remove(string) error
	Validate() error
	Thumbprint(crypto.Hash) ([]byte, error)
	Keys() []string
	Clone() (Key, error)
	PublicKey() (Key, error)
	KeyType() jwa.KeyType
	KeyUsage() (string, bool)
	KeyOps() (KeyOperationList, bool)
	Algorithm() (jwa.KeyAlgorithm, bool)
	KeyID() (string, bool)
	X509URL() (string, bool)
	X509CertChain() (*cert.Chain, bool)
	X509CertThumbprint() (string, bool)
	X509CertThumbprintS256() (string, bool)
}

// Set is a JWK Set.
type Set interface {
	AddKey(Key) error
	Clear() error
	Get(string, any) error
	Set(string, any) error
	Remove(string) error
	Index(Key) int
	Len() int
	Key(int) (Key, bool)
	Keys() []string
	LookupKeyID(string) (Key, bool)
	RemoveKey(Key) error
	Clone() (Set, error)
}

// CachedSet is a Set backed by a Cache entry.
type CachedSet interface {
	Set
	cached() (Set, error)
}

type Option = option.Interface

// FetchOption is an Option for Fetch.
type FetchOption interface {
	Option
	fetchOption()
	parseOption()
	registerOption()
}

// GlobalFetchOption is an Option for Fetch that may also be set globally.
type GlobalFetchOption interface {
	Option
	fetchOption()
	globalOption()
	parseOption()
	registerOption()
}

// RegisterOption is an Option for Cache.Register.
type RegisterOption interface {
	Option
	registerOption()
}

// ParseOption is an Option for Parse and ParseKey.
type ParseOption interface {
	Option
	fetchOption()
	registerOption()
	readFileOption()
}

// stubOption implements every option interface of the package.
type stubOption struct{ Option }

func (stubOption) fetchOption()    {}
func (stubOption) parseOption()    {}
func (stubOption) registerOption() {}
func (stubOption) readFileOption() {}
func (stubOption) globalOption()   {}

type identFetchWhitelist struct{}
type identHTTPClient struct{}
type identMinInterval struct{}
type identConstantInterval struct{}
type identPEM struct{}

type Whitelist = httprc.Whitelist
type HTTPClient = httprc.HTTPClient
type InsecureWhitelist = httprc.InsecureWhitelist
type MapWhitelist = httprc.MapWhitelist
type RegexpWhitelist = httprc.RegexpWhitelist
type WhitelistFunc = httprc.WhitelistFunc

// NewInsecureWhitelist returns a whitelist allowing any URL.
func NewInsecureWhitelist() InsecureWhitelist { return httprc.NewInsecureWhitelist() }

// NewMapWhitelist returns an empty MapWhitelist.
func NewMapWhitelist() MapWhitelist { return httprc.NewMapWhitelist() }

// NewRegexpWhitelist returns an empty RegexpWhitelist.
func NewRegexpWhitelist() *RegexpWhitelist { return httprc.NewRegexpWhitelist() }

// WithFetchWhitelist restricts the URLs Fetch may fetch.
func WithFetchWhitelist(v Whitelist) FetchOption {
	return stubOption{option.New(identFetchWhitelist{}, v)}
}

// WithHTTPClient sets the client Fetch uses.
func WithHTTPClient(v HTTPClient) GlobalFetchOption {
	return stubOption{option.New(identHTTPClient{}, v)}
}

// WithMinInterval sets the minimum refresh interval of a cached URL.
func WithMinInterval(d time.Duration) RegisterOption {
	return stubOption{option.New(identMinInterval{}, d)}
}

// WithConstantInterval sets a fixed refresh interval for a cached URL.
func WithConstantInterval(d time.Duration) RegisterOption {
	return stubOption{option.New(identConstantInterval{}, d)}
}

// WithPEM parses the input as PEM.
func WithPEM(v bool) ParseOption { return stubOption{option.New(identPEM{}, v)} }

// Fetcher fetches a JWK Set.
type Fetcher interface {
	Fetch(context.Context, string, ...FetchOption) (Set, error)
}

// FetchFunc is a function implementing Fetcher.
type FetchFunc func(context.Context, string, ...FetchOption) (Set, error)

func (f FetchFunc) Fetch(ctx context.Context, u string, options ...FetchOption) (Set, error) {
	return f(ctx, u, options...)
}

// Fetch fetches and parses the JWK Set at u.
func Fetch(ctx context.Context, u string, options ...FetchOption) (Set, error) { panic("stub") }

// Parse parses a JWK Set.
func Parse(src []byte, options ...ParseOption) (Set, error) { panic("stub") }

// ParseString parses a JWK Set.
func ParseString(s string, options ...ParseOption) (Set, error) { panic("stub") }

// ReadFileOption is an Option for ReadFile.
type ReadFileOption interface {
	Option
	readFileOption()
}

// ReadFile reads and parses the JWK Set in the file at path.
func ReadFile(path string, options ...ReadFileOption) (Set, error) { panic("stub") }

// ParseKey parses a single JWK.
func ParseKey(data []byte, options ...ParseOption) (Key, error) { panic("stub") }

// Import builds a Key from a raw key (rsa.PublicKey, []byte, ...).
func Import(raw any) (Key, error) { panic("stub") }

// Export writes the raw key of key into dst.
func Export(key Key, dst any) error { panic("stub") }

// NewSet returns an empty Set.
func NewSet() Set { panic("stub") }

// Cache keeps JWK Sets fetched from registered URLs up to date.
type Cache struct {
	client *httprc.Client
}

// NewCache returns a Cache driven by client.
func NewCache(ctx context.Context, client *httprc.Client) (*Cache, error) {
	return &Cache{client: client}, nil
}

func (c *Cache) Register(ctx context.Context, u string, options ...RegisterOption) error {
	return nil
}
func (c *Cache) Lookup(ctx context.Context, u string) (Set, error)  { panic("stub") }
func (c *Cache) Refresh(ctx context.Context, u string) (Set, error) { panic("stub") }
func (c *Cache) Ready(ctx context.Context, u string) bool           { panic("stub") }
func (c *Cache) IsRegistered(ctx context.Context, u string) bool    { panic("stub") }
func (c *Cache) Unregister(ctx context.Context, u string) error     { panic("stub") }
func (c *Cache) Shutdown(ctx context.Context) error                 { return nil }
func (c *Cache) CachedSet(u string) (CachedSet, error)              { panic("stub") }

// NewCachedSet returns a Set reading a cached resource.
func NewCachedSet(r *httprc.ResourceBase[Set]) CachedSet { panic("stub") }

// CachedFetcher is a Fetcher reading through a Cache.
type CachedFetcher struct {
	cache *Cache
}

// NewCachedFetcher returns a Fetcher reading through cache.
func NewCachedFetcher(cache *Cache) *CachedFetcher { return &CachedFetcher{cache: cache} }

func (f *CachedFetcher) Fetch(ctx context.Context, u string, _ ...FetchOption) (Set, error) {
	return f.cache.Lookup(ctx, u)
}
