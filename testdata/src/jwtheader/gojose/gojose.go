// Package gojose exercises jwtheader on go-jose (v4, v3, gopkg.in v2),
// whose parsed token carries decoded headers: Headers[i].KeyID, and other
// headers by name in ExtraHeaders. go-jose fetches nothing itself; code
// reading a kid into a path or a jku from ExtraHeaders into a request is
// what jwtheader reports. A key set chosen by kid is the correct pattern.
package gojose

import (
	"errors"
	"net/http"
	"os"

	jose3 "github.com/go-jose/go-jose/v3"
	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	jwt2 "gopkg.in/square/go-jose.v2/jwt"
)

var algs = []jose.SignatureAlgorithm{jose.RS256}

// Positives.

func kidPath(raw string) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	pem, err := os.ReadFile("/etc/keys/" + tok.Headers[0].KeyID + ".pem") // want `jwtheader: header "kid" from jwt\.ParseSigned at gojose\.go:\d+ reaches the path os\.ReadFile opens`
	if err != nil {
		return nil, err
	}
	var c jwt.Claims
	return &c, tok.Claims(pem, &c)
}

func jkuExtra(raw string) (*http.Response, error) {
	tok, err := jwt3.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	jku, _ := tok.Headers[0].ExtraHeaders[jose3.HeaderKey("jku")].(string)
	return http.Get(jku) // want `jwtheader: header "jku" from jwt\.ParseSigned at gojose\.go:\d+ reaches the URL http\.Get requests`
}

func kidV2(raw string) ([]byte, error) {
	tok, err := jwt2.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	for _, h := range tok.Headers {
		return os.ReadFile(h.KeyID) // want `jwtheader: header "kid" .*reaches the path os\.ReadFile opens`
	}
	return nil, errors.New("no header")
}

// Hard negatives.

func keySet(raw string, set *jose.JSONWebKeySet) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	keys := set.Key(tok.Headers[0].KeyID)
	if len(keys) == 0 {
		return nil, errors.New("unknown kid")
	}
	var c jwt.Claims
	return &c, tok.Claims(keys[0].Key, &c)
}

// A JSONWebKey's KeyID is the key's own, not a header read.
func ownKeyID(k *jose.JSONWebKey) ([]byte, error) {
	return os.ReadFile("/var/cache/keys/" + k.KeyID)
}
