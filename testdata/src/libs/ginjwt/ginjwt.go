// Package ginjwt exercises the parse checks on appleboy/gin-jwt: a custom
// KeyFunc without the SigningAlgorithm pin, public keys without aud/iss,
// and the claims the middleware hands to handlers as token data.
package ginjwt

import (
	"database/sql"
	"errors"

	ginjwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

var (
	db     *sql.DB
	secret []byte
)

// The default key function pins SigningAlgorithm; gin-jwt requires exp.
func hmacDefault() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{Realm: "api", Key: secret, SigningAlgorithm: "HS256"})
}

// A custom KeyFunc: SigningAlgorithm no longer applies.
func keyFuncUnpinned() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{ // want `jwtalg: jwt\.New`
		Realm: "api",
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			return secret, nil
		},
	})
}

// Twin: the KeyFunc checks the method.
func keyFuncPinned() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm: "api",
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			if t.Method != jwt.SigningMethodHS256 {
				return nil, errors.New("unexpected method")
			}
			return secret, nil
		},
	})
}

// Twin: the parser options pin the method for a custom KeyFunc.
func keyFuncValidMethods() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm:        "api",
		ParseOptions: []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256"})},
		KeyFunc: func(t *jwt.Token) (interface{}, error) {
			return secret, nil
		},
	})
}

// Public-key mode: tokens from another issuer, aud and iss unchecked.
func publicKey() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{ // want `jwtclaims: jwt\.New accepts tokens without checking aud, iss \(tokens verified with an RSA public key come from another issuer\); check jwt\.ExtractClaims\(c\)\["aud"\] in Authorizator`
		Realm: "api", SigningAlgorithm: "RS256", PubKeyFile: "/etc/api/jwt.pub",
	})
}

// The middleware's claims are token data: into SQL text, jwtsql's.
func claimsInSQL(c *gin.Context) error {
	claims := ginjwt.ExtractClaims(c)
	user, _ := claims["id"].(string)
	_, err := db.Exec("DELETE FROM carts WHERE owner = '" + user + "'") // want `jwtsql: claim "id" from jwt\.ExtractClaims at ginjwt\.go:\d+ reaches the query text`
	return err
}

// Twin: bound.
func claimsBound(c *gin.Context) error {
	claims := ginjwt.ExtractClaims(c)
	_, err := db.Exec("DELETE FROM carts WHERE owner = $1", claims["id"])
	return err
}
