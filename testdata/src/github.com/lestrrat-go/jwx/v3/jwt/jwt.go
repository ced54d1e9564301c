// Package jwt is a hand-written stub of github.com/lestrrat-go/jwx/v3/jwt
// (v3.4.0): the Token interface (its full method set; accessors return
// (value, ok) and Get writes into its second argument), the parse functions
// and the WithKey option.
package jwt

import (
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/option/v2"
)

type Option = option.Interface

// TokenOptionSet is a bit flag containing per-token options.
type TokenOptionSet uint64

// Token represents a generic JWT token.
type Token interface {
	Audience() ([]string, bool)
	Expiration() (time.Time, bool)
	IssuedAt() (time.Time, bool)
	Issuer() (string, bool)
	JwtID() (string, bool)
	NotBefore() (time.Time, bool)
	Subject() (string, bool)
	Get(string, any) error
	Set(string, any) error
	Has(string) bool
	Remove(string) error
	Options() *TokenOptionSet
	Clone() (Token, error)
	Keys() []string
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

// ParseInsecure is Parse without signature verification or validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// WithKey verifies (or signs) with key under alg.
func WithKey(alg jwa.KeyAlgorithm, key any, suboptions ...Option) SignEncryptParseOption {
	panic("stub")
}
