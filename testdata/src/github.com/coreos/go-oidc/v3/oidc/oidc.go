// Package oidc is a hand-written stub of github.com/coreos/go-oidc/v3/oidc
// (v3.21.0): provider discovery (NewProvider, ProviderConfig), ID token
// verification (Config with all its fields, IDTokenVerifier, IDToken),
// key sets (remote, static), user info, and the context helpers.
package oidc

import (
	"context"
	"crypto"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// Signature algorithms.
const (
	RS256 = "RS256"
	RS384 = "RS384"
	RS512 = "RS512"
	ES256 = "ES256"
	ES384 = "ES384"
	ES512 = "ES512"
	PS256 = "PS256"
	PS384 = "PS384"
	PS512 = "PS512"
	EdDSA = "EdDSA"
)

// Standard scopes.
const (
	ScopeOpenID        = "openid"
	ScopeOfflineAccess = "offline_access"
	ScopeEmail         = "email"
	ScopeProfile       = "profile"
)

type clientKey struct{}
type issuerURLKey struct{}

// ClientContext makes the package use client for its requests.
func ClientContext(ctx context.Context, client *http.Client) context.Context {
	return context.WithValue(ctx, clientKey{}, client)
}

// InsecureIssuerURLContext lets discovery accept an issuer different from
// the one it was asked for.
func InsecureIssuerURLContext(ctx context.Context, issuerURL string) context.Context {
	return context.WithValue(ctx, issuerURLKey{}, issuerURL)
}

// Nonce returns an option that adds a nonce to the authorization request.
func Nonce(nonce string) oauth2.AuthCodeOption { return oauth2.SetAuthURLParam("nonce", nonce) }

// KeySet verifies JWS signatures.
type KeySet interface {
	VerifySignature(ctx context.Context, jwt string) (payload []byte, err error)
}

// RemoteKeySet fetches keys from a JWKS URL.
type RemoteKeySet struct {
	jwksURL string
	ctx     context.Context
}

// NewRemoteKeySet returns a KeySet backed by the JWKS at jwksURL.
func NewRemoteKeySet(ctx context.Context, jwksURL string) *RemoteKeySet {
	return &RemoteKeySet{jwksURL: jwksURL, ctx: ctx}
}

func (r *RemoteKeySet) VerifySignature(ctx context.Context, jwt string) ([]byte, error) {
	panic("stub")
}

// StaticKeySet verifies with fixed public keys.
type StaticKeySet struct {
	PublicKeys []crypto.PublicKey
}

func (s *StaticKeySet) VerifySignature(ctx context.Context, jwt string) ([]byte, error) {
	panic("stub")
}

// Config configures an IDTokenVerifier.
type Config struct {
	ClientID                   string
	SupportedSigningAlgs       []string
	SkipClientIDCheck          bool
	SkipExpiryCheck            bool
	SkipIssuerCheck            bool
	Now                        func() time.Time
	InsecureSkipSignatureCheck bool
}

// IDTokenVerifier verifies ID tokens.
type IDTokenVerifier struct {
	keySet KeySet
	config *Config
	issuer string
}

// NewVerifier returns a verifier for tokens of issuerURL signed by keySet.
func NewVerifier(issuerURL string, keySet KeySet, config *Config) *IDTokenVerifier {
	return &IDTokenVerifier{keySet: keySet, config: config, issuer: issuerURL}
}

// Verify parses and verifies a raw ID token.
func (v *IDTokenVerifier) Verify(ctx context.Context, rawIDToken string) (*IDToken, error) {
	panic("stub")
}

// IDToken is a verified ID token.
type IDToken struct {
	Issuer          string
	Audience        []string
	Subject         string
	Expiry          time.Time
	IssuedAt        time.Time
	Nonce           string
	AccessTokenHash string

	claims []byte
}

// Claims decodes the token's claims into v.
func (i *IDToken) Claims(v any) error { panic("stub") }

// VerifyAccessToken checks accessToken against the at_hash claim.
func (i *IDToken) VerifyAccessToken(accessToken string) error { panic("stub") }

// Provider is a discovered OpenID Connect provider.
type Provider struct {
	issuer      string
	authURL     string
	tokenURL    string
	userInfoURL string
	jwksURL     string
	algorithms  []string
}

// NewProvider discovers the provider at issuer.
func NewProvider(ctx context.Context, issuer string) (*Provider, error) { panic("stub") }

// ProviderConfig describes a provider without discovery.
type ProviderConfig struct {
	IssuerURL     string   `json:"issuer"`
	AuthURL       string   `json:"authorization_endpoint"`
	TokenURL      string   `json:"token_endpoint"`
	DeviceAuthURL string   `json:"device_authorization_endpoint"`
	UserInfoURL   string   `json:"userinfo_endpoint"`
	JWKSURL       string   `json:"jwks_uri"`
	Algorithms    []string `json:"id_token_signing_alg_values_supported"`
}

// NewProvider builds a Provider from p.
func (p *ProviderConfig) NewProvider(ctx context.Context) *Provider {
	return &Provider{issuer: p.IssuerURL, authURL: p.AuthURL, tokenURL: p.TokenURL, userInfoURL: p.UserInfoURL, jwksURL: p.JWKSURL, algorithms: p.Algorithms}
}

// Verifier returns a verifier using the provider's keys.
func (p *Provider) Verifier(config *Config) *IDTokenVerifier {
	return p.VerifierContext(context.Background(), config)
}

// VerifierContext is Verifier with a context for key fetches.
func (p *Provider) VerifierContext(ctx context.Context, config *Config) *IDTokenVerifier {
	return NewVerifier(p.issuer, NewRemoteKeySet(ctx, p.jwksURL), config)
}

// Endpoint returns the OAuth2 endpoints of the provider.
func (p *Provider) Endpoint() oauth2.Endpoint {
	return oauth2.Endpoint{AuthURL: p.authURL, TokenURL: p.tokenURL}
}

// Claims decodes the discovery document into v.
func (p *Provider) Claims(v any) error { panic("stub") }

// UserInfoEndpoint returns the user info URL.
func (p *Provider) UserInfoEndpoint() string { return p.userInfoURL }

// UserInfo fetches the user info with a token.
func (p *Provider) UserInfo(ctx context.Context, tokenSource oauth2.TokenSource) (*UserInfo, error) {
	panic("stub")
}

// UserInfo is the response of the user info endpoint.
type UserInfo struct {
	Subject       string `json:"sub"`
	Profile       string `json:"profile"`
	Email         string `json:"email"`
	EmailVerified bool   `json:"email_verified"`

	claims []byte
}

// Claims decodes the user info into v.
func (u *UserInfo) Claims(v any) error { panic("stub") }

// TokenExpiredError reports an expired token.
type TokenExpiredError struct {
	Expiry time.Time
}

func (e *TokenExpiredError) Error() string { return "oidc: token is expired" }
