// Package fix exercises jwtsql's suggested fix: claims and header values
// pasted into SQL text as values become bind parameters ($n: pgx, and
// database/sql with pgx's driver imported); as a name (ORDER BY, a table)
// they get no fix and a message saying what to do instead.
package fix

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
)

type Claims struct {
	Tenant string `json:"tenant"`
	Sort   string `json:"sort"`
	OrgID  int64  `json:"org_id"`
	jwt.RegisteredClaims
}

var key = []byte("0123456789abcdef0123456789abcdef")

func keyFunc(*jwt.Token) (any, error) { return key, nil }

func parse(raw string) (*Claims, error) {
	c := &Claims{}
	if _, err := jwt.ParseWithClaims(raw, c, keyFunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return nil, err
	}
	return c, nil
}

// Fixed: Sprintf in a pgxpool call.
func pool(ctx context.Context, p *pgxpool.Pool, raw string) {
	c, err := parse(raw)
	if err != nil {
		return
	}
	p.Query(ctx, fmt.Sprintf("SELECT id FROM notes WHERE tenant_id = '%s' ORDER BY updated_at DESC", c.Tenant)) // want `jwtsql: claim "tenant" .*reaches the query text of \(\*pgxpool\.Pool\)\.Query; pass it as a bind parameter instead`
}

// Fixed: + in a variable, after an existing argument; the org id (a
// number) stays in the text.
func db(db *sql.DB, raw string) {
	c, err := parse(raw)
	if err != nil {
		return
	}
	q := fmt.Sprintf("SELECT id FROM notes WHERE archived = $1 AND org = %d AND owner = '%s'", c.OrgID, c.Subject)
	db.Query(q, false) // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
}

// Fixed: a header value in a key function's lookup.
func lookup(p *pgxpool.Pool) jwt.Keyfunc {
	return func(tok *jwt.Token) (any, error) {
		kid, _ := tok.Header["kid"].(string)
		var secret []byte
		err := p.QueryRow(context.Background(), "SELECT secret FROM keys WHERE kid = '"+kid+"'").Scan(&secret) // want `jwtsql: header "kid" .*reaches the query text of \(\*pgxpool\.Pool\)\.QueryRow; pass it as a bind parameter instead`
		return secret, err
	}
}

// No fix: the claim is a name; the message says what to do.
func names(ctx context.Context, p *pgxpool.Pool, raw string) {
	c, err := parse(raw)
	if err != nil {
		return
	}
	p.Query(ctx, "SELECT id FROM notes ORDER BY "+c.Sort)                 // want `jwtsql: claim "sort" .*reaches the query text of \(\*pgxpool\.Pool\)\.Query as a name after ORDER BY, where no bind parameter can go; choose it from an allow-list of constants, or quote it with pgx\.Identifier`
	p.Query(ctx, fmt.Sprintf("SELECT id FROM tenant_%s.notes", c.Tenant)) // want `jwtsql: claim "tenant" .*as part of a name, where no bind parameter can go`
}
