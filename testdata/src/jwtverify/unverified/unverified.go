// Package unverified exercises jwtverify on (*jwt.Parser).ParseUnverified:
// claims that drive a decision are reported; a decode that only selects the
// key (kid, iss) for a verified parse of the same token is not.
package unverified

import (
	"crypto/rsa"
	"errors"
	"net/http"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var (
	keys         map[string]*rsa.PublicKey
	keyfuncs     map[string]jwt.Keyfunc
	errNoKey     = errors.New("no key for token")
	errForbidden = errors.New("forbidden")
)

func grant(user string) {}

// Positives.

func roleFromUnverified(s string) error {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(s, claims) // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature, but the token's data is used at line 32`
	if err != nil {
		return err
	}
	if claims["role"] != "admin" {
		return errForbidden
	}
	return nil
}

func subjectFromUnverifiedToken(w http.ResponseWriter, s string) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, &jwt.RegisteredClaims{}) // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	grant(sub)
}

// The token is verified only on some paths; the unverified claims are used
// on all of them.
func verifiedSometimes(s string, strict bool) error {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	if strict {
		kf := keyfuncs[claims.Issuer]
		if _, err := jwt.Parse(s, kf, jwt.WithValidMethods([]string{"RS256"})); err != nil {
			return err
		}
	}
	grant(claims.Subject)
	return nil
}

// A different token string is verified.
func verifiesAnotherToken(s, other string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	if _, err := jwt.Parse(other, keyfuncs["default"], jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return err
	}
	grant(claims["sub"].(string))
	return nil
}

// The unverified claims are used when the verification failed.
func usedWhenVerificationFails(s string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	iss, _ := claims["iss"].(string)
	if _, err := jwt.Parse(s, keyfuncs[iss], jwt.WithValidMethods([]string{"RS256"})); err != nil {
		grant(claims["sub"].(string))
		return err
	}
	return nil
}

func v4Unverified(s string) bool {
	claims := &jwt4.RegisteredClaims{}
	p := new(jwt4.Parser)
	if _, _, err := p.ParseUnverified(s, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return false
	}
	return claims.Subject == "admin"
}

// Negatives.

// The header's kid selects the key; the same token is then verified.
func kidThenVerify(s string) (*jwt.Token, error) {
	unverified, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	key, ok := keys[kid]
	if !ok {
		return nil, errNoKey
	}
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"RS256"}))
}

// The unverified issuer selects the key function of a trusted issuer.
func issuerThenVerify(s string) error {
	claims := &jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, claims); err != nil {
		return err
	}
	kf, ok := keyfuncs[claims.Issuer]
	if !ok {
		return errNoKey
	}
	verified := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, verified, kf, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return err
	}
	grant(verified.Subject)
	return nil
}

// After the verified parse succeeded, the claims are the verified ones.
func claimsUsedAfterVerification(s string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, claims); err != nil {
		return err
	}
	iss, _ := claims["iss"].(string)
	if _, err := jwt.Parse(s, keyfuncs[iss], jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return err
	}
	grant(claims["sub"].(string))
	return nil
}

// The unverified data and the token string go to a function that verifies.
func verifyWith(s, kid string) error {
	_, err := jwt.Parse(s, func(*jwt.Token) (any, error) { return keys[kid], nil }, jwt.WithValidMethods([]string{"RS256"}))
	return err
}

// The same shape with a function that does not verify: the data is used
// for nothing but that call, yet the decode is all the function trusts.
func lookupWith(s, kid string) error { return nil }

func handsTokenToNonVerifier(s string) error {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
	if err != nil {
		return err
	}
	return lookupWith(s, tok.Header["kid"].(string))
}

func handsTokenToVerifier(s string) error {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return err
	}
	return verifyWith(s, tok.Header["kid"].(string))
}

// Decoded but never used.
func formatOnly(s string) error {
	_, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return err
}
