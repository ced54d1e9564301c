package partial

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

func hmacKey(*jwt.Token) (any, error) { return secret, nil }

var hs256 = jwt.WithValidMethods([]string{"HS256"})

// An expired token whose signature verified is accepted (to refresh it):
// errors.Is(err, ErrTokenExpired) together with the exclusion of a
// signature error proves the signature, so the token is not forged.
func refreshExpiredSigned(s string) error {
	c := &jwt.RegisteredClaims{}
	tok, err := jwt.ParseWithClaims(s, c, hmacKey, hs256)
	if err != nil && !(errors.Is(err, jwt.ErrTokenExpired) && !errors.Is(err, jwt.ErrTokenSignatureInvalid)) {
		return err
	}
	return refresh(tok.Claims)
}

func refreshExpiredSignedNested(s string) error {
	tok, err := jwt.Parse(s, hmacKey, hs256)
	if err != nil {
		if !errors.Is(err, jwt.ErrTokenExpired) {
			return err
		}
		if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
			return err
		}
	}
	return refresh(tok.Claims)
}

// Twins: the signature exclusion alone, or the expiry alone.
func excludesSignatureOnly(s string) error {
	tok, err := jwt.Parse(s, hmacKey, hs256) // want `jwtverify: the token from jwt\.Parse is used at line \d+ when only some errors are rejected`
	if err != nil && errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		return err
	}
	return refresh(tok.Claims)
}

func expiredOnlyOr(s string) error {
	tok, err := jwt.Parse(s, hmacKey, hs256) // want `jwtverify: the token from jwt\.Parse is used at line \d+ when only some errors are rejected`
	if err != nil && !(errors.Is(err, jwt.ErrTokenExpired) || !errors.Is(err, jwt.ErrTokenSignatureInvalid)) {
		return err
	}
	return refresh(tok.Claims)
}
