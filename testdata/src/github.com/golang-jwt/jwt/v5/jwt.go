// Package jwt is a hand-written stub of github.com/golang-jwt/jwt/v5 for
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
	ErrInvalidKey                = errors.New("key is invalid")
	ErrInvalidKeyType            = errors.New("key is of invalid type")
	ErrHashUnavailable           = errors.New("the requested hash function is unavailable")
	ErrTokenMalformed            = errors.New("token is malformed")
	ErrTokenUnverifiable         = errors.New("token is unverifiable")
	ErrTokenSignatureInvalid     = errors.New("token signature is invalid")
	ErrTokenRequiredClaimMissing = errors.New("token is missing required claim")
	ErrTokenInvalidAudience      = errors.New("token has invalid audience")
	ErrTokenExpired              = errors.New("token is expired")
	ErrTokenUsedBeforeIssued     = errors.New("token used before issued")
	ErrTokenInvalidIssuer        = errors.New("token has invalid issuer")
	ErrTokenInvalidSubject       = errors.New("token has invalid subject")
	ErrTokenNotValidYet          = errors.New("token is not valid yet")
	ErrTokenInvalidId            = errors.New("token has invalid id")
	ErrTokenInvalidClaims        = errors.New("token has invalid claims")
	ErrInvalidType               = errors.New("invalid type for claim")

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

	NoneSignatureTypeDisallowedError = errors.New("'none' signature type is not allowed")
)

var (
	TimePrecision              = time.Second
	MarshalSingleStringAsArray = true
)

// Keyfunc supplies the verification key for a parsed token.
type Keyfunc func(*Token) (any, error)

type VerificationKey interface {
	crypto.PublicKey | []uint8
}

type VerificationKeySet struct {
	Keys []VerificationKey
}

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type TokenOption func(*Token)

func New(method SigningMethod, opts ...TokenOption) *Token {
	return NewWithClaims(method, MapClaims{}, opts...)
}

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	t := &Token{
		Header: map[string]any{"typ": "JWT", "alg": method.Alg()},
		Claims: claims,
		Method: method,
	}
	for _, o := range opts {
		o(t)
	}
	return t
}

func (t *Token) SignedString(key any) (string, error) { panic("stub") }
func (t *Token) SigningString() (string, error)       { panic("stub") }
func (*Token) EncodeSegment(seg []byte) string        { panic("stub") }

// Claims.

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type ClaimsValidator interface {
	Claims
	Validate() error
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

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { panic("stub") }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { panic("stub") }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { panic("stub") }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { panic("stub") }
func (m MapClaims) GetIssuer() (string, error)               { panic("stub") }
func (m MapClaims) GetSubject() (string, error)              { panic("stub") }

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
	validMethods         []string
	useJSONNumber        bool
	skipClaimsValidation bool
	validator            *Validator
	decodeStrict         bool
	decodePaddingAllowed bool
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser {
	p := &Parser{validator: &Validator{}}
	for _, option := range options {
		option(p)
	}
	return p
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { panic("stub") }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	panic("stub")
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	panic("stub")
}
func (p *Parser) DecodeSegment(seg string) ([]byte, error) { panic("stub") }

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).Parse(tokenString, keyFunc)
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return NewParser(options...).ParseWithClaims(tokenString, claims, keyFunc)
}

func WithValidMethods(methods []string) ParserOption {
	return func(p *Parser) { p.validMethods = methods }
}

func WithJSONNumber() ParserOption {
	return func(p *Parser) { p.useJSONNumber = true }
}

func WithoutClaimsValidation() ParserOption {
	return func(p *Parser) { p.skipClaimsValidation = true }
}

func WithLeeway(leeway time.Duration) ParserOption {
	return func(p *Parser) { p.validator.leeway = leeway }
}

func WithTimeFunc(f func() time.Time) ParserOption {
	return func(p *Parser) { p.validator.timeFunc = f }
}

func WithIssuedAt() ParserOption {
	return func(p *Parser) { p.validator.verifyIat = true }
}

func WithExpirationRequired() ParserOption {
	return func(p *Parser) { p.validator.requireExp = true }
}

func WithNotBeforeRequired() ParserOption {
	return func(p *Parser) { p.validator.requireNbf = true }
}

func WithAudience(aud ...string) ParserOption {
	return func(p *Parser) { p.validator.expectedAud = aud }
}

func WithAllAudiences(aud ...string) ParserOption {
	return func(p *Parser) {
		p.validator.expectedAud = aud
		p.validator.expectAllAud = true
	}
}

func WithIssuer(iss string) ParserOption {
	return func(p *Parser) { p.validator.expectedIss = iss }
}

func WithSubject(sub string) ParserOption {
	return func(p *Parser) { p.validator.expectedSub = sub }
}

func WithPaddingAllowed() ParserOption {
	return func(p *Parser) { p.decodePaddingAllowed = true }
}

func WithStrictDecoding() ParserOption {
	return func(p *Parser) { p.decodeStrict = true }
}

type Validator struct {
	leeway       time.Duration
	timeFunc     func() time.Time
	requireExp   bool
	requireNbf   bool
	verifyIat    bool
	expectedAud  []string
	expectAllAud bool
	expectedIss  string
	expectedSub  string
}

func NewValidator(opts ...ParserOption) *Validator {
	return NewParser(opts...).validator
}

func (v *Validator) Validate(claims Claims) error { panic("stub") }

// Signing methods.

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
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
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error {
	panic("stub")
}
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

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
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error {
	panic("stub")
}
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

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

func (m *SigningMethodRSAPSS) Verify(signingString string, sig []byte, key any) error {
	panic("stub")
}
func (m *SigningMethodRSAPSS) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

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
func (m *SigningMethodECDSA) Verify(signingString string, sig []byte, key any) error {
	panic("stub")
}
func (m *SigningMethodECDSA) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

type SigningMethodEd25519 struct{}

var SigningMethodEdDSA = &SigningMethodEd25519{}

func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error {
	panic("stub")
}
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

// The "none" algorithm: usable only with the UnsafeAllowNoneSignatureType key.

type signingMethodNone struct{}

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var SigningMethodNone = &signingMethodNone{}

func (m *signingMethodNone) Alg() string { return "none" }
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) (err error) {
	panic("stub")
}
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error) { panic("stub") }

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
