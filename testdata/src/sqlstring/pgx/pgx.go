// Package pgx exercises sqlstring on pgx v4 and v5: Conn, Tx (an interface:
// the call is dynamic), pgxpool.Pool, pgxpool.Conn, pgxpool.Tx and
// Batch.Queue. Built text reaches the query parameter (the second, after
// the context); bind arguments and constant text are not findings.
package pgx

import (
	"context"
	"fmt"
	"net/http"

	pgx4 "github.com/jackc/pgx/v4"
	pgxpool4 "github.com/jackc/pgx/v4/pgxpool"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func sortKey(r *http.Request) string { return r.FormValue("sort") }

// Positives, pgx v5.

func v5Conn(ctx context.Context, conn *pgx.Conn, r *http.Request) {
	q := "SELECT id FROM notes ORDER BY " + sortKey(r)
	conn.Query(ctx, q)            // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Query is built with \+`
	conn.QueryRow(ctx, q)         // want `sqlstring: the query text of \(\*pgx\.Conn\)\.QueryRow is built`
	conn.Exec(ctx, q)             // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Exec is built`
	conn.Prepare(ctx, "byKey", q) // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Prepare is built`
}

func v5Tx(ctx context.Context, tx pgx.Tx, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	tx.Query(ctx, q)            // want `sqlstring: the query text of \(pgx\.Tx\)\.Query is built with fmt\.Sprintf`
	tx.QueryRow(ctx, q)         // want `sqlstring: the query text of \(pgx\.Tx\)\.QueryRow is built`
	tx.Exec(ctx, q)             // want `sqlstring: the query text of \(pgx\.Tx\)\.Exec is built`
	tx.Prepare(ctx, "byKey", q) // want `sqlstring: the query text of \(pgx\.Tx\)\.Prepare is built`
}

func v5Pool(ctx context.Context, pool *pgxpool.Pool, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	pool.Query(ctx, q)    // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Query is built`
	pool.QueryRow(ctx, q) // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.QueryRow is built`
	pool.Exec(ctx, q)     // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Exec is built`
}

func v5PoolConnAndTx(ctx context.Context, pool *pgxpool.Pool, ptx *pgxpool.Tx, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	c, err := pool.Acquire(ctx)
	if err != nil {
		return
	}
	defer c.Release()
	c.Query(ctx, q)              // want `sqlstring: the query text of \(\*pgxpool\.Conn\)\.Query is built`
	c.Exec(ctx, q)               // want `sqlstring: the query text of \(\*pgxpool\.Conn\)\.Exec is built`
	ptx.QueryRow(ctx, q)         // want `sqlstring: the query text of \(\*pgxpool\.Tx\)\.QueryRow is built`
	ptx.Prepare(ctx, "byKey", q) // want `sqlstring: the query text of \(\*pgxpool\.Tx\)\.Prepare is built`
}

// A transaction started from a pool is a pgx.Tx: the dynamic call is a sink.
func v5PoolBegin(ctx context.Context, pool *pgxpool.Pool, r *http.Request) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return
	}
	tx.Exec(ctx, "UPDATE notes SET seen = true WHERE owner = '"+r.FormValue("owner")+"'") // want `sqlstring: the query text of \(pgx\.Tx\)\.Exec is built with \+`
}

func v5Batch(ctx context.Context, conn *pgx.Conn, r *http.Request) {
	b := &pgx.Batch{}
	b.Queue("SELECT id FROM notes ORDER BY " + sortKey(r)) // want `sqlstring: the query text of \(\*pgx\.Batch\)\.Queue is built with \+`
	conn.SendBatch(ctx, b)
}

// Positives, pgx v4.

func v4Conn(ctx context.Context, conn *pgx4.Conn, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	conn.Query(ctx, q)                    // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Query is built`
	conn.QueryRow(ctx, q)                 // want `sqlstring: the query text of \(\*pgx\.Conn\)\.QueryRow is built`
	conn.Exec(ctx, q)                     // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Exec is built`
	conn.Prepare(ctx, "byKey", q)         // want `sqlstring: the query text of \(\*pgx\.Conn\)\.Prepare is built`
	conn.QueryFunc(ctx, q, nil, nil, nil) // want `sqlstring: the query text of \(\*pgx\.Conn\)\.QueryFunc is built`
}

func v4Tx(ctx context.Context, tx pgx4.Tx, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	tx.Query(ctx, q)                    // want `sqlstring: the query text of \(pgx\.Tx\)\.Query is built`
	tx.Exec(ctx, q)                     // want `sqlstring: the query text of \(pgx\.Tx\)\.Exec is built`
	tx.QueryFunc(ctx, q, nil, nil, nil) // want `sqlstring: the query text of \(pgx\.Tx\)\.QueryFunc is built`
}

func v4Pool(ctx context.Context, pool *pgxpool4.Pool, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes ORDER BY %s", sortKey(r))
	pool.Query(ctx, q)                    // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Query is built`
	pool.QueryRow(ctx, q)                 // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.QueryRow is built`
	pool.Exec(ctx, q)                     // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.Exec is built`
	pool.QueryFunc(ctx, q, nil, nil, nil) // want `sqlstring: the query text of \(\*pgxpool\.Pool\)\.QueryFunc is built`
}

func v4Batch(r *http.Request) *pgx4.Batch {
	b := &pgx4.Batch{}
	b.Queue(fmt.Sprintf("DELETE FROM notes WHERE owner = '%s'", r.FormValue("owner"))) // want `sqlstring: the query text of \(\*pgx\.Batch\)\.Queue is built`
	return b
}

// Hard negatives.

func v5BindArgs(ctx context.Context, conn *pgx.Conn, pool *pgxpool.Pool, tx pgx.Tx, r *http.Request) {
	owner := r.FormValue("owner")
	conn.Query(ctx, "SELECT id FROM notes WHERE owner = $1", owner)
	pool.Exec(ctx, "DELETE FROM notes WHERE owner = $1", owner)
	tx.QueryRow(ctx, "SELECT count(*) FROM notes WHERE owner = $1", owner)
	b := &pgx.Batch{}
	b.Queue("SELECT id FROM notes WHERE owner = $1", owner)
	conn.SendBatch(ctx, b)
}

// The prepared-statement name is not SQL text; naming it after the user is
// harmless (the text is constant).
func v5PrepareName(ctx context.Context, conn *pgx.Conn, r *http.Request) {
	conn.Prepare(ctx, "stmt_"+r.FormValue("owner"), "SELECT id FROM notes WHERE owner = $1")
}

func v4BindArgs(ctx context.Context, conn *pgx4.Conn, pool *pgxpool4.Pool, r *http.Request) {
	owner := r.FormValue("owner")
	conn.Exec(ctx, "DELETE FROM notes WHERE owner = $1", owner)
	pool.QueryFunc(ctx, "SELECT id FROM notes WHERE owner = $1", []interface{}{owner}, nil, nil)
}

// Text built from constants only.
func v5ConstantBuilt(ctx context.Context, conn *pgx.Conn) {
	const cols = "id, title"
	conn.Query(ctx, "SELECT "+cols+" FROM notes")
	conn.Query(ctx, fmt.Sprintf("SELECT %s FROM notes LIMIT %d", cols, 10))
}
