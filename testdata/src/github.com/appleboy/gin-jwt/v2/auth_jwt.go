// Package jwt is a hand-written stub of github.com/appleboy/gin-jwt/v2
// (v2.10.3, built on github.com/golang-jwt/jwt/v4): GinJWTMiddleware with
// all its exported fields and methods, New, and the claim helpers.
package jwt

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

// MapClaims are the claims of a token.
type MapClaims map[string]interface{}

// IdentityKey is the default claim holding the identity.
var IdentityKey = "identity"

// Errors (a subset).
var (
	ErrMissingSecretKey         = errors.New("gin-jwt: no secret key")
	ErrForbidden                = errors.New("gin-jwt: forbidden")
	ErrMissingAuthenticatorFunc = errors.New("gin-jwt: no Authenticator")
	ErrFailedAuthentication     = errors.New("gin-jwt: authentication failed")
	ErrExpiredToken             = errors.New("gin-jwt: expired token")
	ErrEmptyAuthHeader          = errors.New("gin-jwt: empty auth header")
	ErrInvalidSigningAlgorithm  = errors.New("gin-jwt: bad signing algorithm")
)

// GinJWTMiddleware is the configuration and state of the middleware.
type GinJWTMiddleware struct {
	Realm                 string
	SigningAlgorithm      string
	Key                   []byte
	KeyFunc               func(token *jwt.Token) (interface{}, error)
	Timeout               time.Duration
	TimeoutFunc           func(data interface{}) time.Duration
	MaxRefresh            time.Duration
	Authenticator         func(c *gin.Context) (interface{}, error)
	Authorizator          func(data interface{}, c *gin.Context) bool
	PayloadFunc           func(data interface{}) MapClaims
	Unauthorized          func(c *gin.Context, code int, message string)
	LoginResponse         func(c *gin.Context, code int, message string, time time.Time)
	LogoutResponse        func(c *gin.Context, code int)
	RefreshResponse       func(c *gin.Context, code int, message string, time time.Time)
	IdentityHandler       func(*gin.Context) interface{}
	IdentityKey           string
	TokenLookup           string
	TokenHeadName         string
	TimeFunc              func() time.Time
	HTTPStatusMessageFunc func(e error, c *gin.Context) string
	PrivKeyFile           string
	PrivKeyBytes          []byte
	PubKeyFile            string
	PrivateKeyPassphrase  string
	PubKeyBytes           []byte
	SendCookie            bool
	CookieMaxAge          time.Duration
	SecureCookie          bool
	CookieHTTPOnly        bool
	CookieDomain          string
	SendAuthorization     bool
	DisabledAbort         bool
	CookieName            string
	CookieSameSite        http.SameSite
	ParseOptions          []jwt.ParserOption
	ExpField              string
}

// New checks m and fills in defaults.
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) {
	if err := m.MiddlewareInit(); err != nil {
		return nil, err
	}
	return m, nil
}

func (mw *GinJWTMiddleware) MiddlewareInit() error { return nil }

// MiddlewareFunc returns the token-checking middleware.
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { panic("stub") }

func (mw *GinJWTMiddleware) GetClaimsFromJWT(c *gin.Context) (MapClaims, error) { panic("stub") }
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context)                        { panic("stub") }
func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context)                       { panic("stub") }
func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context)                      { panic("stub") }
func (mw *GinJWTMiddleware) RefreshToken(c *gin.Context) (string, time.Time, error) {
	panic("stub")
}
func (mw *GinJWTMiddleware) CheckIfTokenExpire(c *gin.Context) (jwt.MapClaims, error) {
	panic("stub")
}
func (mw *GinJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	panic("stub")
}

// ParseToken parses and verifies the token of the request.
func (mw *GinJWTMiddleware) ParseToken(c *gin.Context) (*jwt.Token, error) { panic("stub") }

// ParseTokenString parses and verifies token.
func (mw *GinJWTMiddleware) ParseTokenString(token string) (*jwt.Token, error) { panic("stub") }

func (mw *GinJWTMiddleware) SetCookie(c *gin.Context, token string) {}

// ExtractClaims returns the claims the middleware stored in c.
func ExtractClaims(c *gin.Context) MapClaims {
	claims, exists := c.Get("JWT_PAYLOAD")
	if !exists {
		return make(MapClaims)
	}
	return claims.(MapClaims)
}

// ExtractClaimsFromToken returns the claims of token.
func ExtractClaimsFromToken(token *jwt.Token) MapClaims { panic("stub") }

// GetToken returns the raw token the middleware stored in c.
func GetToken(c *gin.Context) string { return c.GetString("JWT_TOKEN") }
