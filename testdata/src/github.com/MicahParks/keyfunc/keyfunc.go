// Package keyfunc is a hand-written stub of github.com/MicahParks/keyfunc
// (v1.9.0, built on github.com/golang-jwt/jwt/v4) for analysistest: the
// whole exported API (Get, GetMultiple, NewJSON, NewGiven..., Options, JWKS).
package keyfunc

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

var (
	ErrECDSACurve            = errors.New("invalid ECDSA curve")
	ErrRefreshImpossible     = errors.New("refresh impossible: JWKS was not created from a remote resource")
	ErrJWKAlgMismatch        = errors.New(`the given JWK was found, but its "alg" parameter's value did not match the expected algorithm`)
	ErrJWKUseWhitelist       = errors.New(`the given JWK was found, but its "use" parameter's value was not whitelisted`)
	ErrKIDNotFound           = errors.New("the given key ID was not found in the JWKS")
	ErrMissingAssets         = errors.New("required assets are missing to create a public key")
	ErrKID                   = errors.New("the JWT has an invalid kid")
	ErrMultipleJWKSSize      = errors.New("multiple JWKS must have two or more remote JWK Set resources")
	ErrInvalidHTTPStatusCode = errors.New("invalid HTTP status code")
)

type JWKUse string

const (
	UseEncryption JWKUse = "enc"
	UseOmitted    JWKUse = ""
	UseSignature  JWKUse = "sig"
)

type ErrorHandler func(err error)

type Options struct {
	Client              *http.Client
	Ctx                 context.Context
	GivenKeys           map[string]GivenKey
	GivenKIDOverride    bool
	JWKUseWhitelist     []JWKUse
	JWKUseNoWhitelist   bool
	RefreshErrorHandler ErrorHandler
	RefreshInterval     time.Duration
	RefreshRateLimit    time.Duration
	RefreshTimeout      time.Duration
	RefreshUnknownKID   bool
	RequestFactory      func(ctx context.Context, url string) (*http.Request, error)
	ResponseExtractor   func(ctx context.Context, resp *http.Response) (json.RawMessage, error)
}

type RefreshOptions struct {
	IgnoreRateLimit bool
}

type GivenKeyOptions struct {
	Algorithm string
}

type GivenKey struct {
	algorithm string
	inter     interface{}
}

func NewGiven(givenKeys map[string]GivenKey) (jwks *JWKS) { return &JWKS{givenKeys: givenKeys} }
func NewGivenCustom(key interface{}) (givenKey GivenKey)  { return GivenKey{inter: key} }
func NewGivenCustomWithOptions(key interface{}, options GivenKeyOptions) (givenKey GivenKey) {
	return GivenKey{algorithm: options.Algorithm, inter: key}
}
func NewGivenECDSA(key *ecdsa.PublicKey) (givenKey GivenKey) { return GivenKey{inter: key} }
func NewGivenECDSACustomWithOptions(key *ecdsa.PublicKey, options GivenKeyOptions) (givenKey GivenKey) {
	return GivenKey{algorithm: options.Algorithm, inter: key}
}
func NewGivenEdDSA(key ed25519.PublicKey) (givenKey GivenKey) { return GivenKey{inter: key} }
func NewGivenEdDSACustomWithOptions(key ed25519.PublicKey, options GivenKeyOptions) (givenKey GivenKey) {
	return GivenKey{algorithm: options.Algorithm, inter: key}
}
func NewGivenHMAC(key []byte) (givenKey GivenKey) { return GivenKey{inter: key} }
func NewGivenHMACCustomWithOptions(key []byte, options GivenKeyOptions) (givenKey GivenKey) {
	return GivenKey{algorithm: options.Algorithm, inter: key}
}
func NewGivenRSA(key *rsa.PublicKey) (givenKey GivenKey) { return GivenKey{inter: key} }
func NewGivenRSACustomWithOptions(key *rsa.PublicKey, options GivenKeyOptions) (givenKey GivenKey) {
	return GivenKey{algorithm: options.Algorithm, inter: key}
}
func NewGivenKeysFromJSON(jwksBytes json.RawMessage) (map[string]GivenKey, error) {
	panic("stub")
}

// JWKS is a JSON Web Key Set whose Keyfunc method is a jwt.Keyfunc.
type JWKS struct {
	givenKeys map[string]GivenKey
	jwksURL   string
}

func Get(jwksURL string, options Options) (jwks *JWKS, err error) {
	return &JWKS{givenKeys: options.GivenKeys, jwksURL: jwksURL}, nil
}

func NewJSON(jwksBytes json.RawMessage) (jwks *JWKS, err error) { return &JWKS{}, nil }

func (j *JWKS) Refresh(ctx context.Context, options RefreshOptions) error { panic("stub") }
func (j *JWKS) EndBackground()                                            {}
func (j *JWKS) KIDs() (kids []string)                                     { panic("stub") }
func (j *JWKS) Len() int                                                  { panic("stub") }
func (j *JWKS) RawJWKS() []byte                                           { panic("stub") }
func (j *JWKS) ReadOnlyKeys() map[string]interface{}                      { panic("stub") }
func (j *JWKS) Keyfunc(token *jwt.Token) (interface{}, error)             { panic("stub") }

type MultipleOptions struct {
	KeySelector func(multiJWKS *MultipleJWKS, token *jwt.Token) (key interface{}, err error)
}

type MultipleJWKS struct {
	keySelector func(multiJWKS *MultipleJWKS, token *jwt.Token) (key interface{}, err error)
	sets        map[string]*JWKS
}

func GetMultiple(multiple map[string]Options, options MultipleOptions) (multiJWKS *MultipleJWKS, err error) {
	panic("stub")
}

func (m *MultipleJWKS) Keyfunc(token *jwt.Token) (interface{}, error) {
	return m.keySelector(m, token)
}
func (m *MultipleJWKS) JWKSets() map[string]*JWKS { return m.sets }

func KeySelectorFirst(multiJWKS *MultipleJWKS, token *jwt.Token) (key interface{}, err error) {
	panic("stub")
}

func ResponseExtractorStatusOK(ctx context.Context, resp *http.Response) (json.RawMessage, error) {
	panic("stub")
}
func ResponseExtractorStatusAny(ctx context.Context, resp *http.Response) (json.RawMessage, error) {
	panic("stub")
}
