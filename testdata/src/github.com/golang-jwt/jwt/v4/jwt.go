// Package jwt is a hand-written stub of github.com/golang-jwt/jwt/v4 for
// analysistest. It reproduces the exported API (names, signatures, types and
// the values that analyzers look at); behaviour is not implemented.
package jwt

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
	"time"
)

var (
	ErrInvalidKey      = errors.New("key is invalid")
	ErrInvalidKeyType  = errors.New("key is of invalid type")
	ErrHashUnavailable = errors.New("the requested hash function is unavailable")

	ErrTokenMalformed        = errors.New("token is malformed")
	ErrTokenUnverifiable     = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
	ErrTokenInvalidAudience  = errors.New("token has invalid audience")
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenUsedBeforeIssued = errors.New("token used before issued")
	ErrTokenInvalidIssuer    = errors.New("token has invalid issuer")
	ErrTokenNotValidYet      = errors.New("token is not valid yet")
	ErrTokenInvalidId        = errors.New("token has invalid id")
	ErrTokenInvalidClaims    = errors.New("token has invalid claims")

	ErrECDSAVerification   = errors.New("crypto/ecdsa: verification error")
	ErrEd25519Verification = errors.New("ed25519: verification error")
	ErrSignatureInvalid    = errors.New("signature is invalid")

	ErrNotECPublicKey      = errors.New("key is not a valid ECDSA public key")
	ErrNotECPrivateKey     = errors.New("key is not a valid ECDSA private key")
	ErrNotEdPrivateKey     = errors.New("key is not a valid Ed25519 private key")
	ErrNotEdPublicKey      = errors.New("key is not a valid Ed25519 public key")
	ErrKeyMustBePEMEncoded = errors.New("invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key")
	ErrNotRSAPrivateKey    = errors.New("key is not a valid RSA private key")
	ErrNotRSAPublicKey     = errors.New("key is not a valid RSA public key")
)

// Bits of ValidationError.Errors.
const (
	ValidationErrorMalformed uint32 = 1 << iota
	ValidationErrorUnverifiable
	ValidationErrorSignatureInvalid
	ValidationErrorAudience
	ValidationErrorExpired
	ValidationErrorIssuedAt
	ValidationErrorIssuer
	ValidationErrorNotValidYet
	ValidationErrorId
	ValidationErrorClaimsInvalid
)

type ValidationError struct {
	Inner  error
	Errors uint32
	text   string
}

func NewValidationError(errorText string, errorFlags uint32) *ValidationError {
	return &ValidationError{text: errorText, Errors: errorFlags}
}

func (e ValidationError) Error() string {
	if e.Inner != nil {
		return e.Inner.Error()
	}
	return e.text
}

func (e *ValidationError) Unwrap() error     { return e.Inner }
func (e *ValidationError) Is(err error) bool { panic("stub") }

var NoneSignatureTypeDisallowedError error = NewValidationError("'none' signature type is not allowed", ValidationErrorSignatureInvalid)

var (
	TimeFunc                   = time.Now
	TimePrecision              = time.Second
	MarshalSingleStringAsArray = true
	DecodePaddingAllowed       bool
	DecodeStrict               bool
)

type Keyfunc func(*Token) (interface{}, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

func New(method SigningMethod) *Token {
	return NewWithClaims(method, MapClaims{})
}

func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{
		Header: map[string]interface{}{"typ": "JWT", "alg": method.Alg()},
		Claims: claims,
		Method: method,
	}
}

func (t *Token) SignedString(key interface{}) (string, error) { panic("stub") }
func (t *Token) SigningString() (string, error)               { panic("stub") }

func EncodeSegment(seg []byte) string          { panic("stub") }
func DecodeSegment(seg string) ([]byte, error) { panic("stub") }

// Claims.

type Claims interface {
	Valid() error
}

