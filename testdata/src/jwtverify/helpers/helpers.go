// Package helpers exercises jwtverify on verification done through the
// service's own functions: a helper that verifies its raw-token parameter
// and returns the parse error, a helper that says whether an error is an
// error, an unverified-decode wrapper judged at its callers; each beside
// the twin that really is vulnerable.
package helpers

import (
	"crypto/rsa"
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"

	"jwtverify/helpers/authz"
)

var (
	keySets      map[string]map[string]*rsa.PublicKey
	pub          *rsa.PublicKey
	errForbidden = errors.New("forbidden")
)

func grant(v any) {}

func rsaKey(*jwt.Token) (any, error) { return pub, nil }

var rs256 = jwt.WithValidMethods([]string{"RS256"})

// An unverified decode picks the issuer's key set, then a helper verifies
// the same raw token and its error is checked: the claims are then those
// of a verified token.
func issuerThenHelper(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil {
		return err
	}
	iss, _ := mc.GetIssuer()
	jwks := keySets[iss]
	if err := authz.CheckSig(s, jwks); err != nil {
		return err
	}
	grant(mc["sub"])
	return nil
}

func issuerThenWrappedHelper(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil {
		return err
	}
	iss, _ := mc.GetIssuer()
	if err := authz.Verify(s, keySets[iss]); err != nil {
		return err
	}
	grant(mc["sub"])
	return nil
}

// A local verifier.
func checkLocal(raw string) error {
	_, err := jwt.Parse(raw, rsaKey, rs256)
	return err
}

func issuerThenLocalHelper(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil {
		return err
	}
	if mc["iss"] != "https://idp.example.com" {
		return errForbidden
	}
	if err := checkLocal(s); err != nil {
		return err
	}
	grant(mc["sub"])
	return nil
}

// Twins: the helper only logs; the helper's error is not checked; the
// claims are used before the helper runs.
func issuerThenLoggingHelper(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature, but the token's data is used`
		return err
	}
	iss, _ := mc.GetIssuer()
	if err := authz.LogSig(s, keySets[iss]); err != nil {
		return err
	}
	grant(mc["sub"])
	return nil
}

func helperErrorIgnored(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	iss, _ := mc.GetIssuer()
	authz.CheckSig(s, keySets[iss])
	grant(mc["sub"])
	return nil
}

func usedBeforeHelper(s string) error {
	mc := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(s, mc); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	grant(mc["sub"])
	iss, _ := mc.GetIssuer()
	return authz.CheckSig(s, keySets[iss])
}

// An unverified-decode wrapper is judged where its result is used.
func decodeWrapperUsed(s string) error {
	tok, err := authz.DecodeToken(s) // want `jwtverify: authz\.DecodeToken does not verify the signature, but the token's data is used`
	if err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}

func decodeWrapperKeySelection(s string) error {
	tok, err := authz.DecodeToken(s)
	if err != nil {
		return err
	}
	kid, _ := tok.Header["kid"].(string)
	verified, err := jwt.Parse(s, func(*jwt.Token) (any, error) { return keySets["default"][kid], nil }, rs256)
	if err != nil {
		return err
	}
	grant(verified.Claims)
	return nil
}

// A local decode wrapper.
func decode(s string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return tok, err
}

func localDecodeWrapperUsed(s string) {
	tok, _ := decode(s) // want `jwtverify: helpers\.decode does not verify the signature, but the token's data is used`
	grant(tok.Claims)
}

// Errors checked by a helper that says whether err is an error.
func deniedByHelper(w http.ResponseWriter, s string) {
	tok, err := jwt.Parse(s, rsaKey, rs256)
	if authz.Deny(w, err) {
		return
	}
	grant(tok.Claims)
}

func failedHelper(s string) error {
	tok, err := jwt.Parse(s, rsaKey, rs256)
	if authz.Failed(err) {
		return errForbidden
	}
	grant(tok.Claims)
	return nil
}

func deny(w http.ResponseWriter, err error) bool {
	if err == nil {
		return false
	}
	http.Error(w, "unauthorized", http.StatusUnauthorized)
	return true
}

func deniedByLocalHelper(w http.ResponseWriter, s string) {
	tok, err := jwt.Parse(s, rsaKey, rs256)
	if deny(w, err) {
		return
	}
	grant(tok.Claims)
}

// Twin: the helper only logs.
func loggedOnly(s string) {
	tok, err := jwt.Parse(s, rsaKey, rs256) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
	if authz.Logged(err) {
		return
	}
	grant(tok.Claims)
}
