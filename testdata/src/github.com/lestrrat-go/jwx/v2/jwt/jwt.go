// Package jwt is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwt
// (v2.1.7): the Token interface (its full method set), the parse functions
// (bytes, strings, readers, requests, headers, forms and cookies), Validate,
// Sign, New and Builder, the claim name constants, and the parse, validate,
// sign and global options.
package jwt

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
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

// ValidateOption is an Option for Validate (and for Parse).
type ValidateOption interface {
	Option
	parseOption()
	readFileOption()
	validateOption()
}

// SignOption is an Option for Sign.
type SignOption interface {
	Option
	signOption()
}

// GlobalOption is an Option for Settings.
type GlobalOption interface {
	Option
	globalOption()
}

// stubOption implements every option interface of the package.
type stubOption struct{ Option }

func (stubOption) parseOption()    {}
func (stubOption) readFileOption() {}
func (stubOption) validateOption() {}
func (stubOption) signOption()     {}
func (stubOption) encryptOption()  {}
func (stubOption) globalOption()   {}

type identKeySet struct{}
type identKeyProvider struct{}
type identVerify struct{}
type identValidate struct{}
type identVerifyAuto struct{}
type identHeaderKey struct{}
type identFormKey struct{}
type identCookieKey struct{}
type identAudience struct{}
type identIssuer struct{}
type identSubject struct{}
type identJwtID struct{}
type identRequiredClaim struct{}
type identClaimValue struct{}
type identAcceptableSkew struct{}
type identResetValidators struct{}
type identContext struct{}
type identClock struct{}
type identValidator struct{}
type identInsecureNoSignature struct{}
type identFlattenAudience struct{}

