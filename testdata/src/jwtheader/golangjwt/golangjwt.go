// Package golangjwt exercises jwtheader on the older golang-jwt lines
// (v4, the v3 import path) and github.com/dgrijalva/jwt-go: their
// token.Header map is the same source as v5's. Key functions named,
// literal and methods; a kid looked up in a key map is the correct
// pattern.
package golangjwt

import (
	"errors"
	"net/http"
	"os"
	"path"

	jwt3 "github.com/golang-jwt/jwt"
	"github.com/golang-jwt/jwt/v4"
)

// Positives.

func kidFileV4(t *jwt.Token) (interface{}, error) {
	return os.ReadFile(path.Join("keys", t.Header["kid"].(string))) // want `jwtheader: header "kid" of the token given to key function kidFileV4 reaches the path os\.ReadFile opens`
}

func parseV3(raw string) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{"RS256"}}
	return p.Parse(raw, func(t *jwt3.Token) (interface{}, error) {
		x5u, _ := t.Header["x5u"].(string)
		resp, err := http.Get(x5u) // want `jwtheader: header "x5u" of the token given to the key function literal in parseV3 reaches the URL http\.Get requests`
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		return nil, errors.New("unimplemented")
	})
}

type Store struct{ dir string }

func (s *Store) keyByKid(t *jwt.Token) (interface{}, error) {
	kid, ok := t.Header["kid"].(string)
	if !ok {
		return nil, errors.New("no kid")
	}
	return os.ReadFile(s.dir + "/" + kid) // want `jwtheader: header "kid" of the token given to key function keyByKid reaches the path os\.ReadFile opens`
}

// Hard negatives.

type Keys struct{ byKid map[string]interface{} }

func (k *Keys) keyByKid(t *jwt.Token) (interface{}, error) {
	kid, _ := t.Header["kid"].(string)
	if key, ok := k.byKid[kid]; ok {
		return key, nil
	}
	return nil, errors.New("unknown kid")
}

// The alg header chooses among constant files.
func byAlg(t *jwt3.Token) (interface{}, error) {
	name := "hmac.key"
	if t.Header["alg"] == "RS256" {
		name = "rsa.pub"
	}
	return os.ReadFile("/etc/keys/" + name)
}
