// Package sqldedup exercises the bundle's one-finding-per-flaw rule for SQL:
// query text carrying both a claim and request data is a finding of jwtsql
// and of sqlstring at the same call; the bundle reports jwtsql's alone.
// Calls only one check reports keep that check's finding.
package sqldedup

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// Both checks find this call: one diagnostic, jwtsql's.
func both(db *sql.DB, claims jwt.MapClaims, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes WHERE owner = '%s' ORDER BY %s", claims["sub"], r.FormValue("sort"))
	db.Query(q) // want `^jwtsql: claim "sub" of jwt\.MapClaims reaches the query text of \(\*sql\.DB\)\.Query`
}

// Only jwtsql.
func claimOnly(db *sql.DB, claims jwt.MapClaims) {
	db.Query("SELECT id FROM notes WHERE owner = '" + claims["sub"].(string) + "'") // want `^jwtsql: claim "sub"`
}

// Only sqlstring.
func requestOnly(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes ORDER BY " + r.FormValue("sort")) // want `^sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// Two flawed calls in one function: two findings.
func twoCalls(db *sql.DB, claims jwt.MapClaims, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = '" + claims["sub"].(string) + "' AND kind = '" + r.FormValue("kind") + "'") // want `^jwtsql: claim "sub"`
	db.Exec("DELETE FROM drafts WHERE kind = '" + r.FormValue("kind") + "'")                                                 // want `^sqlstring: the query text of \(\*sql\.DB\)\.Exec`
}

func bound(db *sql.DB, claims jwt.MapClaims, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = $1 AND kind = $2", claims["sub"], r.FormValue("kind"))
}
