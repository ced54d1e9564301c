// Package dollar exercises sqlstring's suggested fix on database/sql with a
// PostgreSQL driver (lib/pq, imported for its registration): request values
// pasted as values become $n bind parameters, numbered after the existing
// arguments; names, IN lists and LIMIT counts get no fix and a message
// saying what to do instead.
package dollar

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	_ "github.com/lib/pq"
)

const selectUsers = "SELECT id FROM users"

// Fixed: + in the call, quoted.
func query(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	db.Query("SELECT id FROM users WHERE name = '" + name + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
}

// Fixed: Sprintf in the call, numbered after the existing argument.
func queryContext(ctx context.Context, db *sql.DB, r *http.Request, tenant string) {
	name := r.FormValue("name")
	db.QueryContext(ctx, fmt.Sprintf("SELECT id FROM users WHERE tenant = $1 AND name = '%s'", name), tenant) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryContext is built with fmt\.Sprintf`
}

// Fixed: a local variable assigned just before, unquoted %s after =.
func queryRow(db *sql.DB, r *http.Request) {
	id := r.FormValue("id")
	q := fmt.Sprintf("SELECT name FROM users WHERE id = %s", id)
	db.QueryRow(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryRow is built with fmt\.Sprintf`
}

// Fixed: the variable is read after r.Context() runs, which cannot change
// a local string.
func queryRowContext(db *sql.DB, r *http.Request) {
	email := r.FormValue("email")
	q := "SELECT id FROM users WHERE email = '" + email + "'"
	db.QueryRowContext(r.Context(), q) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryRowContext is built with \+`
}

// Fixed: %d of a number stays in the Sprintf.
func exec(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	id, _ := strconv.Atoi(r.FormValue("id"))
	db.Exec(fmt.Sprintf("UPDATE users SET name = '%s' WHERE id = %d", name, id)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Sprintf`
}

// Fixed: %q loses its Go quotes.
func execContext(ctx context.Context, db *sql.DB, r *http.Request) {
	tok := r.Header.Get("X-Session")
	db.ExecContext(ctx, fmt.Sprintf("DELETE FROM sessions WHERE token = %q", tok)) // want `sqlstring: the query text of \(\*sql\.DB\)\.ExecContext is built with fmt\.Sprintf`
}

// Fixed: a transaction and a connection; a VALUES tuple of two values.
func txAndConn(ctx context.Context, tx *sql.Tx, conn *sql.Conn, r *http.Request) {
	msg, who := r.FormValue("msg"), r.FormValue("who")
	tx.Exec("INSERT INTO logs (msg, who) VALUES ('" + msg + "', '" + who + "')") // want `sqlstring: the query text of \(\*sql\.Tx\)\.Exec is built with \+`
	conn.QueryContext(ctx, "SELECT id FROM logs WHERE who = '"+who+"'")          // want `sqlstring: the query text of \(\*sql\.Conn\)\.QueryContext is built with \+`
}

// Fixed: a multi-line raw format stays raw; two values.
func multiline(ctx context.Context, db *sql.DB, r *http.Request) {
	owner, title := r.FormValue("owner"), r.FormValue("title")
	q := fmt.Sprintf(`SELECT id FROM notes
		WHERE owner = '%s' AND title = '%s'`, owner, title)
	rows, err := db.QueryContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryContext is built with fmt\.Sprintf`
	_, _ = rows, err
}

// Fixed: the ORDER BY column chosen from constants stays in the Sprintf.
func allowListedOrder(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	var order string
	switch r.FormValue("sort") {
	case "name":
		order = "name"
	default:
		order = "id"
	}
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = '%s' ORDER BY %s", name, order)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprintf`
}

// Fixed: a named constant stays as written; var declaration.
func namedConstant(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	var q = selectUsers + " WHERE name = '" + name + "' AND NOT deleted"
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// No fix: a name after ORDER BY; the message says so.
func orderBy(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM users ORDER BY " + r.FormValue("sort")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input \(r\.FormValue\("sort"\)\), pasted as a name after ORDER BY, where no bind parameter can go; choose it from an allow-list of constants, or quote it with pgx\.Identifier`
}

// No fix: a table name, a column of SET, a schema, an IN list, a LIMIT.
func names(db *sql.DB, r *http.Request, id int) {
	table := r.FormValue("table")
	db.Query(fmt.Sprintf("SELECT id FROM %s WHERE id = $1", table), id)          // want `pasted as a name after FROM, where no bind parameter can go`
	db.Exec("UPDATE users SET "+r.FormValue("col")+" = $1 WHERE id = $2", 1, id) // want `pasted as a name after SET`
	db.Query("SELECT id FROM " + r.FormValue("schema") + ".users")               // want `pasted as part of a name`
	db.Query("SELECT name FROM users WHERE id IN (" + r.FormValue("ids") + ")")  // want `pasted as an IN list, where no bind parameter can go; bind one placeholder per element`
	db.Query("SELECT name FROM users LIMIT " + r.FormValue("limit"))             // want `pasted as the count after LIMIT, where no bind parameter can go; convert it to a number`
	db.Query("SELECT name FROM users WHERE " + r.FormValue("col") + " = 'x'")    // want `pasted as a column name after WHERE`
}

// Not a finding: %d of an integer.
func number(db *sql.DB, r *http.Request) {
	id, _ := strconv.Atoi(r.FormValue("id"))
	db.Query(fmt.Sprintf("SELECT name FROM users WHERE id = %d", id))
}

// No fix, message unchanged: the rewrite would not be exact or mechanical.
// In order: $n after a spread (how many arguments?), a padding verb, part
// of a LIKE pattern, a whole condition, calls that would swap, a comment
// that would go.
func notMechanical(ctx context.Context, db *sql.DB, r *http.Request, args []any) {
	name := r.FormValue("name")
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name), args...)                  // want `sqlstring: .*; use bind parameters`
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = '%10s'", name))                         // want `sqlstring: .*; use bind parameters`
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE name LIKE '%%%s%%'", name))                    // want `sqlstring: .*; use bind parameters`
	db.Query("SELECT id FROM users WHERE " + r.FormValue("cond"))                                   // want `sqlstring: .*; use bind parameters`
	db.QueryContext(ctx, "SELECT id FROM users WHERE name = '"+r.FormValue("n")+"'", ctxValue(ctx)) // want `sqlstring: .*; use bind parameters`
	db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = '%s'" /* who */, name))                 // want `sqlstring: .*; use bind parameters`
}

func ctxValue(ctx context.Context) string { return "" }

// No fix in the variable form: a call moved past the statement, a
// statement in between, a second use.
func variables(db *sql.DB, r *http.Request) {
	q1 := fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", r.FormValue("name"))
	db.Query(q1) // want `sqlstring: .*; use bind parameters`

	name := r.FormValue("name")
	q2 := "SELECT id FROM users WHERE name = '" + name + "'"
	name = "x"
	db.Query(q2) // want `sqlstring: .*; use bind parameters`

	who := r.FormValue("who")
	q3 := "SELECT id FROM users WHERE name = '" + who + "'"
	db.Query(q3) // want `sqlstring: .*; use bind parameters`
	db.Exec(q3)  // want `sqlstring: .*; use bind parameters`
}
