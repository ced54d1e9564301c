// Package kataras exercises the parse checks on kataras/jwt: the caller
// names the algorithm (NONE accepts unsigned tokens), Decode does not
// verify, and aud/iss are checked only with jwt.Expected.
package kataras

import (
	"crypto/rsa"
	"database/sql"

	"github.com/kataras/jwt"
)

var (
	db     *sql.DB
	secret []byte
	pub    *rsa.PublicKey
)

type userClaims struct {
	UserID string `json:"user_id"`
}

func grant(v any) {}

// HMAC verification: self-issued tokens, exp checked when present.
func hmacVerify(raw []byte) error {
	v, err := jwt.Verify(jwt.HS256, secret, raw)
	if err != nil {
		return err
	}
	var c userClaims
	if err := v.Claims(&c); err != nil {
		return err
	}
	grant(c.UserID)
	return nil
}

// NONE: unsigned tokens verify.
func noneVerify(raw []byte) error {
	v, err := jwt.Verify(jwt.NONE, nil, raw) // want `jwtalg: jwt\.Verify accepts unsigned tokens \(algorithm "none"\)`
	if err != nil {
		return err
	}
	grant(v.StandardClaims.Subject)
	return nil
}

// An RSA key: tokens of another issuer, aud and iss need jwt.Expected.
func rsaNoExpected(raw []byte) error {
	v, err := jwt.Verify(jwt.RS256, pub, raw) // want `jwtclaims: jwt\.Verify accepts tokens without checking aud, iss, exp .*pass jwt\.Expected\{Audience: \.\.\.\}`
	if err != nil {
		return err
	}
	grant(v.StandardClaims.Subject)
	return nil
}

// Twin: expected issuer and audience, exp required by hand.
func rsaExpected(raw []byte) error {
	v, err := jwt.Verify(jwt.RS256, pub, raw, jwt.Expected{Issuer: "https://idp", Audience: jwt.Audience{"api"}})
	if err != nil {
		return err
	}
	if v.StandardClaims.Expiry == 0 {
		return err
	}
	grant(v.StandardClaims.Subject)
	return nil
}

// Decode does not verify: its claims decide nothing.
func decoded(raw []byte) error {
	u, err := jwt.Decode(raw) // want `jwtverify: jwt\.Decode does not verify the signature, but the token's data is used`
	if err != nil {
		return err
	}
	var c userClaims
	if err := u.Claims(&c); err != nil {
		return err
	}
	grant(c.UserID)
	return nil
}

// Claims of a verified token into SQL text: jwtsql.
func claimsInSQL(raw []byte) error {
	v, err := jwt.Verify(jwt.HS256, secret, raw)
	if err != nil {
		return err
	}
	var c userClaims
	if err := v.Claims(&c); err != nil {
		return err
	}
	_, err = db.Exec("DELETE FROM carts WHERE owner = '" + c.UserID + "'") // want `jwtsql: claim "user_id" from jwt\.Verify at kataras\.go:\d+ reaches the query text`
	return err
}

// Twin: bound.
func claimsBound(raw []byte) error {
	v, err := jwt.Verify(jwt.HS256, secret, raw)
	if err != nil {
		return err
	}
	var c userClaims
	if err := v.Claims(&c); err != nil {
		return err
	}
	_, err = db.Exec("DELETE FROM carts WHERE owner = $1", c.UserID)
	return err
}