type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) Valid() error                                  { panic("stub") }
func (c *RegisteredClaims) VerifyAudience(cmp string, req bool) bool     { panic("stub") }
func (c *RegisteredClaims) VerifyExpiresAt(cmp time.Time, req bool) bool { panic("stub") }
func (c *RegisteredClaims) VerifyIssuedAt(cmp time.Time, req bool) bool  { panic("stub") }
func (c *RegisteredClaims) VerifyNotBefore(cmp time.Time, req bool) bool { panic("stub") }
func (c *RegisteredClaims) VerifyIssuer(cmp string, req bool) bool       { panic("stub") }

type StandardClaims struct {
	Audience  string `json:"aud,omitempty"`
	ExpiresAt int64  `json:"exp,omitempty"`
	Id        string `json:"jti,omitempty"`
	IssuedAt  int64  `json:"iat,omitempty"`
	Issuer    string `json:"iss,omitempty"`
	NotBefore int64  `json:"nbf,omitempty"`
	Subject   string `json:"sub,omitempty"`
}

func (c StandardClaims) Valid() error                              { panic("stub") }
func (c *StandardClaims) VerifyAudience(cmp string, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyExpiresAt(cmp int64, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyIssuedAt(cmp int64, req bool) bool  { panic("stub") }
func (c *StandardClaims) VerifyNotBefore(cmp int64, req bool) bool { panic("stub") }
func (c *StandardClaims) VerifyIssuer(cmp string, req bool) bool   { panic("stub") }

type MapClaims map[string]interface{}

func (m MapClaims) VerifyAudience(cmp string, req bool) bool { panic("stub") }
func (m MapClaims) VerifyExpiresAt(cmp int64, req bool) bool { panic("stub") }
func (m MapClaims) VerifyIssuedAt(cmp int64, req bool) bool  { panic("stub") }
func (m MapClaims) VerifyNotBefore(cmp int64, req bool) bool { panic("stub") }
func (m MapClaims) VerifyIssuer(cmp string, req bool) bool   { panic("stub") }
func (m MapClaims) Valid() error                             { panic("stub") }

type NumericDate struct {
	time.Time
}

func NewNumericDate(t time.Time) *NumericDate {
	return &NumericDate{t.Truncate(TimePrecision)}
}

func (date NumericDate) MarshalJSON() (b []byte, err error)  { panic("stub") }
func (date *NumericDate) UnmarshalJSON(b []byte) (err error) { panic("stub") }

type ClaimStrings []string

func (s *ClaimStrings) UnmarshalJSON(data []byte) (err error) { panic("stub") }
func (s ClaimStrings) MarshalJSON() (b []byte, err error)     { panic("stub") }

// Parser and options.

type Parser struct {
	ValidMethods         []string
	UseJSONNumber        bool
	SkipClaimsValidation bool
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser {
	p := &Parser{}
	for _, option := range options {
		option(p)
	}
	return p
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) {
	return p.ParseWithClaims(tokenString, MapClaims{}, keyFunc)
}
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	panic("stub")
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.ValidMethods = methods }
}

func WithJSONNumber() ParserOption {
	return func(p *Parser) { p.UseJSONNumber = true }
}

func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.SkipClaimsValidation = true }
}

// Signing methods.

type SigningMethod interface {
	Verify(signingString, signature string, key interface{}) error
	Sign(signingString string, key interface{}) (string, error)
	Alg() string
}

var signingMethods = map[string]func() SigningMethod{}

func RegisterSigningMethod(alg string, f func() SigningMethod) {
	signingMethods[alg] = f
}

func GetSigningMethod(alg string) (method SigningMethod) {
	if f, ok := signingMethods[alg]; ok {
		method = f()
	}
	return
}

func GetAlgorithms() (algs []string) {
	for alg := range signingMethods {
		algs = append(algs, alg)
	}
	return
}

type SigningMethodHMAC struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256", crypto.SHA256}
	SigningMethodHS384 = &SigningMethodHMAC{"HS384", crypto.SHA384}
	SigningMethodHS512 = &SigningMethodHMAC{"HS512", crypto.SHA512}
)

