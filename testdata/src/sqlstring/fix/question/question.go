// Package question exercises sqlstring's suggested fix on database/sql with
// a MySQL driver, told by the driver name the package opens: ? bind
// parameters, bound in order of appearance, so a value goes among the
// existing arguments where its placeholder falls.
package question

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

func open(dsn string) (*sql.DB, error) { return sql.Open("mysql", dsn) }

// Fixed: the value's ? comes before the existing one.
func before(db *sql.DB, r *http.Request, tenant string) {
	name := r.FormValue("name")
	db.Query("SELECT id FROM users WHERE name = '"+name+"' AND tenant = ?", tenant) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// Fixed: after the existing one.
func after(ctx context.Context, db *sql.DB, r *http.Request, tenant string) {
	name := r.FormValue("name")
	db.QueryRowContext(ctx, fmt.Sprintf("SELECT id FROM users WHERE tenant = ? AND name = '%s'", name), tenant) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryRowContext is built with fmt\.Sprintf`
}

// Fixed: between two existing ones, from a variable.
func between(ctx context.Context, db *sql.DB, r *http.Request, a, b int) {
	name := r.FormValue("name")
	q := "UPDATE users SET score = ? WHERE name = '" + name + "' AND id = ?"
	db.ExecContext(ctx, q, a, b) // want `sqlstring: the query text of \(\*sql\.DB\)\.ExecContext is built with \+`
}

// Fixed: after a spread of arguments whose placeholders all come first;
// the full slice expression keeps the caller's array untouched.
func spread(db *sql.DB, r *http.Request, args []any) {
	name := r.FormValue("name")
	db.Query("SELECT id FROM users WHERE tenant IN (?, ?) AND name = '"+name+"'", args...) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// No fix: the value's ? would go inside the spread; a ? in a literal; a
// count of ? that does not match the arguments.
func noFix(db *sql.DB, r *http.Request, args []any, tenant string) {
	name := r.FormValue("name")
	db.Query("SELECT id FROM users WHERE name = '"+name+"' AND tenant IN (?, ?)", args...) // want `sqlstring: .*; use bind parameters`
	db.Query("SELECT id FROM users WHERE note = 'why?' AND name = '" + name + "'")         // want `sqlstring: .*; use bind parameters`
	db.Query("SELECT id FROM users WHERE a = ? AND b = ? AND name = '"+name+"'", tenant)   // want `sqlstring: .*; use bind parameters`
	db.Query("SELECT id FROM users ORDER BY "+name+" LIMIT ?", 10)                         // want `pasted as a name after ORDER BY`
}
