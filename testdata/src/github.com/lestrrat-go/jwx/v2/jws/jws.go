// Package jws is a hand-written stub of github.com/lestrrat-go/jwx/v2/jws
// (v2.1.7): parsing, verifying and signing messages, the verification
// options (keys, key sets, key providers, jku auto-fetch) and the headers.
package jws

import (
	"context"
	"encoding/json"
	"io"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/cert"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/option"
)

type Option = option.Interface

// ParseOption is an Option that can be passed to Parse.
type ParseOption interface {
	Option
	readFileOption()
}

type Visitor = iter.MapVisitor
type Iterator = mapiter.Iterator

// Headers describe a standard Header set.
type Headers interface {
	json.Marshaler
	json.Unmarshaler
	Algorithm() jwa.SignatureAlgorithm
	ContentType() string
	Critical() []string
	JWK() jwk.Key
	JWKSetURL() string
	KeyID() string
	Type() string
	X509CertChain() *cert.Chain
	X509CertThumbprint() string
	X509CertThumbprintS256() string
	X509URL() string
	Iterate(ctx context.Context) Iterator
	Walk(context.Context, Visitor) error
	AsMap(context.Context) (map[string]interface{}, error)
	Copy(context.Context, Headers) error
	Merge(context.Context, Headers) (Headers, error)
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	PrivateParams() map[string]interface{}
}

// Message represents a full JWS encoded message.
type Message struct {
	payload    []byte
	signatures []*Signature
}

// Signature is one signature of a message and its headers.
type Signature struct {
	headers   Headers
	protected Headers
}

func (m Message) Payload() []byte             { return m.payload }
func (m Message) Signatures() []*Signature    { return m.signatures }
func (s Signature) ProtectedHeaders() Headers { return s.protected }
func (s Signature) PublicHeaders() Headers    { return s.headers }

// LookupSignature returns the signatures whose headers carry kid.
func (m Message) LookupSignature(kid string) []*Signature { panic("stub") }

// Parse parses a JWS message without verifying it.
func Parse(src []byte, options ...ParseOption) (*Message, error) { panic("stub") }

// ParseString parses a JWS message without verifying it.
func ParseString(src string) (*Message, error) { panic("stub") }

// ParseReader parses a JWS message without verifying it.
func ParseReader(src io.Reader) (*Message, error) { panic("stub") }

// SplitCompact splits a compact JWS into its three parts.
func SplitCompact(src []byte) ([]byte, []byte, []byte, error) { panic("stub") }

// NewHeaders returns an empty header set.
func NewHeaders() Headers { panic("stub") }

// Verify checks the signature of buf and returns its payload.
func Verify(buf []byte, options ...VerifyOption) ([]byte, error) { panic("stub") }

// Sign signs payload and returns the serialized message.
func Sign(payload []byte, options ...SignOption) ([]byte, error) { panic("stub") }

// SignOption is an Option for Sign.
type SignOption interface {
	Option
	signOption()
}

// VerifyOption is an Option for Verify.
type VerifyOption interface {
	Option
	verifyOption()
	parseOption()
}

// SignVerifyOption is an Option for Sign or Verify.
type SignVerifyOption interface {
	Option
	signOption()
	verifyOption()
	parseOption()
}

// WithKeySuboption is an option of WithKey.
type WithKeySuboption interface {
	Option
	withKeySuboption()
}

// WithKeySetSuboption is an option of WithKeySet.
type WithKeySetSuboption interface {
	Option
	withKeySetSuboption()
}

// stubOption implements every option interface of the package.
type stubOption struct{ Option }

func (stubOption) readFileOption()      {}
func (stubOption) signOption()          {}
func (stubOption) verifyOption()        {}
func (stubOption) parseOption()         {}
func (stubOption) withKeySuboption()    {}
func (stubOption) withKeySetSuboption() {}

type identKey struct{}
type identKeySet struct{}
type identKeyProvider struct{}
type identVerifyAuto struct{}
type identContext struct{}
type identInferAlgorithmFromKey struct{}
type identRequireKid struct{}
type identUseDefault struct{}
type identMultipleKeysPerKeyID struct{}
type identProtectedHeaders struct{}
type identInsecureNoSignature struct{}

// KeySink receives the keys a KeyProvider offers.
type KeySink interface {
	Key(jwa.SignatureAlgorithm, interface{})
}

// KeyProvider offers candidate keys for a signature.
type KeyProvider interface {
	FetchKeys(context.Context, KeySink, *Signature, *Message) error
}

// KeyProviderFunc is a function implementing KeyProvider.
type KeyProviderFunc func(context.Context, KeySink, *Signature, *Message) error

func (kp KeyProviderFunc) FetchKeys(ctx context.Context, sink KeySink, sig *Signature, msg *Message) error {
	return kp(ctx, sink, sig, msg)
}

// WithKey verifies (or signs) with key under alg.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, options ...WithKeySuboption) SignVerifyOption {
	return stubOption{option.New(identKey{}, key)}
}

// WithKeySet verifies with the keys of set.
func WithKeySet(set jwk.Set, options ...WithKeySetSuboption) VerifyOption {
	return stubOption{option.New(identKeySet{}, set)}
}

// WithKeyProvider verifies with the keys a provider offers.
func WithKeyProvider(v KeyProvider) VerifyOption {
	return stubOption{option.New(identKeyProvider{}, v)}
}

// WithVerifyAuto verifies with the key set named by the jku header.
func WithVerifyAuto(f jwk.Fetcher, options ...jwk.FetchOption) VerifyOption {
	return stubOption{option.New(identVerifyAuto{}, f)}
}

// WithContext sets the context of verification.
func WithContext(v context.Context) VerifyOption { return stubOption{option.New(identContext{}, v)} }

// WithInferAlgorithmFromKey lets keys without "alg" be tried with the
// algorithms their type allows.
func WithInferAlgorithmFromKey(v bool) WithKeySetSuboption {
	return stubOption{option.New(identInferAlgorithmFromKey{}, v)}
}

// WithRequireKid requires a matching "kid".
func WithRequireKid(v bool) WithKeySetSuboption {
	return stubOption{option.New(identRequireKid{}, v)}
}

// WithUseDefault uses the only key of the set when the message has no kid.
func WithUseDefault(v bool) WithKeySetSuboption {
	return stubOption{option.New(identUseDefault{}, v)}
}

// WithMultipleKeysPerKeyID allows several keys under one kid.
func WithMultipleKeysPerKeyID(v bool) WithKeySetSuboption {
	return stubOption{option.New(identMultipleKeysPerKeyID{}, v)}
}

// WithProtectedHeaders sets the protected headers of a signature.
func WithProtectedHeaders(v Headers) WithKeySuboption {
	return stubOption{option.New(identProtectedHeaders{}, v)}
}

// WithInsecureNoSignature signs with the "none" algorithm.
func WithInsecureNoSignature(options ...WithKeySuboption) SignOption {
	return stubOption{option.New(identInsecureNoSignature{}, nil)}
}
