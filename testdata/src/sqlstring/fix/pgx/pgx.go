// Package pgx exercises sqlstring's suggested fix on pgx v5 connections,
// pools, transactions and batches: always $n, PostgreSQL's own syntax.
package pgx

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func conn(ctx context.Context, c *pgx.Conn, r *http.Request) {
	name := r.FormValue("name")
	c.Query(ctx, "SELECT id FROM users WHERE name = '"+name+"'")                             // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Query is built with \+`
	c.QueryRow(ctx, fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name))             // want `sqlstring: the query text of \(\*pgx\.Conn\)\.QueryRow is built with fmt\.Sprintf`
	c.Exec(ctx, fmt.Sprintf("DELETE FROM users WHERE tenant = $1 AND name = '%s'", name), 7) // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Exec is built with fmt\.Sprintf`
}

func pool(ctx context.Context, p *pgxpool.Pool, r *http.Request) {
	name := r.FormValue("name")
	p.Query(ctx, fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name)) // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Query is built with fmt\.Sprintf`

	p.QueryRow(ctx, "SELECT id FROM users WHERE login = '"+name+"'") // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.QueryRow is built with \+`

	// No fix: r.FormValue would move from the assignment into the call.
	q := "SELECT id FROM users WHERE email = '" + r.FormValue("email") + "'"
	p.QueryRow(ctx, q) // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.QueryRow is built with \+`

	tag := r.FormValue("tag")
	stmt := fmt.Sprintf("UPDATE notes SET tag = '%s' WHERE owner = $1", tag)
	p.Exec(ctx, stmt, name) // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Exec is built with fmt\.Sprintf`
}

func txAndBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch, r *http.Request, tenant string) {
	name := r.FormValue("name")
	tx.Exec(ctx, "DELETE FROM users WHERE name = '"+name+"'")                       // want `sqlstring: the query text of \(pgx\.Tx\)\.Exec is built with \+`
	b.Queue("SELECT id FROM users WHERE tenant = $1 AND name = '"+name+"'", tenant) // want `sqlstring: the query text of \(\*pgx\.Batch\)\.Queue is built with \+`
}

// No fix: a query option among the arguments changes how they are read;
// a table name.
func noFix(ctx context.Context, c *pgx.Conn, r *http.Request) {
	name := r.FormValue("name")
	c.Query(ctx, "SELECT id FROM users WHERE name = '"+name+"'", pgx.QueryExecModeSimpleProtocol) // want `sqlstring: .*; use bind parameters`
	c.Query(ctx, "SELECT id FROM "+name)                                                          // want `pasted as a name after FROM, where no bind parameter can go; choose it from an allow-list of constants, or quote it with pgx\.Identifier`
}
