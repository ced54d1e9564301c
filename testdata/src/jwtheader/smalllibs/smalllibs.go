// Package smalllibs exercises jwtheader on cristalhq/jwt, whose parsed
// token hands out its decoded header (Header().KeyID), and kataras/jwt,
// whose header validators receive the decoded header before the
// signature is checked.
package smalllibs

import (
	"encoding/json"
	"errors"
	"os"

	crjwt "github.com/cristalhq/jwt/v4"
	katjwt "github.com/kataras/jwt"
)

// Positives.

func cristalKid(raw []byte) ([]byte, error) {
	tok, err := crjwt.ParseNoVerify(raw)
	if err != nil {
		return nil, err
	}
	return os.ReadFile("/etc/keys/" + tok.Header().KeyID) // want `jwtheader: header "kid" .*jwt\.ParseNoVerify at smalllibs\.go:\d+ reaches the path os\.ReadFile opens`
}

// A header validator reading the key file the kid names.
func kidValidator(alg string, header []byte) (katjwt.Alg, katjwt.PublicKey, katjwt.InjectFunc, error) {
	var h struct {
		Kid string `json:"kid"`
	}
	if err := json.Unmarshal(header, &h); err != nil {
		return nil, nil, nil, err
	}
	key, err := os.ReadFile("/etc/keys/" + h.Kid) // want `jwtheader: header of the token given to key function kidValidator reaches the path os\.ReadFile opens`
	if err != nil {
		return nil, nil, nil, err
	}
	return katjwt.HS256, key, nil, nil
}

// Hard negatives.

var keys = map[string][]byte{}

func kidLookup(alg string, header []byte) (katjwt.Alg, katjwt.PublicKey, katjwt.InjectFunc, error) {
	var h struct {
		Kid string `json:"kid"`
	}
	if err := json.Unmarshal(header, &h); err != nil {
		return nil, nil, nil, err
	}
	key, ok := keys[h.Kid]
	if !ok {
		return nil, nil, nil, errors.New("unknown kid")
	}
	return katjwt.HS256, key, nil, nil
}

func cristalVerified(raw []byte, v crjwt.Verifier) ([]byte, error) {
	tok, err := crjwt.Parse(raw, v)
	if err != nil {
		return nil, err
	}
	var c crjwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		return nil, err
	}
	return os.ReadFile("/srv/home/" + c.Subject)
}
