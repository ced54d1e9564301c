// Package inject has one finding of each check, so that a test can make
// one recogniser or check fail (JWTLINT_INJECT_PANIC) and see that the
// others still report. It is run by analyzers/jwtlint's TestInjectedFailures,
// not by analysistest expectations.
package inject

import (
	"database/sql"
	"net/http"

	legacy "github.com/dgrijalva/jwt-go" // jwtclaims: unmaintained import (needs no SSA)
	"github.com/golang-jwt/jwt/v5"
)

var _ = legacy.TimeFunc

var secret []byte

func key(*jwt.Token) (any, error) { return secret, nil }

// jwtalg: no allow-list and the key function does not check the method.
func anyAlg(s string) (*jwt.Token, error) { return jwt.Parse(s, key) }

// jwtverify: the parse error is dropped.
func dropped(db *sql.DB, s string) {
	tok, _ := jwt.Parse(s, key, jwt.WithValidMethods([]string{"HS256"}))
	db.Query("SELECT 1 WHERE $1", tok.Raw)
}

// jwtsql: a claim in the query text.
func claim(db *sql.DB, c jwt.MapClaims) {
	db.Query("SELECT id FROM notes WHERE owner = '" + c["sub"].(string) + "'")
}

// sqlstring: request data built into the query text.
func request(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes ORDER BY " + r.FormValue("sort"))
}