// Parse parses and verifies a token; it fails when no key is given.
func Parse(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// ParseString calls Parse against a string.
func ParseString(s string, options ...ParseOption) (Token, error) { panic("stub") }

// ParseReader calls Parse against the contents of src.
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { panic("stub") }

// ParseRequest parses the token of an HTTP request (the Authorization
// header unless WithHeaderKey, WithFormKey or WithCookieKey say otherwise).
func ParseRequest(req *http.Request, options ...ParseOption) (Token, error) { panic("stub") }

// ParseHeader parses the token in the named header.
func ParseHeader(hdr http.Header, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseForm parses the token in the named form field.
func ParseForm(values url.Values, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseCookie parses the token in the named cookie.
func ParseCookie(req *http.Request, name string, options ...ParseOption) (Token, error) {
	panic("stub")
}

// ParseInsecure is Parse without signature verification or validation.
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { panic("stub") }

// Validate checks the claims of t.
func Validate(t Token, options ...ValidateOption) error { panic("stub") }

// Sign serializes and signs t.
func Sign(t Token, options ...SignOption) ([]byte, error) { panic("stub") }

// New returns an empty token.
func New() Token { panic("stub") }

// Settings changes global behaviour.
func Settings(options ...GlobalOption) {}

// Builder builds a token claim by claim.
type Builder struct {
	claims []*mapiter.Pair
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{} }

func (b *Builder) Claim(name string, value interface{}) *Builder {
	b.claims = append(b.claims, &mapiter.Pair{Key: name, Value: value})
	return b
}
func (b *Builder) Audience(v []string) *Builder    { return b.Claim(AudienceKey, v) }
func (b *Builder) Expiration(v time.Time) *Builder { return b.Claim(ExpirationKey, v) }
func (b *Builder) IssuedAt(v time.Time) *Builder   { return b.Claim(IssuedAtKey, v) }
func (b *Builder) Issuer(v string) *Builder        { return b.Claim(IssuerKey, v) }
func (b *Builder) JwtID(v string) *Builder         { return b.Claim(JwtIDKey, v) }
func (b *Builder) NotBefore(v time.Time) *Builder  { return b.Claim(NotBeforeKey, v) }
func (b *Builder) Subject(v string) *Builder       { return b.Claim(SubjectKey, v) }
func (b *Builder) Build() (Token, error)           { panic("stub") }

// Clock tells the time to validation.
type Clock interface {
	Now() time.Time
}

// ClockFunc is a function implementing Clock.
type ClockFunc func() time.Time

func (f ClockFunc) Now() time.Time { return f() }

// ValidationError is an error from validation.
type ValidationError interface {
	error
	isValidationError()
	Unwrap() error
}

// Validator checks one property of a token.
type Validator interface {
	Validate(context.Context, Token) ValidationError
}

// ValidatorFunc is a function implementing Validator.
type ValidatorFunc func(context.Context, Token) ValidationError

func (vf ValidatorFunc) Validate(ctx context.Context, tok Token) ValidationError {
	return vf(ctx, tok)
}

// IsRequired returns a Validator requiring the named claim.
func IsRequired(name string) Validator { panic("stub") }

// WithKey verifies (or signs) with key under alg.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	panic("stub")
}

// WithKeySet verifies with the keys of set; options are jws.WithKeySet
// suboptions.
func WithKeySet(set jwk.Set, options ...interface{}) ParseOption {
	return stubOption{option.New(identKeySet{}, set)}
}

// WithKeyProvider verifies with the keys a provider offers.
func WithKeyProvider(v jws.KeyProvider) ParseOption {
	return stubOption{option.New(identKeyProvider{}, v)}
}

// WithVerify turns signature verification on or off.
func WithVerify(v bool) ParseOption { return stubOption{option.New(identVerify{}, v)} }

// WithValidate turns claim validation on or off.
func WithValidate(v bool) ParseOption { return stubOption{option.New(identValidate{}, v)} }

// WithVerifyAuto verifies with the key set named by the jku header.
func WithVerifyAuto(f jwk.Fetcher, options ...jwk.FetchOption) ParseOption {
	return stubOption{option.New(identVerifyAuto{}, f)}
}

// WithHeaderKey names the header ParseRequest reads.
func WithHeaderKey(v string) ParseOption { return stubOption{option.New(identHeaderKey{}, v)} }

// WithFormKey names the form field ParseRequest reads.
func WithFormKey(v string) ParseOption { return stubOption{option.New(identFormKey{}, v)} }

// WithCookieKey names the cookie ParseRequest reads.
func WithCookieKey(v string) ParseOption { return stubOption{option.New(identCookieKey{}, v)} }

// WithAudience requires the audience s.
func WithAudience(s string) ValidateOption { return stubOption{option.New(identAudience{}, s)} }

// WithIssuer requires the issuer s.
func WithIssuer(s string) ValidateOption { return stubOption{option.New(identIssuer{}, s)} }

// WithSubject requires the subject s.
func WithSubject(s string) ValidateOption { return stubOption{option.New(identSubject{}, s)} }

// WithJwtID requires the token ID s.
func WithJwtID(s string) ValidateOption { return stubOption{option.New(identJwtID{}, s)} }

// WithRequiredClaim requires the named claim to be present.
func WithRequiredClaim(name string) ValidateOption {
	return stubOption{option.New(identRequiredClaim{}, name)}
}

// WithClaimValue requires the named claim to equal v.
func WithClaimValue(name string, v interface{}) ValidateOption {
	return stubOption{option.New(identClaimValue{}, v)}
}

// WithAcceptableSkew sets the clock skew tolerated by time checks.
func WithAcceptableSkew(v time.Duration) ValidateOption {
	return stubOption{option.New(identAcceptableSkew{}, v)}
}

// WithResetValidators drops the default time validators.
func WithResetValidators(v bool) ValidateOption {
	return stubOption{option.New(identResetValidators{}, v)}
}

// WithContext sets the context of validation.
func WithContext(v context.Context) ValidateOption {
	return stubOption{option.New(identContext{}, v)}
}

// WithClock sets the clock of validation.
func WithClock(v Clock) ValidateOption { return stubOption{option.New(identClock{}, v)} }

// WithValidator adds a validator.
func WithValidator(v Validator) ValidateOption {
	return stubOption{option.New(identValidator{}, v)}
}

// WithInsecureNoSignature signs with the "none" algorithm.
func WithInsecureNoSignature() SignOption {
	return stubOption{option.New(identInsecureNoSignature{}, nil)}
}

// WithFlattenAudience serializes a single audience as a string.
func WithFlattenAudience(v bool) GlobalOption {
	return stubOption{option.New(identFlattenAudience{}, v)}
}