func (m *SigningMethodHMAC) Alg() string { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodHMAC) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

type SigningMethodRSA struct {
	Name string
	Hash crypto.Hash
}

var (
	SigningMethodRS256 = &SigningMethodRSA{"RS256", crypto.SHA256}
	SigningMethodRS384 = &SigningMethodRSA{"RS384", crypto.SHA384}
	SigningMethodRS512 = &SigningMethodRSA{"RS512", crypto.SHA512}
)

func (m *SigningMethodRSA) Alg() string { return m.Name }
func (m *SigningMethodRSA) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodRSA) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

type SigningMethodRSAPSS struct {
	*SigningMethodRSA
	Options       *rsa.PSSOptions
	VerifyOptions *rsa.PSSOptions
}

var (
	SigningMethodPS256 = newPSS("PS256", crypto.SHA256)
	SigningMethodPS384 = newPSS("PS384", crypto.SHA384)
	SigningMethodPS512 = newPSS("PS512", crypto.SHA512)
)

func newPSS(name string, h crypto.Hash) *SigningMethodRSAPSS {
	return &SigningMethodRSAPSS{
		SigningMethodRSA: &SigningMethodRSA{Name: name, Hash: h},
		Options:          &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash},
		VerifyOptions:    &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto},
	}
}

func (m *SigningMethodRSAPSS) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodRSAPSS) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

type SigningMethodECDSA struct {
	Name      string
	Hash      crypto.Hash
	KeySize   int
	CurveBits int
}

var (
	SigningMethodES256 = &SigningMethodECDSA{"ES256", crypto.SHA256, 32, 256}
	SigningMethodES384 = &SigningMethodECDSA{"ES384", crypto.SHA384, 48, 384}
	SigningMethodES512 = &SigningMethodECDSA{"ES512", crypto.SHA512, 66, 521}
)

func (m *SigningMethodECDSA) Alg() string { return m.Name }
func (m *SigningMethodECDSA) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodECDSA) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

type SigningMethodEd25519 struct{}

var SigningMethodEdDSA = &SigningMethodEd25519{}

func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString, signature string, key interface{}) error {
	panic("stub")
}
func (m *SigningMethodEd25519) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

// The "none" algorithm: usable only with the UnsafeAllowNoneSignatureType key.

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var SigningMethodNone = &signingMethodNone{}

func (m *signingMethodNone) Alg() string { return "none" }
func (m *signingMethodNone) Verify(signingString, signature string, key interface{}) (err error) {
	panic("stub")
}
func (m *signingMethodNone) Sign(signingString string, key interface{}) (string, error) {
	panic("stub")
}

func init() {
	for _, m := range []SigningMethod{
		SigningMethodHS256, SigningMethodHS384, SigningMethodHS512,
		SigningMethodRS256, SigningMethodRS384, SigningMethodRS512,
		SigningMethodPS256, SigningMethodPS384, SigningMethodPS512,
		SigningMethodES256, SigningMethodES384, SigningMethodES512,
		SigningMethodEdDSA, SigningMethodNone,
	} {
		m := m
		RegisterSigningMethod(m.Alg(), func() SigningMethod { return m })
	}
}

// Key parsing helpers.

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { panic("stub") }
func ParseRSAPrivateKeyFromPEMWithPassword(key []byte, password string) (*rsa.PrivateKey, error) {
	panic("stub")
}
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error)    { panic("stub") }
func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { panic("stub") }
func ParseECPublicKeyFromPEM(key []byte) (*ecdsa.PublicKey, error)   { panic("stub") }
func ParseEdPrivateKeyFromPEM(key []byte) (crypto.PrivateKey, error) { panic("stub") }
func ParseEdPublicKeyFromPEM(key []byte) (crypto.PublicKey, error)   { panic("stub") }
