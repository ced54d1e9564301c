// Package databasesql exercises sqlstring on every query-running method of
// database/sql (DB, Tx, Conn, Stmt): query text built with fmt.Sprintf from a
// request value is reported at the call; constant text with bind parameters,
// and prepared statements' bind arguments, are not.
package databasesql

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

func userInput(r *http.Request) string { return r.URL.Query().Get("name") }

// Positives: one per method.

func dbQuery(db *sql.DB, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", userInput(r))
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprintf from remote input \(r\.URL\.Query\(\)\)`
}

func dbQueryContext(ctx context.Context, db *sql.DB, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", userInput(r))
	db.QueryContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryContext is built`
}

func dbQueryRow(db *sql.DB, r *http.Request) {
	db.QueryRow("SELECT id FROM users WHERE name = '" + userInput(r) + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryRow is built with \+`
}

func dbQueryRowContext(ctx context.Context, db *sql.DB, r *http.Request) {
	db.QueryRowContext(ctx, fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", userInput(r))) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryRowContext is built`
}

func dbExec(db *sql.DB, r *http.Request) {
	db.Exec(fmt.Sprintf("DELETE FROM users WHERE name = '%s'", userInput(r))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built`
}

func dbExecContext(ctx context.Context, db *sql.DB, r *http.Request) {
	db.ExecContext(ctx, fmt.Sprintf("DELETE FROM users WHERE name = '%s'", userInput(r))) // want `sqlstring: the query text of \(\*sql\.DB\)\.ExecContext is built`
}

func dbPrepare(db *sql.DB, r *http.Request) {
	db.Prepare(fmt.Sprintf("SELECT id FROM %s WHERE id = ?", userInput(r))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Prepare is built`
}

func dbPrepareContext(ctx context.Context, db *sql.DB, r *http.Request) {
	db.PrepareContext(ctx, fmt.Sprintf("SELECT id FROM %s WHERE id = ?", userInput(r))) // want `sqlstring: the query text of \(\*sql\.DB\)\.PrepareContext is built`
}

func txMethods(ctx context.Context, tx *sql.Tx, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", userInput(r))
	tx.Query(q)                // want `sqlstring: the query text of \(\*sql\.Tx\)\.Query is built`
	tx.QueryContext(ctx, q)    // want `sqlstring: the query text of \(\*sql\.Tx\)\.QueryContext is built`
	tx.QueryRow(q)             // want `sqlstring: the query text of \(\*sql\.Tx\)\.QueryRow is built`
	tx.QueryRowContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.Tx\)\.QueryRowContext is built`
	tx.Exec(q)                 // want `sqlstring: the query text of \(\*sql\.Tx\)\.Exec is built`
	tx.ExecContext(ctx, q)     // want `sqlstring: the query text of \(\*sql\.Tx\)\.ExecContext is built`
	tx.Prepare(q)              // want `sqlstring: the query text of \(\*sql\.Tx\)\.Prepare is built`
	tx.PrepareContext(ctx, q)  // want `sqlstring: the query text of \(\*sql\.Tx\)\.PrepareContext is built`
}

func connMethods(ctx context.Context, conn *sql.Conn, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", userInput(r))
	conn.QueryContext(ctx, q)    // want `sqlstring: the query text of \(\*sql\.Conn\)\.QueryContext is built`
	conn.QueryRowContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.Conn\)\.QueryRowContext is built`
	conn.ExecContext(ctx, q)     // want `sqlstring: the query text of \(\*sql\.Conn\)\.ExecContext is built`
	conn.PrepareContext(ctx, q)  // want `sqlstring: the query text of \(\*sql\.Conn\)\.PrepareContext is built`
}

// Hard negatives: a naive matcher flags any non-literal query argument or
// any call near string building.

func constantText(ctx context.Context, db *sql.DB, tx *sql.Tx, conn *sql.Conn, r *http.Request) {
	name := userInput(r)
	db.Query("SELECT id FROM users WHERE name = $1", name)
	db.QueryRowContext(ctx, "SELECT id FROM users WHERE name = $1", name)
	tx.ExecContext(ctx, "DELETE FROM users WHERE name = $1", name)
	conn.QueryContext(ctx, "SELECT id FROM users WHERE name = $1", name)
}

// The statement is prepared from constant text; its bind arguments carry
// request data, which is the correct pattern.
func stmtBindArgs(ctx context.Context, db *sql.DB, r *http.Request) {
	stmt, err := db.PrepareContext(ctx, "SELECT id FROM users WHERE name = $1")
	if err != nil {
		return
	}
	defer stmt.Close()
	name := userInput(r)
	stmt.Query(name)
	stmt.QueryContext(ctx, name)
	stmt.QueryRow(name)
	stmt.QueryRowContext(ctx, name)
	stmt.Exec(name)
	stmt.ExecContext(ctx, name)
}

// Built text whose every part is a constant.
func builtFromConstants(db *sql.DB) {
	const table = "users"
	q := fmt.Sprintf("SELECT id FROM %s WHERE active = %t", table, true)
	db.Query(q)
	db.Exec("DELETE FROM " + table + " WHERE expired")
}

// Building text that is never run as SQL (a log line) is not a finding.
func builtButNotQuery(db *sql.DB, r *http.Request) string {
	msg := fmt.Sprintf("user %s looked up", userInput(r))
	db.Query("SELECT 1")
	return msg
}
