// Package jwk is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwk
// (v2.1.7): the Key and Set interfaces (full method sets), fetching and
// parsing keys, the auto-refreshing Cache and CachedSet, and the fetch
// whitelists.
package jwk

import (
	"context"
	"crypto"
	"regexp"
	"time"

	"github.com/lestrrat-go/httprc"
	"github.com/lestrrat-go/iter/arrayiter"
	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/cert"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/option"
)

type KeyOperation string
type KeyOperationList []KeyOperation

type HeaderVisitor = iter.MapVisitor
type HeaderPair = mapiter.Pair
type HeaderIterator = mapiter.Iterator

// Key defines the minimal interface for each of the key types.
type Key interface {
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Validate() error
	Raw(interface{}) error
	Thumbprint(crypto.Hash) ([]byte, error)
	Iterate(ctx context.Context) HeaderIterator
	Walk(context.Context, HeaderVisitor) error
	AsMap(context.Context) (map[string]interface{}, error)
	PrivateParams() map[string]interface{}
	Clone() (Key, error)
	PublicKey() (Key, error)
	KeyType() jwa.KeyType
	KeyUsage() string
	KeyOps() KeyOperationList
	Algorithm() jwa.KeyAlgorithm
	KeyID() string
	X509URL() string
	X509CertChain() *cert.Chain
	X509CertThumbprint() string
	X509CertThumbprintS256() string
	makePairs() []*HeaderPair
}

type KeyIterator = arrayiter.Iterator

// Set is a JWK Set.
type Set interface {
	AddKey(Key) error
	Clear() error
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Index(Key) int
	Len() int
	Key(int) (Key, bool)
	Iterate(context.Context) HeaderIterator
	Keys(context.Context) KeyIterator
	LookupKeyID(string) (Key, bool)
	RemoveKey(Key) error
	Clone() (Set, error)
}

type Option = option.Interface

// FetchOption is an Option for Fetch (and Cache.Register).
type FetchOption interface {
	Option
	fetchOption()
	parseOption()
	registerOption()
}

// RegisterOption is an Option for Cache.Register.
type RegisterOption interface {
	Option
	registerOption()
}

