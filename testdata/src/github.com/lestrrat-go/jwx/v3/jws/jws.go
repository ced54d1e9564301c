// Package jws is a hand-written stub of github.com/lestrrat-go/jwx/v3/jws
// (v3.4.0): parsing, verifying (including VerifyCompactFast) and signing
// messages, the verification options (keys, key sets, key providers, jku
// auto-fetch, algorithm matching) and the Headers interface (its full
// method set; accessors return (value, ok)).
package jws

import (
	"context"
	"io"

	"github.com/lestrrat-go/jwx/v3/cert"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/option/v2"
)

type Option = option.Interface

// Headers describe a standard header set.
type Headers interface {
	Algorithm() (jwa.SignatureAlgorithm, bool)
	ContentType() (string, bool)
	Critical() ([]string, bool)
	JWK() (jwk.Key, bool)
	JWKSetURL() (string, bool)
	KeyID() (string, bool)
	Type() (string, bool)
	X509CertChain() (*cert.Chain, bool)
	X509CertThumbprint() (string, bool)
	X509CertThumbprintS256() (string, bool)
	X509URL() (string, bool)
	B64() (bool, bool)
	Copy(Headers) error
	Merge(Headers) (Headers, error)
	Clone() (Headers, error)
	Get(string, any) error
	Set(string, any) error
	Has(string) bool
	Remove(string) error
	Keys() []string
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
	signature []byte
}

func (m Message) Payload() []byte                         { return m.payload }
func (m Message) Signatures() []*Signature                { return m.signatures }
func (m Message) LookupSignature(kid string) []*Signature { panic("stub") }
func (s Signature) ProtectedHeaders() Headers             { return s.protected }
func (s Signature) PublicHeaders() Headers                { return s.headers }
func (s Signature) Signature() []byte                     { return s.signature }

// ParseOption is an Option for Parse.
type ParseOption interface {
	Option
	readFileOption()
}

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
type identAlgorithmMatch struct{}
type identInferAlgorithmFromKey struct{}
type identRequireKid struct{}
type identUseDefault struct{}
type identMultipleKeysPerKeyID struct{}
type identProtectedHeaders struct{}
type identInsecureNoSignature struct{}

// Parse parses a JWS message without verifying it.
func Parse(src []byte, options ...ParseOption) (*Message, error) { panic("stub") }

// ParseString parses a JWS message without verifying it.
func ParseString(src string, options ...ParseOption) (*Message, error) { panic("stub") }

// ParseReader parses a JWS message without verifying it.
func ParseReader(src io.Reader, options ...ParseOption) (*Message, error) { panic("stub") }

// SplitCompact splits a compact JWS into its three parts.
func SplitCompact(src []byte) ([]byte, []byte, []byte, error) { panic("stub") }

// NewHeaders returns an empty header set.
func NewHeaders() Headers { panic("stub") }

// Verify checks the signature of buf and returns its payload.
func Verify(buf []byte, options ...VerifyOption) ([]byte, error) { panic("stub") }

// VerifyCompactFast verifies a compact JWS with one key and algorithm.
func VerifyCompactFast(key any, compact []byte, alg jwa.SignatureAlgorithm) ([]byte, error) {
	panic("stub")
}

// Sign signs payload and returns the serialized message.
func Sign(payload []byte, options ...SignOption) ([]byte, error) { panic("stub") }

// KeySink receives the keys a KeyProvider offers.
type KeySink interface {
	Key(jwa.SignatureAlgorithm, any)
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
func WithKey(alg jwa.KeyAlgorithm, key any, options ...WithKeySuboption) SignVerifyOption {
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

// WithAlgorithmMatch requires the header "alg" to match the key's algorithm.
func WithAlgorithmMatch(v bool) VerifyOption {
	return stubOption{option.New(identAlgorithmMatch{}, v)}
}

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
	return stubOption{option.New[any](identInsecureNoSignature{}, nil)}
}
