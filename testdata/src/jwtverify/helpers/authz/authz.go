// want package:"jwtparse-summaries"

// Package authz holds token helpers of the kinds services write around a
// JWT library, in another package than their callers: their behaviour
// reaches the callers as facts.
package authz

import (
	"crypto/rsa"
	"errors"
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

var rs256 = jwt.WithValidMethods([]string{"RS256"})

func keyIn(keys map[string]*rsa.PublicKey) jwt.Keyfunc { // want keyIn:`keyfunc\(returns keys=rsa\)`
	return func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		if k, ok := keys[kid]; ok {
			return k, nil
		}
		return nil, errors.New("unknown kid")
	}
}

// CheckSig verifies raw with the key set: its error is the parse's.
func CheckSig(raw string, keys map[string]*rsa.PublicKey) error { // want CheckSig:`verifier\(token=0 err=0\)`
	_, err := jwt.Parse(raw, keyIn(keys), rs256)
	return err
}

// Verify wraps the error and says nothing when the token is fine.
func Verify(raw string, keys map[string]*rsa.PublicKey) error { // want Verify:`verifier\(token=0 err=0\)`
	if _, err := jwt.Parse(raw, keyIn(keys), rs256); err != nil {
		return errors.Join(errors.New("invalid token"), err)
	}
	return nil
}

// LogSig only logs a failed verification: not a verifier.
func LogSig(raw string, keys map[string]*rsa.PublicKey) error {
	if _, err := jwt.Parse(raw, keyIn(keys), rs256); err != nil {
		log.Print(err)
	}
	return nil
}

// DecodeToken decodes without verifying: its callers are judged.
func DecodeToken(s string) (*jwt.Token, error) { // want DecodeToken:`decode-wrapper\(\(\*jwt.Parser\).ParseUnverified token=0 err=1\)`
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return tok, err
}

// Deny writes 401 and reports whether err is an error.
func Deny(w http.ResponseWriter, err error) bool { // want Deny:`errcheck\(p1 true-if-error\)`
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return true
	}
	return false
}

// Failed reports whether err is an error, directly.
func Failed(err error) bool { return err != nil } // want Failed:`errcheck\(p0 true-if-error\)`

// Logged logs the error and never says to stop: not an error check.
func Logged(err error) bool {
	if err != nil {
		log.Print(err)
	}
	return false
}
