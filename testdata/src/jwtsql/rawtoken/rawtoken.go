// Package rawtoken exercises jwtsql on the raw token string (jwt.Token.Raw):
// pasting it into query text is reported (it is attacker-chosen text even
// when the signature is valid: the signature covers the claims, not the SQL
// it may be spliced into); binding it is not.
package rawtoken

import (
	"database/sql"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func keyFunc(*jwt.Token) (any, error) { return key, nil }

func revokePasted(db *sql.DB, raw string) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return
	}
	db.Exec("INSERT INTO revoked(token) VALUES ('" + tok.Raw + "')") // want `jwtsql: the raw token from jwt\.Parse at rawtoken\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec; pass it as a bind parameter instead`
}

func auditPasted(db *sql.DB, tok *jwt.Token) {
	db.Exec(fmt.Sprintf("INSERT INTO audit(token) VALUES ('%s')", tok.Raw)) // want `jwtsql: the raw token of jwt\.Token reaches the query text of \(\*sql\.DB\)\.Exec`
}

// Hard negatives.

func revokeBound(db *sql.DB, raw string) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return
	}
	db.Exec("INSERT INTO revoked(token) VALUES ($1)", tok.Raw)
}

// The signature and validity are not the raw text.
func validOnly(db *sql.DB, tok *jwt.Token) {
	db.Exec(fmt.Sprintf("UPDATE stats SET valid = %t, sig_len = %d", tok.Valid, len(tok.Signature)))
}
