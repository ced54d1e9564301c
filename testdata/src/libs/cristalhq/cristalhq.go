// Package cristalhq exercises the parse checks on cristalhq/jwt v4: the
// verifier pins the algorithm, the library validates no claim, and
// ParseNoVerify does not verify.
package cristalhq

import (
	"crypto/rsa"
	"database/sql"
	"errors"
	"time"

	"github.com/cristalhq/jwt/v4"
)

var (
	db     *sql.DB
	secret []byte
	pub    *rsa.PublicKey
)

func grant(v any) {}

// No claim checked: not even exp.
func noChecks(raw []byte) error {
	v, err := jwt.NewVerifierHS(jwt.HS256, secret)
	if err != nil {
		return err
	}
	tok, err := jwt.Parse(raw, v) // want `jwtclaims: jwt\.Parse never checks exp \(cristalhq/jwt v4 validates no claim unless asked\)`
	if err != nil {
		return err
	}
	var c jwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		return err
	}
	grant(c.Subject)
	return nil
}

// Twin: the claims checked at the current time.
func checked(raw []byte) error {
	v, err := jwt.NewVerifierHS(jwt.HS256, secret)
	if err != nil {
		return err
	}
	tok, err := jwt.Parse(raw, v)
	if err != nil {
		return err
	}
	var c jwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		return err
	}
	if c.ExpiresAt == nil || !c.IsValidAt(time.Now()) {
		return errors.New("expired")
	}
	grant(c.Subject)
	return nil
}

// An RSA verifier: aud and iss needed as well.
func rsaUnchecked(raw []byte) error {
	v, err := jwt.NewVerifierRS(jwt.RS256, pub)
	if err != nil {
		return err
	}
	var c jwt.RegisteredClaims
	if err := jwt.ParseClaims(raw, v, &c); err != nil { // want `jwtclaims: jwt\.ParseClaims accepts tokens without checking aud, iss \(tokens verified with an RSA public key come from another issuer\)`
		return err
	}
	if c.ExpiresAt == nil || !c.IsValidAt(time.Now()) {
		return errors.New("expired")
	}
	grant(c.Subject)
	return nil
}

// Twin: every claim checked.
func rsaChecked(raw []byte) error {
	v, err := jwt.NewVerifierRS(jwt.RS256, pub)
	if err != nil {
		return err
	}
	var c jwt.RegisteredClaims
	if err := jwt.ParseClaims(raw, v, &c); err != nil {
		return err
	}
	if c.ExpiresAt == nil || !c.IsValidAt(time.Now()) || !c.IsForAudience("api") || !c.IsIssuer("https://idp") {
		return errors.New("invalid claims")
	}
	grant(c.Subject)
	return nil
}

// ParseNoVerify: claims used without a signature check.
func noVerify(raw []byte) string {
	tok, err := jwt.ParseNoVerify(raw) // want `jwtverify: jwt\.ParseNoVerify does not verify the signature, but the token's data is used`
	if err != nil {
		return ""
	}
	var c jwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		return ""
	}
	return c.Subject
}

// The header of a verified token into SQL text: jwtsql.
func headerInSQL(raw []byte) error {
	v, err := jwt.NewVerifierHS(jwt.HS256, secret)
	if err != nil {
		return err
	}
	tok, err := jwt.Parse(raw, v) // want `jwtclaims: jwt\.Parse never checks exp`
	if err != nil {
		return err
	}
	_, err = db.Exec("SELECT secret FROM keys WHERE kid = '" + tok.Header().KeyID + "'") // want `jwtsql: header from jwt\.Parse at cristalhq\.go:\d+ reaches the query text`
	return err
}
