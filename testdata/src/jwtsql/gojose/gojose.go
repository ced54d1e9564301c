// Package gojose exercises jwtsql on go-jose tokens, whose claims are
// decoded into the caller's values: (*jwt.JSONWebToken).Claims(key, &c)
// verifies the signature first, UnsafeClaimsWithoutVerification(&c) does
// not. Fields read from the values filled are claims named by their json
// keys. Verified claims pasted into query text and unverified claims in any
// SQL argument are reported; verified claims as bind parameters, numeric
// claims and claims tested against a constant set are not. go-jose v3 has
// the same API (its ParseSigned takes no algorithm list).
package gojose

import (
	"database/sql"
	"fmt"

	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

var key = []byte("0123456789abcdef0123456789abcdef")

var algs = []jose.SignatureAlgorithm{jose.HS256}

// Custom claims next to the registered ones.
type Custom struct {
	Tenant string `json:"tenant"`
	Level  int    `json:"lvl"`
}

// Positives.

func subjectPasted(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return err
	}
	q := fmt.Sprintf("SELECT * FROM notes WHERE owner = '%s'", c.Subject)
	_, err = db.Query(q) // want `jwtsql: claim "sub" from \(\*jwt\.JSONWebToken\)\.Claims at gojose\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
	return err
}

// Several destinations: every one is filled with claims.
func customPasted(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var std jwt.Claims
	custom := &Custom{}
	if err := tok.Claims(key, &std, custom); err != nil {
		return err
	}
	_, err = db.Exec("DELETE FROM sessions WHERE tenant = '" + custom.Tenant + "'") // want `jwtsql: claim "tenant" from \(\*jwt\.JSONWebToken\)\.Claims at gojose\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec`
	return err
}

func mapPasted(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var m map[string]interface{}
	if err := tok.Claims(key, &m); err != nil {
		return err
	}
	_, err = db.Query(fmt.Sprintf("SELECT * FROM orgs WHERE id = '%v'", m["org"])) // want `jwtsql: claim "org" from \(\*jwt\.JSONWebToken\)\.Claims at gojose\.go:\d+ reaches the query text`
	return err
}

func unsafeBound(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil {
		return err
	}
	_, err = db.Exec("UPDATE users SET last_seen = now() WHERE id = $1", c.Subject) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Exec, but the token was not verified \(\(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification at gojose\.go:\d+\), so the query acts on forged data; use claims only from a verified token`
	return err
}

// go-jose v3: unverified claims decoded into a map, used as a bind parameter.
func v3UnsafeMapBound(db *sql.DB, raw string) error {
	tok, err := jwt3.ParseSigned(raw)
	if err != nil {
		return err
	}
	m := map[string]interface{}{}
	if err := tok.UnsafeClaimsWithoutVerification(&m); err != nil {
		return err
	}
	_, err = db.Exec("DELETE FROM sessions WHERE org = $1", m["org"]) // want `jwtsql: claim "org" reaches \(\*sql\.DB\)\.Exec, but the token was not verified \(\(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification at gojose\.go:\d+\)`
	return err
}

// Negatives.

func v3SubjectBound(db *sql.DB, raw string) error {
	tok, err := jwt3.ParseSigned(raw)
	if err != nil {
		return err
	}
	var c jwt3.Claims
	if err := tok.Claims(key, &c); err != nil {
		return err
	}
	_, err = db.Query("SELECT * FROM notes WHERE owner = $1", c.Subject)
	return err
}

func subjectBound(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var c jwt.Claims
	custom := &Custom{}
	if err := tok.Claims(key, &c, custom); err != nil {
		return err
	}
	_, err = db.Query("SELECT * FROM notes WHERE owner = $1 AND tenant = $2", c.Subject, custom.Tenant)
	return err
}

func numericClaim(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	custom := &Custom{}
	if err := tok.Claims(key, custom); err != nil {
		return err
	}
	_, err = db.Query(fmt.Sprintf("SELECT * FROM limits WHERE level <= %d", custom.Level))
	return err
}

func subjectInConstantSet(db *sql.DB, raw string) error {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return err
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return err
	}
	if c.Subject != "reports" && c.Subject != "billing" {
		return nil
	}
	_, err = db.Query("SELECT * FROM service_" + c.Subject)
	return err
}
