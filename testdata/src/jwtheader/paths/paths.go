// Package paths exercises jwtheader on a token's kid chosen file paths:
// a kid joined into a path, pasted after a directory, formatted into a file
// name, reaches os.ReadFile, os.Open, ioutil.ReadFile or
// tls.LoadX509KeyPair. A kid like "../../../etc/passwd" then reads any
// file. The correct patterns load the keys at start-up and look the kid up
// in that map, or admit only kids of a safe pattern before opening.
package paths

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

const keyDir = "/etc/app/keys"

// Positives.

func keyByJoin(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	pem, err := os.ReadFile(filepath.Join(keyDir, kid+".pem")) // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path os\.ReadFile opens: the token's kid chooses which file is read \(path traversal: "\.\./" leaves the key directory\); load the keys at start-up and look the kid up in that map \(keys\[kid\]\), or admit only kids of a safe pattern`
	if err != nil {
		return nil, err
	}
	return jwt.ParseRSAPublicKeyFromPEM(pem)
}

func keyByConcat(t *jwt.Token) (any, error) {
	f, err := os.Open(keyDir + "/" + t.Header["kid"].(string)) // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path os\.Open opens`
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return nil, errors.New("unimplemented")
}

func keyBySprintf(t *jwt.Token) (any, error) {
	name := fmt.Sprintf("%s/%v.pem", keyDir, t.Header["kid"])
	return ioutil.ReadFile(name) // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path ioutil\.ReadFile opens`
}

func certByKid(t *jwt.Token) (any, error) {
	kid := t.Header["kid"].(string)
	pair, err := tls.LoadX509KeyPair("certs/"+kid+".crt", "certs/"+kid+".key") // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path tls\.LoadX509KeyPair opens`
	if err != nil {
		return nil, err
	}
	return pair.PrivateKey, nil
}

// After a verified parse the header still names the file: the signer's
// kid is no path either.
func afterParse(raw string, keyFunc jwt.Keyfunc) ([]byte, error) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(keyDir, tok.Header["kid"].(string))) // want `jwtheader: header "kid" from jwt\.Parse at paths\.go:\d+ reaches the path os\.ReadFile opens`
}

// A prefix test on text that was not cleaned: "keys/../../etc" has the prefix.
func prefixNotCleaned(t *jwt.Token) (any, error) {
	p := keyDir + "/" + t.Header["kid"].(string)
	if !strings.HasPrefix(p, keyDir) {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(p) // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path os\.ReadFile opens`
}

// An unanchored pattern admits "../x" too.
var loosePattern = regexp.MustCompile(`[a-z0-9]+`)

func unanchoredPattern(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if !loosePattern.MatchString(kid) {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(filepath.Join(keyDir, kid)) // want `jwtheader: header "kid" of the token given to key function \w+ reaches the path os\.ReadFile opens`
}

// Hard negatives.

var keys map[string]any

// The correct pattern: keys loaded at start-up, looked up by kid.
func keyByMap(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	k, ok := keys[kid]
	if !ok {
		return nil, fmt.Errorf("unknown kid %q", kid)
	}
	return k, nil
}

// Start-up loading from a configured path.
func loadKeys() error {
	pem, err := os.ReadFile(os.Getenv("KEY_FILE"))
	if err != nil {
		return err
	}
	keys = map[string]any{"k1": pem}
	return nil
}

var kidPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func kidMatchesPattern(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if !kidPattern.MatchString(kid) {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(filepath.Join(keyDir, kid+".pem"))
}

func kidMatchesConstPattern(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if ok, _ := regexp.MatchString(`\A[a-f0-9]+\z`, kid); !ok {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(filepath.Join(keyDir, kid+".pem"))
}

func kidIsLocal(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if !filepath.IsLocal(kid) {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(filepath.Join(keyDir, kid))
}

func kidWithoutDots(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if strings.Contains(kid, "..") || strings.ContainsAny(kid, `/\`) {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(keyDir + "/" + kid)
}

func kidBase(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	return os.ReadFile(filepath.Join(keyDir, filepath.Base(kid)+".pem"))
}

func kidSwitch(t *jwt.Token) (any, error) {
	switch kid := t.Header["kid"].(string); kid {
	case "2024-01", "2024-07":
		return os.ReadFile(keyDir + "/" + kid + ".pem")
	}
	return nil, errors.New("unknown kid")
}

// A prefix test on a cleaned path (filepath.Join cleans "..").
func prefixCleaned(t *jwt.Token) (any, error) {
	p := filepath.Join(keyDir, t.Header["kid"].(string))
	if !strings.HasPrefix(p, keyDir+"/") {
		return nil, errors.New("bad kid")
	}
	return os.ReadFile(p)
}

// A claim of a verified token names no key file of ours... but reading a
// file named by a verified claim is not jwtheader's concern.
func verifiedClaim(raw string, keyFunc jwt.Keyfunc) ([]byte, error) {
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join("/srv/avatars", claims["sub"].(string)))
}
