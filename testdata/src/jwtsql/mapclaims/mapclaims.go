// Package mapclaims exercises jwtsql on claims read from jwt.MapClaims by
// index: claims of a verified parse, of a handler parameter, of a request
// context. A claim pasted into query text is reported at the SQL call,
// whatever the verification status; the same claim passed as a bind
// parameter of a verified token is the correct pattern.
package mapclaims

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func keyFunc(*jwt.Token) (any, error) { return key, nil }

type ctxKey struct{}

// Positives.

func fromParse(db *sql.DB, raw string) error {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return err
	}
	claims := tok.Claims.(jwt.MapClaims)
	sub := claims["sub"].(string)
	_, err = db.Query("SELECT id FROM notes WHERE owner = '" + sub + "'") // want `jwtsql: claim "sub" from jwt\.Parse at mapclaims\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
	return err
}

func fromParseWithClaims(db *sql.DB, raw string) error {
	claims := jwt.MapClaims{}
	if _, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return err
	}
	q := fmt.Sprintf("SELECT id FROM notes WHERE tenant = '%v'", claims["tenant"])
	_, err := db.Exec(q) // want `jwtsql: claim "tenant" from jwt\.ParseWithClaims at mapclaims\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec`
	return err
}

// Claims handed to a handler: their type says they are token data.
func fromParameter(db *sql.DB, claims jwt.MapClaims) {
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE owner = '%s'", claims["sub"])) // want `jwtsql: claim "sub" of jwt\.MapClaims reaches the query text of \(\*sql\.DB\)\.Query`
}

func fromContext(ctx context.Context, db *sql.DB) {
	claims, ok := ctx.Value(ctxKey{}).(jwt.MapClaims)
	if !ok {
		return
	}
	role, _ := claims["role"].(string)
	db.QueryContext(ctx, "SELECT id FROM notes WHERE visible_to = '"+role+"'") // want `jwtsql: claim "role" of jwt\.MapClaims reaches the query text of \(\*sql\.DB\)\.QueryContext`
}

// The whole claims map formatted into the text.
func wholeClaims(db *sql.DB, tok *jwt.Token) {
	db.Query(fmt.Sprintf("INSERT INTO audit(claims) VALUES ('%v')", tok.Claims)) // want `jwtsql: claims .*reaches the query text of \(\*sql\.DB\)\.Query`
}

// The v3 import path (github.com/golang-jwt/jwt) and v4 behave alike.
func v3Line(db *sql.DB, raw string) {
	tok, err := jwt3.Parse(raw, func(*jwt3.Token) (interface{}, error) { return key, nil })
	if err != nil || !tok.Valid {
		return
	}
	claims := tok.Claims.(jwt3.MapClaims)
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE owner = '%s'", claims["sub"])) // want `jwtsql: claim "sub" from jwt\.Parse at mapclaims\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query`
}

func v4Line(db *sql.DB, claims jwt4.MapClaims) {
	db.Query("SELECT id FROM notes WHERE owner = '" + claims["sub"].(string) + "'") // want `jwtsql: claim "sub" of jwt\.MapClaims reaches the query text`
}

// Hard negatives.

func boundVerified(db *sql.DB, raw string) error {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return err
	}
	claims := tok.Claims.(jwt.MapClaims)
	_, err = db.Query("SELECT id FROM notes WHERE owner = $1 AND tenant = $2", claims["sub"], claims["tenant"])
	return err
}

func boundParameter(ctx context.Context, db *sql.DB, claims jwt.MapClaims) {
	db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", claims["sub"])
}

// Request data in the text is sqlstring's finding, not jwtsql's.
func requestDataOnly(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes ORDER BY " + r.FormValue("sort"))
}

// A claim used for something other than SQL text next to a query.
func claimInLogOnly(db *sql.DB, claims jwt.MapClaims) string {
	msg := fmt.Sprintf("listing notes of %v", claims["sub"])
	db.Query("SELECT id FROM notes WHERE public")
	return msg
}

// Passing verified claims to fromParameter is not a second finding: the
// claim is read and pasted there, and reported there once.
func callsFromParameter(db *sql.DB, raw string) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return
	}
	fromParameter(db, tok.Claims.(jwt.MapClaims))
}
