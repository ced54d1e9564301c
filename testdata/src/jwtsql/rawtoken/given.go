package rawtoken

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// The string handed to a parse is the token before the parse too: pasted
// into query text it is jwtsql's, whether or not the parse succeeded.

func bearerToken(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func logThenVerify(db *sql.DB, r *http.Request) error {
	raw := bearerToken(r)
	db.Exec("INSERT INTO attempts(token) VALUES ('" + raw + "')") // want `jwtsql: the raw token given to jwt\.Parse at given\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec`
	_, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	return err
}

// verify is the user's own verification: its parameter is the token.
func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
}

func throughWrapper(db *sql.DB, raw string) error {
	if _, err := verify(raw); err != nil {
		return err
	}
	_, err := db.Exec("DELETE FROM sessions WHERE token = '" + raw + "'") // want `jwtsql: the raw token given to rawtoken\.verify at given\.go:\d+ reaches the query text`
	return err
}

// Hard negatives.

// Bound, before and after the parse.
func logBound(db *sql.DB, r *http.Request) error {
	raw := bearerToken(r)
	db.Exec("INSERT INTO attempts(token) VALUES ($1)", raw)
	_, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	return err
}

// Another value of the request, never parsed as a token: not token data
// (a parameter of this function: its callers are judged by sqlstring).
func otherValue(db *sql.DB, raw, device string) error {
	if _, err := verify(raw); err != nil {
		return err
	}
	_, err := db.Exec("UPDATE devices SET seen = now() WHERE id = '" + device + "'")
	return err
}
