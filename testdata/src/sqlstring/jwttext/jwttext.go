// Package jwttext fixes what sqlstring reports, run alone, for query text
// that carries data from a JWT. Decision: token data (claims, header
// values, the raw token) is jwtsql's class of flaw; sqlstring alone reports
// text built from values that are unsafe for another reason (request data,
// unknown calls), and stays silent when the only unsafe part of the text is
// token data. Text mixing both is reported by both checks at the same call
// with the same flaw key, and the bundle keeps jwtsql's finding alone (see
// analyzers/jwtlint, jwtlint/sqldedup).
package jwttext

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// Only a claim is pasted: jwtsql's finding, not sqlstring's.
func claimOnly(db *sql.DB, claims jwt.MapClaims) {
	sub, _ := claims["sub"].(string)
	db.Query("SELECT id FROM notes WHERE owner = '" + sub + "'")
}

func headerOnly(db *sql.DB, tok *jwt.Token) {
	db.Query(fmt.Sprintf("SELECT key FROM keys WHERE kid = '%v'", tok.Header["kid"]))
}

type Claims struct {
	Tenant string `json:"tenant"`
	jwt.RegisteredClaims
}

type ctxKey struct{}

// Struct claims found in the request context: token data by their type,
// although the context value itself is of unknown origin.
func claimFromContext(db *sql.DB, r *http.Request) {
	c, ok := r.Context().Value(ctxKey{}).(*Claims)
	if !ok {
		return
	}
	db.Query("SELECT id FROM notes WHERE tenant = '" + c.Tenant + "' AND owner = '" + c.Subject + "'")
}

// A claim and a request value: sqlstring reports the request value's part.
func claimAndRequest(db *sql.DB, claims jwt.MapClaims, r *http.Request) {
	sub, _ := claims["sub"].(string)
	db.Query("SELECT id FROM notes WHERE owner = '" + sub + "' ORDER BY " + r.FormValue("sort")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// A claim as a bind parameter, with constant text: nothing for sqlstring.
func claimBound(db *sql.DB, claims jwt.MapClaims) {
	db.Query("SELECT id FROM notes WHERE owner = $1", claims["sub"])
}
