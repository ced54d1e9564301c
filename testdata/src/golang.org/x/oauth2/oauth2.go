// Package oauth2 is a hand-written stub of golang.org/x/oauth2 (v0.38.0):
// Config with AuthCodeURL and Exchange, Token (with Extra, where an OIDC
// id_token arrives), TokenSource, Endpoint and AuthCodeOption, as used by
// go-oidc and login handlers.
package oauth2

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// AuthStyle says how the client authenticates to the token endpoint.
type AuthStyle int

// Endpoint holds the URLs of a provider.
type Endpoint struct {
	AuthURL       string
	DeviceAuthURL string
	TokenURL      string
	AuthStyle     AuthStyle
}

// Token is an OAuth 2.0 token.
type Token struct {
	AccessToken  string    `json:"access_token"`
	TokenType    string    `json:"token_type,omitempty"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	Expiry       time.Time `json:"expiry,omitempty"`
	ExpiresIn    int64     `json:"expires_in,omitempty"`

	raw any
}

// Extra returns an extra field of the token response, such as "id_token".
func (t *Token) Extra(key string) any {
	if m, ok := t.raw.(map[string]any); ok {
		return m[key]
	}
	return nil
}

func (t *Token) Type() string { return t.TokenType }
func (t *Token) Valid() bool  { return t != nil && t.AccessToken != "" }
func (t *Token) SetAuthHeader(r *http.Request) {
	r.Header.Set("Authorization", t.Type()+" "+t.AccessToken)
}
func (t *Token) WithExtra(extra any) *Token {
	t2 := *t
	t2.raw = extra
	return &t2
}

// TokenSource supplies tokens.
type TokenSource interface {
	Token() (*Token, error)
}

// StaticTokenSource always returns t.
func StaticTokenSource(t *Token) TokenSource { panic("stub") }

// AuthCodeOption adds a parameter to the authorization or token request.
type AuthCodeOption interface {
	setValue(url.Values)
}

type setParam struct{ k, v string }

func (p setParam) setValue(m url.Values) { m.Set(p.k, p.v) }

// SetAuthURLParam sets a request parameter.
func SetAuthURLParam(key string, value string) AuthCodeOption { return setParam{key, value} }

// Config is a client's OAuth 2.0 configuration.
type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

// AuthCodeURL returns the URL of the consent page.
func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { panic("stub") }

// Exchange trades an authorization code for a token.
func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	panic("stub")
}

// TokenSource returns a refreshing token source.
func (c *Config) TokenSource(ctx context.Context, t *Token) TokenSource { panic("stub") }

// Client returns an HTTP client that sends the token.
func (c *Config) Client(ctx context.Context, t *Token) *http.Client { panic("stub") }
