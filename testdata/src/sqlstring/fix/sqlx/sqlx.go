// Package sqlx exercises sqlstring's suggested fix on sqlx: the driver's
// syntax ($n here, lib/pq being imported), or ? for text passed through
// Rebind, which rewrites ? into the driver's syntax.
package sqlx

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

type user struct{ ID int }

func methods(ctx context.Context, db *sqlx.DB, r *http.Request) {
	name := r.FormValue("name")
	var users []user
	var u user
	db.Select(&users, "SELECT id FROM users WHERE name = '"+name+"'")                         // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Select is built with \+`
	db.Get(&u, fmt.Sprintf("SELECT id FROM users WHERE name = '%s'", name))                   // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Get is built with fmt\.Sprintf`
	db.Queryx(fmt.Sprintf("SELECT id FROM users WHERE tenant = $1 AND name = '%s'", name), 3) // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Queryx is built with fmt\.Sprintf`
	q := "SELECT id FROM users WHERE email = '" + name + "'"
	db.GetContext(ctx, &u, q) // want `sqlstring: the query text of \(\*sqlx\.DB\)\.GetContext is built with \+`
}

func rebind(db *sqlx.DB, tx *sqlx.Tx, r *http.Request) {
	name := r.FormValue("name")
	var users []user
	db.Select(&users, db.Rebind("SELECT id FROM users WHERE name = '"+name+"'")) // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Select is built with \+`
	q := sqlx.Rebind(sqlx.DOLLAR, fmt.Sprintf("SELECT id FROM users WHERE a = ? AND name = '%s'", name))
	tx.Select(&users, q, 1) // want `sqlstring: the query text of \(\*sqlx\.Tx\)\.Select is built with fmt\.Sprintf`
}

func functions(db *sqlx.DB, r *http.Request) {
	name := r.FormValue("name")
	var u user
	sqlx.Get(db, &u, "SELECT id FROM users WHERE name = '"+name+"'") // want `sqlstring: the query text of sqlx\.Get is built with \+`
}

// No fix: named queries read :name, not placeholders.
func named(db *sqlx.DB, r *http.Request) {
	db.NamedExec("UPDATE users SET name = :name WHERE id = '"+r.FormValue("id")+"'", map[string]any{"name": "x"}) // want `sqlstring: .*; use bind parameters`
}
