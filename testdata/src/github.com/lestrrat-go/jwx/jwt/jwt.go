// Package jwt is a hand-written stub of github.com/lestrrat-go/jwx/jwt
// (v1.2.31): the Token interface (its full method set), the parse functions
// (verification is opt-in in v1: WithVerify(alg, key), WithKeySet or
// WithVerifyAuto), Validate and Sign, and the parse and validate options.
package jwt

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/internal/iter"
	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
	"github.com/lestrrat-go/option"
)

// Names of the registered claims.
const (
	AudienceKey   = "aud"
	ExpirationKey = "exp"
	IssuedAtKey   = "iat"
	IssuerKey     = "iss"
	JwtIDKey      = "jti"
	NotBeforeKey  = "nbf"
	SubjectKey    = "sub"
)

type Option = option.Interface

type Iterator = mapiter.Iterator
type Visitor = iter.MapVisitor

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
	Clone() (Token, error)
	Iterate(context.Context) Iterator
	Walk(context.Context, Visitor) error
	AsMap(context.Context) (map[string]interface{}, error)
}

// ReadFileOption is an Option for ReadFile.
type ReadFileOption interface {
	Option
	readFileOption()
}

// ParseOption is an Option for Parse.
type ParseOption interface {
	ReadFileOption
	parseOption()
}

// ParseRequestOption is an Option for ParseRequest.
type ParseRequestOption interface {
	ParseOption
	httpParseOption()
}

// ValidateOption is an Option for Validate (and for Parse).
type ValidateOption interface {
	ParseOption
	validateOption()
}

// SignOption is an Option for Sign.
type SignOption interface {
	Option
	signOption()
}

// stubOption implements every option interface of the package.
type stubOption struct{ Option }

func (stubOption) readFileOption()  {}
func (stubOption) parseOption()     {}
func (stubOption) httpParseOption() {}
func (stubOption) validateOption()  {}

type identVerify struct{}
type identKeySet struct{}
type identValidate struct{}
type identVerifyAuto struct{}
type identFetchWhitelist struct{}
type identAudience struct{}
type identIssuer struct{}
type identHeaderKey struct{}
type identFormKey struct{}

// Parse parses a token; it verifies only when a verification option is given.
func Parse(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// ParseString calls Parse against a string.
func ParseString(s string, options ...ParseOption) (Token, error) { panic("stub") }

// ParseReader calls Parse against the contents of src.
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { panic("stub") }

// ParseRequest parses the token of an HTTP request.
func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { panic("stub") }

// ParseHeader parses the token in the named header.
func ParseHeader(hdr http.Header, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseForm parses the token in the named form field.
func ParseForm(values url.Values, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// Validate checks the claims of t.
func Validate(t Token, options ...ValidateOption) error { panic("stub") }

// Sign serializes and signs t.
func Sign(t Token, alg jwa.SignatureAlgorithm, key interface{}, options ...SignOption) ([]byte, error) {
	panic("stub")
}

// New returns an empty token.
func New() Token { panic("stub") }

// WithVerify verifies the signature with key under alg.
func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption {
	return stubOption{option.New(identVerify{}, key)}
}

// WithKeySet verifies the signature with the keys of set.
func WithKeySet(set jwk.Set) ParseOption { return stubOption{option.New(identKeySet{}, set)} }

// WithValidate turns claim validation on or off.
func WithValidate(b bool) ParseOption { return stubOption{option.New(identValidate{}, b)} }

// WithVerifyAuto verifies with the key set named by the jku header.
func WithVerifyAuto(v bool) ParseOption { return stubOption{option.New(identVerifyAuto{}, v)} }

// WithFetchWhitelist restricts the jku URLs WithVerifyAuto may fetch.
func WithFetchWhitelist(wl jwk.Whitelist) ParseOption {
	return stubOption{option.New(identFetchWhitelist{}, wl)}
}

// WithAudience requires the audience s.
func WithAudience(s string) ValidateOption { return stubOption{option.New(identAudience{}, s)} }

// WithIssuer requires the issuer s.
func WithIssuer(s string) ValidateOption { return stubOption{option.New(identIssuer{}, s)} }

// WithHeaderKey names the header ParseRequest reads.
func WithHeaderKey(v string) ParseRequestOption {
	return stubOption{option.New(identHeaderKey{}, v)}
}

// WithFormKey names the form field ParseRequest reads.
func WithFormKey(v string) ParseRequestOption { return stubOption{option.New(identFormKey{}, v)} }