// CacheOption is an Option for NewCache.
type CacheOption interface {
	Option
	cacheOption()
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
func (stubOption) cacheOption()    {}
func (stubOption) readFileOption() {}

type identFetchWhitelist struct{}
type identHTTPClient struct{}
type identRefreshInterval struct{}
type identMinRefreshInterval struct{}
type identPEM struct{}

// Fetcher fetches a JWK Set.
type Fetcher interface {
	Fetch(context.Context, string, ...FetchOption) (Set, error)
}

// FetchFunc is a function implementing Fetcher.
type FetchFunc func(context.Context, string, ...FetchOption) (Set, error)

func (f FetchFunc) Fetch(ctx context.Context, u string, options ...FetchOption) (Set, error) {
	return f(ctx, u, options...)
}

type Whitelist = httprc.Whitelist
type HTTPClient = httprc.HTTPClient

// InsecureWhitelist allows any URL.
type InsecureWhitelist struct{}

func (InsecureWhitelist) IsAllowed(string) bool { return true }

// MapWhitelist allows the URLs it holds.
type MapWhitelist struct {
	store map[string]struct{}
}

// NewMapWhitelist returns an empty MapWhitelist.
func NewMapWhitelist() *MapWhitelist { return &MapWhitelist{store: map[string]struct{}{}} }

func (w *MapWhitelist) Add(pat string) *MapWhitelist { w.store[pat] = struct{}{}; return w }
func (w *MapWhitelist) IsAllowed(u string) bool {
	_, ok := w.store[u]
	return ok
}

// RegexpWhitelist allows URLs matching one of its patterns.
type RegexpWhitelist struct {
	patterns []*regexp.Regexp
}

// NewRegexpWhitelist returns an empty RegexpWhitelist.
func NewRegexpWhitelist() *RegexpWhitelist { return &RegexpWhitelist{} }

func (w *RegexpWhitelist) Add(pat *regexp.Regexp) *RegexpWhitelist {
	w.patterns = append(w.patterns, pat)
	return w
}
func (w *RegexpWhitelist) IsAllowed(u string) bool {
	for _, p := range w.patterns {
		if p.MatchString(u) {
			return true
		}
	}
	return false
}

// WhitelistFunc is a function implementing Whitelist.
type WhitelistFunc func(string) bool

func (w WhitelistFunc) IsAllowed(u string) bool { return w(u) }

// WithFetchWhitelist restricts the URLs Fetch may fetch.
func WithFetchWhitelist(v Whitelist) FetchOption {
	return stubOption{option.New(identFetchWhitelist{}, v)}
}

// WithHTTPClient sets the client Fetch uses.
func WithHTTPClient(v HTTPClient) FetchOption { return stubOption{option.New(identHTTPClient{}, v)} }

// WithRefreshInterval sets a fixed refresh interval for a cached URL.
func WithRefreshInterval(v time.Duration) RegisterOption {
	return stubOption{option.New(identRefreshInterval{}, v)}
}

// WithMinRefreshInterval sets the minimum refresh interval of a cached URL.
func WithMinRefreshInterval(v time.Duration) RegisterOption {
	return stubOption{option.New(identMinRefreshInterval{}, v)}
}

// WithPEM parses the input as PEM.
func WithPEM(v bool) ParseOption { return stubOption{option.New(identPEM{}, v)} }

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

// FromRaw builds a Key from a raw key (rsa.PublicKey, []byte, ...).
func FromRaw(key interface{}) (Key, error) { panic("stub") }

// NewSet returns an empty Set.
func NewSet() Set { panic("stub") }

// PublicSetOf returns the public keys of a Set.
func PublicSetOf(v Set) (Set, error) { panic("stub") }

// Cache keeps JWK Sets fetched from registered URLs up to date.
type Cache struct {
	registered map[string]bool
}

// NewCache returns a Cache whose refreshes stop with ctx.
func NewCache(ctx context.Context, options ...CacheOption) *Cache {
	return &Cache{registered: map[string]bool{}}
}

func (c *Cache) Register(u string, options ...RegisterOption) error {
	c.registered[u] = true
	return nil
}
func (c *Cache) Get(ctx context.Context, u string) (Set, error)     { panic("stub") }
func (c *Cache) Refresh(ctx context.Context, u string) (Set, error) { panic("stub") }
func (c *Cache) IsRegistered(u string) bool                         { return c.registered[u] }
func (c *Cache) Unregister(u string) error                          { delete(c.registered, u); return nil }

// CachedSet is a Set backed by a Cache entry.
type CachedSet struct {
	cache *Cache
	url   string
}

// NewCachedSet returns a Set reading u from cache.
func NewCachedSet(cache *Cache, url string) Set { return &CachedSet{cache: cache, url: url} }

func (cs *CachedSet) AddKey(_ Key) error                         { panic("stub") }
func (cs *CachedSet) Clear() error                               { panic("stub") }
func (cs *CachedSet) Set(_ string, _ interface{}) error          { panic("stub") }
func (cs *CachedSet) Remove(_ string) error                      { panic("stub") }
func (cs *CachedSet) RemoveKey(_ Key) error                      { panic("stub") }
func (cs *CachedSet) Clone() (Set, error)                        { panic("stub") }
func (cs *CachedSet) Get(name string) (interface{}, bool)        { panic("stub") }
func (cs *CachedSet) Key(idx int) (Key, bool)                    { panic("stub") }
func (cs *CachedSet) Index(key Key) int                          { panic("stub") }
func (cs *CachedSet) Keys(ctx context.Context) KeyIterator       { panic("stub") }
func (cs *CachedSet) Iterate(ctx context.Context) HeaderIterator { panic("stub") }
func (cs *CachedSet) Len() int                                   { panic("stub") }
func (cs *CachedSet) LookupKeyID(kid string) (Key, bool)         { panic("stub") }
