// Package jwk is a hand-written stub of github.com/lestrrat-go/jwx/jwk
// (v1.2.31): the Key and Set interfaces (full method sets), Fetch with its
// whitelist and HTTP client options, and building or parsing keys.
package jwk

import (
	"context"
	"crypto"
	"crypto/x509"
	"net/http"

	"github.com/lestrrat-go/iter/arrayiter"
	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/internal/iter"
	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/option"
)

type KeyOperation string
type KeyOperationList []KeyOperation

type HeaderIterator = mapiter.Iterator
type HeaderPair = mapiter.Pair
type HeaderVisitor = iter.MapVisitor
type KeyIterator = arrayiter.Iterator

// Key is a JSON Web Key.
type Key interface {
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
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
	Algorithm() string
	KeyID() string
	X509URL() string
	X509CertChain() []*x509.Certificate
	X509CertThumbprint() string
	X509CertThumbprintS256() string
	makePairs() []*HeaderPair
}

// Set is a JWK Set.
type Set interface {
	Add(Key) bool
	Clear()
	Get(int) (Key, bool)
	Field(string) (interface{}, bool)
	Set(string, interface{}) error
	Index(Key) int
	Len() int
	LookupKeyID(string) (Key, bool)
	Remove(Key) bool
	Iterate(context.Context) KeyIterator
	Clone() (Set, error)
}

type Option = option.Interface

// AutoRefreshOption is an Option for AutoRefresh.
type AutoRefreshOption interface {
	Option
	autoRefreshOption()
}

// FetchOption is an Option for Fetch.
type FetchOption interface {
	AutoRefreshOption
	fetchOption()
}

// ReadFileOption is an Option for ReadFile.
type ReadFileOption interface {
	Option
	readFileOption()
}

// ParseOption is an Option for Parse and ParseKey.
type ParseOption interface {
	ReadFileOption
	AutoRefreshOption
	parseOption()
}

type fetchOption struct{ Option }

func (fetchOption) autoRefreshOption() {}
func (fetchOption) fetchOption()       {}

type identFetchWhitelist struct{}
type identHTTPClient struct{}

// HTTPClient sends requests.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Whitelist decides whether a URL may be fetched.
type Whitelist interface {
	IsAllowed(string) bool
}

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

// WithFetchWhitelist restricts the URLs Fetch may fetch.
func WithFetchWhitelist(w Whitelist) FetchOption {
	return fetchOption{option.New(identFetchWhitelist{}, w)}
}

// WithHTTPClient sets the client Fetch uses.
func WithHTTPClient(cl HTTPClient) FetchOption {
	return fetchOption{option.New(identHTTPClient{}, cl)}
}

// Fetch fetches and parses the JWK Set at urlstring.
func Fetch(ctx context.Context, urlstring string, options ...FetchOption) (Set, error) {
	panic("stub")
}

// Parse parses a JWK Set.
func Parse(src []byte, options ...ParseOption) (Set, error) { panic("stub") }

// ParseString parses a JWK Set.
func ParseString(s string, options ...ParseOption) (Set, error) { panic("stub") }

// ParseKey parses a single JWK.
func ParseKey(data []byte, options ...ParseOption) (Key, error) { panic("stub") }

// New builds a Key from a raw key.
func New(key interface{}) (Key, error) { panic("stub") }
