// Package request exercises jwtalg on request.ParseFromRequest (v5, v4, v3
// line), with and without request.WithParser.
package request

import (
	"crypto/rsa"
	"net/http"

	jwt3 "github.com/golang-jwt/jwt"
	request3 "github.com/golang-jwt/jwt/request"
	jwt4 "github.com/golang-jwt/jwt/v4"
	request4 "github.com/golang-jwt/jwt/v4/request"
	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error)           { return pub, nil }
func keyFunc4(t *jwt4.Token) (interface{}, error) { return pub, nil }
func keyFunc3(t *jwt3.Token) (interface{}, error) { return pub, nil }

var pinned = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))

// Positives.

func noOptions(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc) // want `jwtalg: request\.ParseFromRequest accepts any algorithm the token names \(its key function keyFunc does not check token\.Method\); pass request\.WithParser\(jwt\.NewParser\(jwt\.WithValidMethods\(\[\]string\{"RS256"\}\)\)\)`
}

func claimsOnly(r *http.Request) (*jwt.Token, error) {
	claims := &jwt.RegisteredClaims{}
	return request.ParseFromRequest(r, request.BearerExtractor{}, keyFunc, request.WithClaims(claims)) // want `jwtalg: request\.ParseFromRequest accepts any algorithm`
}

func looseParser(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, keyFunc, request.WithParser(jwt.NewParser())) // want `jwtalg: request\.ParseFromRequest accepts any algorithm`
}

func withClaimsFunc(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequestWithClaims(r, request.OAuth2Extractor, &jwt.MapClaims{}, keyFunc) // want `jwtalg: request\.ParseFromRequestWithClaims accepts any algorithm`
}

func v4NoOptions(r *http.Request) (*jwt4.Token, error) {
	return request4.ParseFromRequest(r, request4.OAuth2Extractor, keyFunc4) // want `jwtalg: request\.ParseFromRequest accepts any algorithm`
}

func v3NoOptions(r *http.Request) (*jwt3.Token, error) {
	return request3.ParseFromRequest(r, request3.OAuth2Extractor, keyFunc3, request3.WithClaims(&jwt3.StandardClaims{})) // want `jwtalg: request\.ParseFromRequest accepts any algorithm`
}

// Negatives.

func withParser(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc,
		request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))))
}

func withGlobalParser(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc, request.WithClaims(&jwt.RegisteredClaims{}), request.WithParser(pinned))
}

func withParserVariable(r *http.Request) (*jwt.Token, error) {
	opt := request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})))
	return request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc, opt)
}

func v4WithParserLiteral(r *http.Request) (*jwt4.Token, error) {
	return request4.ParseFromRequest(r, request4.OAuth2Extractor, keyFunc4, request4.WithParser(&jwt4.Parser{ValidMethods: []string{"RS256"}}))
}

func v3WithParserLiteral(r *http.Request) (*jwt3.Token, error) {
	return request3.ParseFromRequest(r, request3.OAuth2Extractor, keyFunc3, request3.WithParser(&jwt3.Parser{ValidMethods: []string{"RS256"}}))
}

// Options from a parameter: unknown, not reported.
func optionsParameter(r *http.Request, opts ...request.ParseFromRequestOption) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, keyFunc, opts...)
}
