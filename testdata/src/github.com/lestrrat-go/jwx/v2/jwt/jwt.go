// Package jwt is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwt
// (v2.1.7): the Token interface (its full method set), the parse functions
// and the WithKey option.
package jwt

import (
	"context"
	"time"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/option"
)

type Option = option.Interface

type Iterator = mapiter.Iterator
type Visitor = iter.MapVisitor

// TokenOptionSet is a bit flag containing per-token options.
type TokenOptionSet uint64

// Token represents a generic JWT token.
type Token interface {
	Audience() []string
	Expiration() time.Time
	IssuedAt() time.Time
	Issuer() string
	JwtID() string
	NotBefore() time.Time
	Subject() string
	PrivateClaims() map[string]interface{}
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Options() *TokenOptionSet
	Clone() (Token, error)
	Iterate(context.Context) Iterator
	Walk(context.Context, Visitor) error
	AsMap(context.Context) (map[string]interface{}, error)
}

// ParseOption describes an Option that can be passed to Parse.
type ParseOption interface {
	Option
	parseOption()
	readFileOption()
}

// SignEncryptParseOption is an Option for Sign or Parse.
type SignEncryptParseOption interface {
	Option
	parseOption()
	encryptOption()
	readFileOption()
	signOption()
}

// Parse parses and verifies a token; it fails when no key is given.
func Parse(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// ParseString calls Parse against a string.
func ParseString(s string, options ...ParseOption) (Token, error) { panic("stub") }

// ParseInsecure is Parse without signature verification or validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// WithKey verifies (or signs) with key under alg.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	panic("stub")
}
