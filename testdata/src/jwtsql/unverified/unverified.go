// Package unverified exercises jwtsql's second rule: claims of a token that
// was not verified — the result of ParseUnverified, or of a parse whose
// error is dropped or not checked before use — reaching ANY argument of an
// SQL call, bind parameters included: the query acts on forged data. Claims
// of a verified parse as bind parameters are the correct pattern, and so is
// ParseUnverified used only to choose the key of a verified parse.
package unverified

import (
	"context"
	"database/sql"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func keyFunc(*jwt.Token) (any, error) { return key, nil }

type Claims struct {
	Tenant string `json:"tenant"`
	jwt.RegisteredClaims
}

// Positives.

func parseUnverifiedBound(ctx context.Context, pool *pgxpool.Pool, raw string) (bool, error) {
	c := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		return false, err
	}
	var admin bool
	err := pool.QueryRow(ctx, "SELECT is_admin FROM members WHERE user_id = $1 AND tenant = $2", c.Subject, c.Tenant).Scan(&admin) // want `jwtsql: claim "sub" reaches \(\*pgxpool\.Pool\)\.QueryRow, but the token was not verified \(\(\*jwt\.Parser\)\.ParseUnverified at unverified\.go:\d+\), so the query acts on forged data; use claims only from a verified token`
	return admin, err
}

func parseUnverifiedMap(db *sql.DB, raw string) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return
	}
	claims := tok.Claims.(jwt.MapClaims)
	db.Exec("DELETE FROM sessions WHERE user_id = $1", claims["sub"]) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Exec, but the token was not verified`
}

func droppedError(db *sql.DB, raw string) {
	tok, _ := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	sub, _ := tok.Claims.GetSubject()
	db.Query("SELECT * FROM users WHERE id = $1", sub) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Query, but the token was not verified \(jwt\.Parse at unverified\.go:\d+\)`
}

func errorCheckedAfterUse(db *sql.DB, raw string) error {
	c := &Claims{}
	_, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	db.Exec("UPDATE users SET last_seen = now() WHERE id = $1", c.Subject) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Exec, but the token was not verified`
	return err
}

// A prepared statement's bind arguments are arguments of an SQL call too.
func preparedStatement(db *sql.DB, raw string) {
	stmt, err := db.Prepare("SELECT is_admin FROM members WHERE user_id = $1")
	if err != nil {
		return
	}
	c := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		return
	}
	stmt.QueryRow(c.Subject) // want `jwtsql: claim "sub" reaches \(\*sql\.Stmt\)\.QueryRow, but the token was not verified`
}

// Unverified claims pasted into the text: one finding, the text one.
func unverifiedPasted(db *sql.DB, raw string) {
	c := &Claims{}
	jwt.NewParser().ParseUnverified(raw, c)
	db.Query("SELECT id FROM notes WHERE tenant = '" + c.Tenant + "'") // want `jwtsql: claim "tenant" from \(\*jwt\.Parser\)\.ParseUnverified at unverified\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query`
}

// Unverified claims handed to a helper that binds them: reported at the
// call of the helper, which runs the query.
func lookup(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM notes WHERE tenant = $1", c.Tenant)
}

func unverifiedThroughHelper(db *sql.DB, raw string) {
	c := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		return
	}
	lookup(db, c) // want `jwtsql: claims reaches \(\*sql\.DB\)\.Query \(through unverified\.lookup, which runs it at unverified\.go:\d+\), but the token was not verified`
}

// Hard negatives.

func verifiedBound(ctx context.Context, pool *pgxpool.Pool, raw string) (bool, error) {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return false, err
	}
	var admin bool
	err := pool.QueryRow(ctx, "SELECT is_admin FROM members WHERE user_id = $1 AND tenant = $2", c.Subject, c.Tenant).Scan(&admin)
	return admin, err
}

func verifiedValidFlag(db *sql.DB, raw string) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return
	}
	sub, _ := tok.Claims.GetSubject()
	db.Query("SELECT * FROM users WHERE id = $1", sub)
}

func verifiedThroughHelper(db *sql.DB, raw string) {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return
	}
	lookup(db, c)
}

// ParseUnverified reads the issuer to choose the key; the token is then
// verified and only the verified claims reach SQL.
func unverifiedForKeySelection(db *sql.DB, raw string, keys map[string][]byte) error {
	peek := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, peek); err != nil {
		return err
	}
	k, ok := keys[peek.Issuer]
	if !ok {
		return jwt.ErrTokenUnverifiable
	}
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, func(*jwt.Token) (any, error) { return k, nil }, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return err
	}
	_, err := db.Exec("UPDATE users SET last_seen = now() WHERE id = $1", c.Subject)
	return err
}
