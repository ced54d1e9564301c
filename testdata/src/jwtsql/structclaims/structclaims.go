// Package structclaims exercises jwtsql on struct claims: custom fields of a
// type embedding jwt.RegisteredClaims (named after their json tag), the
// promoted registered fields (Subject → "sub"), the v5 getters (GetSubject,
// GetIssuer) on the struct and on the jwt.Claims interface, a v4 type
// embedding StandardClaims, and claims found in a request context. Numeric
// fields cannot carry SQL syntax.
package structclaims

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	Tenant string   `json:"tenant"`
	Roles  []string `json:"roles"`
	OrgID  int64    `json:"org_id"`
	Admin  bool     `json:"adm"`
	Email  string   // no tag: the field name
	jwt.RegisteredClaims
}

type LegacyClaims struct {
	Team string `json:"team,omitempty"`
	jwt4.StandardClaims
}

type ctxKey struct{}

var key = []byte("0123456789abcdef0123456789abcdef")

func keyFunc(*jwt.Token) (any, error) { return key, nil }

func parse(raw string) (*Claims, error) {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return nil, err
	}
	return c, nil
}

// Positives.

func customField(db *sql.DB, raw string) {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return
	}
	db.Query("SELECT id FROM notes WHERE tenant = '" + c.Tenant + "'") // want `jwtsql: claim "tenant" from jwt\.ParseWithClaims at structclaims\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
}

func untaggedField(db *sql.DB, c *Claims) {
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE email = '%s'", c.Email)) // want `jwtsql: claim "Email" of structclaims\.Claims reaches the query text`
}

func promotedRegistered(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM notes WHERE owner = '" + c.Subject + "'")                  // want `jwtsql: claim "sub" of structclaims\.Claims reaches the query text of \(\*sql\.DB\)\.Query`
	db.Query("SELECT id FROM notes WHERE issuer = '" + c.RegisteredClaims.Issuer + "'") // want `jwtsql: claim "iss" of structclaims\.Claims reaches the query text of \(\*sql\.DB\)\.Query`
}

func sliceField(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM notes WHERE role IN ('" + strings.Join(c.Roles, "','") + "')") // want `jwtsql: claim "roles" .*reaches the query text of \(\*sql\.DB\)\.Query`
}

func getterOnStruct(db *sql.DB, c *Claims) {
	sub, err := c.GetSubject()
	if err != nil {
		return
	}
	db.Query("SELECT id FROM notes WHERE owner = '" + sub + "'") // want `jwtsql: claim "sub" of structclaims\.Claims reaches the query text of \(\*sql\.DB\)\.Query`
}

func getterOnInterface(db *sql.DB, raw string) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return
	}
	iss, _ := tok.Claims.GetIssuer()
	db.Query(fmt.Sprintf("SELECT key FROM issuers WHERE name = '%s'", iss)) // want `jwtsql: claim "iss" from jwt\.Parse at structclaims\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query`
}

func fromContext(db *sql.DB, r *http.Request) {
	c, ok := r.Context().Value(ctxKey{}).(*Claims)
	if !ok {
		return
	}
	db.QueryContext(r.Context(), "SELECT id FROM notes WHERE tenant = '"+c.Tenant+"'") // want `jwtsql: claim "tenant" of structclaims\.Claims reaches the query text of \(\*sql\.DB\)\.QueryContext`
}

func fromHelper(db *sql.DB, raw string) {
	c, err := parse(raw)
	if err != nil {
		return
	}
	db.Query("SELECT id FROM notes WHERE tenant = '" + c.Tenant + "'") // want `jwtsql: claim "tenant" .*reaches the query text of \(\*sql\.DB\)\.Query`
}

func legacyV4(db *sql.DB, raw string) {
	c := &LegacyClaims{}
	if _, err := jwt4.ParseWithClaims(raw, c, func(*jwt4.Token) (interface{}, error) { return key, nil }, jwt4.WithValidMethods([]string{"HS256"})); err != nil {
		return
	}
	db.Query("SELECT id FROM notes WHERE team = '" + c.Team + "' AND owner = '" + c.Subject + "'") // want `jwtsql: claim "team" from jwt\.ParseWithClaims at structclaims\.go:\d+ reaches the query text`
}

// Hard negatives.

func numericAndBoolFields(db *sql.DB, c *Claims) {
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE org_id = %d AND public = %t", c.OrgID, c.Admin))
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE org_id = %v", c.OrgID))
}

func boundFields(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM notes WHERE tenant = $1 AND owner = $2 AND role = ANY($3)", c.Tenant, c.Subject, c.Roles)
	sub, _ := c.GetSubject()
	db.Query("SELECT id FROM notes WHERE owner = $1", sub)
}

// Registered time claims are times, not text.
func timeClaims(db *sql.DB, c *Claims) {
	if c.ExpiresAt == nil {
		return
	}
	db.Query("SELECT id FROM sessions WHERE expires_at < '" + c.ExpiresAt.Time.Format("2006-01-02") + "'")
}
