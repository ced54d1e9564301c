// Package request is a hand-written stub of github.com/form3tech-oss/jwt-go/request
// for analysistest.
package request

import (
	"errors"
	"net/http"
	"strings"

	"github.com/form3tech-oss/jwt-go"
)

var ErrNoTokenInRequest = errors.New("no token present in request")

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

type ArgumentExtractor []string

func (e ArgumentExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

type MultiExtractor []Extractor

func (e MultiExtractor) ExtractToken(req *http.Request) (string, error) { panic("stub") }

type PostExtractionFilter struct {
	Extractor
	Filter func(string) (string, error)
}

func (e *PostExtractionFilter) ExtractToken(req *http.Request) (string, error) { panic("stub") }

var AuthorizationHeaderExtractor = &PostExtractionFilter{
	HeaderExtractor{"Authorization"},
	stripBearer,
}

var OAuth2Extractor = &MultiExtractor{
	AuthorizationHeaderExtractor,
	ArgumentExtractor{"access_token"},
}

func stripBearer(tok string) (string, error) {
	return strings.TrimPrefix(tok, "Bearer "), nil
}

type fromRequestParser struct {
	req       *http.Request
	extractor Extractor
	claims    jwt.Claims
	parser    *jwt.Parser
}

type ParseFromRequestOption func(*fromRequestParser)

func WithClaims(claims jwt.Claims) ParseFromRequestOption {
	return func(p *fromRequestParser) { p.claims = claims }
}

func WithParser(parser *jwt.Parser) ParseFromRequestOption {
	return func(p *fromRequestParser) { p.parser = parser }
}

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	panic("stub")
}

func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (token *jwt.Token, err error) {
	return ParseFromRequest(req, extractor, keyFunc, WithClaims(claims))
}
