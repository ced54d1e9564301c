// Package options exercises how jwtclaims finds golang-jwt v5 claim options
// (WithAudience, WithIssuer, WithExpirationRequired) in variables, helpers,
// parsers held in struct fields and request.WithParser.
package options

import (
	"crypto/rsa"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var pub *rsa.PublicKey

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

var strictOpts = []jwt.ParserOption{
	jwt.WithValidMethods([]string{"RS256"}),
	jwt.WithAudience("api://orders"),
	jwt.WithIssuer("https://idp.example.com/"),
	jwt.WithExpirationRequired(),
}

func strictOptions() []jwt.ParserOption { return strictOpts }

type verifier struct{ p *jwt.Parser }

func newVerifier() *verifier { return &verifier{p: jwt.NewParser(strictOpts...)} }

func (v *verifier) verify(s string) (*jwt.Token, error) { return v.p.Parse(s, rsaKey) }

// Positives.

// The audience is required on one path only.
func audienceSometimes(s string, aud string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired()}
	if aud != "" {
		opts = append(opts, jwt.WithAudience(aud))
	}
	return jwt.Parse(s, rsaKey, opts...) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud \(`
}

type looseVerifier struct{ p *jwt.Parser }

func newLooseVerifier() *looseVerifier {
	return &looseVerifier{p: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))}
}

func (v *looseVerifier) verify(s string) (*jwt.Token, error) {
	return v.p.Parse(s, rsaKey) // want `jwtclaims: \(\*jwt\.Parser\)\.Parse accepts tokens without checking aud, iss, exp`
}

func requestLoose(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, rsaKey, // want `jwtclaims: request\.ParseFromRequest accepts tokens without checking aud, iss, exp`
		request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))))
}

// Negatives.

func globalOptions(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey, strictOpts...)
}

func helperOptions(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, rsaKey, strictOptions()...)
}

func appended(s string) (*jwt.Token, error) {
	opts := append([]jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}, jwt.WithAudience("a"))
	opts = append(opts, jwt.WithIssuer("https://idp.example.com/"), jwt.WithExpirationRequired())
	return jwt.Parse(s, rsaKey, opts...)
}

func fieldParser(s string) (*jwt.Token, error) {
	return newVerifier().verify(s)
}

func requestStrict(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, rsaKey, request.WithParser(jwt.NewParser(strictOptions()...)))
}
