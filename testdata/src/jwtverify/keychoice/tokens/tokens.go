// Package tokens holds the decode and verify helpers of package keychoice.
package tokens

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Decode reads a token's claims without verifying it, rejecting tokens
// issued in the future.
func Decode(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err == nil {
		err = jwt.NewValidator(jwt.WithIssuedAt()).Validate(claims)
	}
	return claims, err
}

// Verify verifies raw with an HMAC secret.
func Verify(raw, secret string) (jwt.MapClaims, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	tok, err := p.Parse(raw, func(*jwt.Token) (any, error) { return []byte(secret), nil })
	if err != nil {
		return nil, err
	}
	if claims, ok := tok.Claims.(jwt.MapClaims); ok && tok.Valid {
		return claims, nil
	}
	return nil, errors.New("invalid token")
}

// VerifySignature verifies raw with the key its kid names: an unverified
// decode for the kid, earlier steps failing with their own errors, then
// the verifying parse.
func VerifySignature(raw string, keys map[string][]byte) error {
	t, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return err
	}
	kid, _ := t.Header["kid"].(string)
	key, err := lookup(keys, kid)
	if err != nil {
		return err
	}
	tok, err := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"})).Parse(raw, func(*jwt.Token) (any, error) { return key, nil })
	if err != nil {
		return err
	}
	if !tok.Valid {
		return errors.New("invalid token")
	}
	return nil
}

func lookup(keys map[string][]byte, kid string) ([]byte, error) {
	if k, ok := keys[kid]; ok {
		return k, nil
	}
	return nil, errors.New("unknown kid")
}
