// Package httprc is a hand-written stub of github.com/lestrrat-go/httprc/v3
// (v3.0.6): the whitelist and HTTP client types that jwx v3's jwk package
// aliases, the Client that jwk.NewCache takes and the ResourceBase that
// jwk.NewCachedSet takes.
package httprc

import (
	"net/http"
	"regexp"

	"github.com/lestrrat-go/option/v2"
)

// Whitelist decides whether a URL may be fetched.
type Whitelist interface {
	IsAllowed(string) bool
}

// HTTPClient sends requests.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// InsecureWhitelist allows any URL.
type InsecureWhitelist struct{}

// NewInsecureWhitelist returns an InsecureWhitelist.
func NewInsecureWhitelist() InsecureWhitelist { return InsecureWhitelist{} }

func (InsecureWhitelist) IsAllowed(_ string) bool { return true }

// BlockAllWhitelist allows no URL.
type BlockAllWhitelist struct{}

// NewBlockAllWhitelist returns a BlockAllWhitelist.
func NewBlockAllWhitelist() BlockAllWhitelist { return BlockAllWhitelist{} }

func (BlockAllWhitelist) IsAllowed(_ string) bool { return false }

// MapWhitelist allows the URLs added to it.
type MapWhitelist interface {
	Whitelist
	Add(string) MapWhitelist
}

type stubMapWhitelist map[string]struct{}

func (w stubMapWhitelist) IsAllowed(u string) bool {
	_, ok := w[u]
	return ok
}
func (w stubMapWhitelist) Add(u string) MapWhitelist { w[u] = struct{}{}; return w }

// NewMapWhitelist returns an empty MapWhitelist.
func NewMapWhitelist() MapWhitelist { return stubMapWhitelist{} }

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

// NewClientOption is an option of NewClient.
type NewClientOption interface {
	option.Interface
	newClientOption()
}

// Client fetches and refreshes resources.
type Client struct {
	httpcl HTTPClient
}

// NewClient returns a Client.
func NewClient(options ...NewClientOption) *Client { return &Client{httpcl: http.DefaultClient} }

// ResourceBase is a fetched resource transformed into a T.
type ResourceBase[T any] struct {
	u string
}
