// Package sanitizers holds hard negatives for jwtsql: claims pasted into
// query text after something that ends the flow — a number (a numeric
// claim formatted with %d, strconv.Atoi/ParseInt of a claim), uuid.Parse,
// quoting (pq.QuoteIdentifier, pq.QuoteLiteral, pgx.Identifier.Sanitize), or
// a membership check against a constant set (switch, slices.Contains, a map
// with constant keys). Each has a positive twin without the sanitizer.
package sanitizers

import (
	"database/sql"
	"fmt"
	"slices"
	"strconv"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/lib/pq"
)

type Claims struct {
	Tenant  string  `json:"tenant"`
	Plan    string  `json:"plan"`
	Level   int     `json:"lvl"`
	Quota   float64 `json:"quota"`
	Account string  `json:"acct"`
	jwt.RegisteredClaims
}

var plans = []string{"free", "pro", "enterprise"}

var regions = map[string]bool{"eu": true, "us": true}

// Numbers.

func numericMapClaim(db *sql.DB, claims jwt.MapClaims) {
	lvl, ok := claims["lvl"].(float64)
	if !ok {
		return
	}
	db.Query(fmt.Sprintf("SELECT id FROM docs WHERE level <= %d", int(lvl)))
	db.Query(fmt.Sprintf("SELECT id FROM docs WHERE level <= %v", lvl))
}

func numericStructClaim(db *sql.DB, c *Claims) {
	db.Query(fmt.Sprintf("SELECT id FROM docs WHERE level <= %d AND quota > %f", c.Level, c.Quota))
	db.Query("SELECT id FROM docs WHERE level <= " + strconv.Itoa(c.Level))
}

func atoiClaim(db *sql.DB, c *Claims) {
	acct, err := strconv.Atoi(c.Account)
	if err != nil {
		return
	}
	db.Query(fmt.Sprintf("SELECT id FROM invoices WHERE account = %d", acct))
	n, err := strconv.ParseInt(c.Subject, 10, 64)
	if err != nil {
		return
	}
	db.Query("SELECT id FROM invoices WHERE owner = " + strconv.FormatInt(n, 10))
}

func atoiMissing(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM invoices WHERE account = " + c.Account) // want `jwtsql: claim "acct" .*reaches the query text of \(\*sql\.DB\)\.Query`
}

func uuidClaim(db *sql.DB, c *Claims) {
	id, err := uuid.Parse(c.Subject)
	if err != nil {
		return
	}
	db.Query("SELECT id FROM notes WHERE owner = '" + id.String() + "'")
}

// Quoting.

func quoted(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM " + pq.QuoteIdentifier("tenant_"+c.Tenant) + ".notes")
	db.Query("SELECT id FROM notes WHERE owner = " + pq.QuoteLiteral(c.Subject))
	db.Query(fmt.Sprintf("SELECT id FROM %s", pgx.Identifier{c.Tenant, "notes"}.Sanitize()))
}

func schemaUnquoted(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM tenant_" + c.Tenant + ".notes") // want `jwtsql: claim "tenant" .*reaches the query text of \(\*sql\.DB\)\.Query`
}

// Membership in a constant set.

func switchOnClaim(db *sql.DB, c *Claims) {
	table := "free_limits"
	switch c.Plan {
	case "pro":
		table = "pro_limits"
	case "enterprise":
		table = "enterprise_limits"
	}
	db.Query("SELECT * FROM " + table)
}

func containsClaim(db *sql.DB, c *Claims) {
	if !slices.Contains(plans, c.Plan) {
		return
	}
	db.Query("SELECT * FROM limits_" + c.Plan)
}

func mapKeysClaim(db *sql.DB, claims jwt.MapClaims) {
	region, _ := claims["region"].(string)
	if !regions[region] {
		return
	}
	db.Query("SELECT * FROM accounts_" + region)
}

func equalsClaim(db *sql.DB, claims jwt.MapClaims) {
	role, _ := claims["role"].(string)
	if role == "admin" || role == "auditor" {
		db.Query("SELECT * FROM audit_" + role)
	}
}

func containsWrongValue(db *sql.DB, c *Claims) {
	if !slices.Contains(plans, c.Plan) {
		return
	}
	// The check proved c.Plan constant, not c.Tenant.
	db.Query("SELECT * FROM limits_" + c.Tenant) // want `jwtsql: claim "tenant" .*reaches the query text of \(\*sql\.DB\)\.Query`
}
