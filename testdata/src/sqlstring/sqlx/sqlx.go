// Package sqlx exercises sqlstring on github.com/jmoiron/sqlx: the methods
// of DB, Tx and Conn (Select, Get, Queryx, NamedExec...) and the package
// helpers taking a Queryer/Execer (sqlx.Select, sqlx.Get, sqlx.NamedExec...).
// Library builders (sqlx.In, Rebind, Named) carry their input's provenance:
// constant text in, constant text out.
package sqlx

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
)

type User struct {
	ID   int    `db:"id"`
	Name string `db:"name"`
}

func filter(r *http.Request) string { return r.FormValue("filter") }

// Positives: methods.

func dbMethods(ctx context.Context, db *sqlx.DB, r *http.Request) {
	var users []User
	var u User
	q := fmt.Sprintf("SELECT * FROM users WHERE %s", filter(r))
	db.Select(&users, q)             // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Select is built with fmt\.Sprintf`
	db.Get(&u, q)                    // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Get is built`
	db.Queryx(q)                     // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Queryx is built`
	db.QueryRowx(q)                  // want `sqlstring: the query text of \(\*sqlx\.DB\)\.QueryRowx is built`
	db.MustExec(q)                   // want `sqlstring: the query text of \(\*sqlx\.DB\)\.MustExec is built`
	db.NamedExec(q, u)               // want `sqlstring: the query text of \(\*sqlx\.DB\)\.NamedExec is built`
	db.NamedQuery(q, u)              // want `sqlstring: the query text of \(\*sqlx\.DB\)\.NamedQuery is built`
	db.Preparex(q)                   // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Preparex is built`
	db.PrepareNamed(q)               // want `sqlstring: the query text of \(\*sqlx\.DB\)\.PrepareNamed is built`
	db.SelectContext(ctx, &users, q) // want `sqlstring: the query text of \(\*sqlx\.DB\)\.SelectContext is built`
	db.GetContext(ctx, &u, q)        // want `sqlstring: the query text of \(\*sqlx\.DB\)\.GetContext is built`
	db.QueryxContext(ctx, q)         // want `sqlstring: the query text of \(\*sqlx\.DB\)\.QueryxContext is built`
	db.NamedExecContext(ctx, q, u)   // want `sqlstring: the query text of \(\*sqlx\.DB\)\.NamedExecContext is built`
	db.NamedQueryContext(ctx, q, u)  // want `sqlstring: the query text of \(\*sqlx\.DB\)\.NamedQueryContext is built`
	db.MustExecContext(ctx, q)       // want `sqlstring: the query text of \(\*sqlx\.DB\)\.MustExecContext is built`
	db.QueryRowxContext(ctx, q)      // want `sqlstring: the query text of \(\*sqlx\.DB\)\.QueryRowxContext is built`
	db.PreparexContext(ctx, q)       // want `sqlstring: the query text of \(\*sqlx\.DB\)\.PreparexContext is built`
	db.PrepareNamedContext(ctx, q)   // want `sqlstring: the query text of \(\*sqlx\.DB\)\.PrepareNamedContext is built`
	// The embedded *sql.DB's methods are promoted: still database/sql.
	db.QueryContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.DB\)\.QueryContext is built`
}

func txAndConn(ctx context.Context, tx *sqlx.Tx, conn *sqlx.Conn, r *http.Request) {
	var users []User
	q := "SELECT * FROM users WHERE " + filter(r)
	tx.Select(&users, q)               // want `sqlstring: the query text of \(\*sqlx\.Tx\)\.Select is built with \+`
	tx.NamedExec(q, users)             // want `sqlstring: the query text of \(\*sqlx\.Tx\)\.NamedExec is built`
	tx.GetContext(ctx, &users, q)      // want `sqlstring: the query text of \(\*sqlx\.Tx\)\.GetContext is built`
	conn.SelectContext(ctx, &users, q) // want `sqlstring: the query text of \(\*sqlx\.Conn\)\.SelectContext is built`
	conn.QueryxContext(ctx, q)         // want `sqlstring: the query text of \(\*sqlx\.Conn\)\.QueryxContext is built`
}

// Positives: package helpers, whose text is after the Queryer and dest.

func helpers(ctx context.Context, db *sqlx.DB, r *http.Request) {
	var users []User
	q := fmt.Sprintf("SELECT * FROM users WHERE %s", filter(r))
	sqlx.Select(db, &users, q)               // want `sqlstring: the query text of sqlx\.Select is built`
	sqlx.Get(db, &users, q)                  // want `sqlstring: the query text of sqlx\.Get is built`
	sqlx.SelectContext(ctx, db, &users, q)   // want `sqlstring: the query text of sqlx\.SelectContext is built`
	sqlx.GetContext(ctx, db, &users, q)      // want `sqlstring: the query text of sqlx\.GetContext is built`
	sqlx.MustExec(db, q)                     // want `sqlstring: the query text of sqlx\.MustExec is built`
	sqlx.NamedExec(db, q, users)             // want `sqlstring: the query text of sqlx\.NamedExec is built`
	sqlx.NamedQuery(db, q, users)            // want `sqlstring: the query text of sqlx\.NamedQuery is built`
	sqlx.NamedExecContext(ctx, db, q, users) // want `sqlstring: the query text of sqlx\.NamedExecContext is built`
	sqlx.Preparex(db, q)                     // want `sqlstring: the query text of sqlx\.Preparex is built`
}

// sqlx.In and Rebind keep the provenance of unsafe text.
func inOfBuiltText(db *sqlx.DB, ids []int, r *http.Request) {
	q, args, err := sqlx.In("SELECT * FROM users WHERE id IN (?) ORDER BY "+r.FormValue("sort"), ids)
	if err != nil {
		return
	}
	db.Queryx(db.Rebind(q), args...) // want `sqlstring: the query text of \(\*sqlx\.DB\)\.Queryx is built with \+`
}

// Hard negatives.

func bindArgs(ctx context.Context, db *sqlx.DB, r *http.Request) {
	var users []User
	name := r.FormValue("name")
	db.Select(&users, "SELECT * FROM users WHERE name = $1", name)
	sqlx.GetContext(ctx, db, &users, "SELECT * FROM users WHERE name = $1", name)
	db.NamedExec("UPDATE users SET name = :name WHERE id = :id", User{Name: name})
}

// sqlx.In expands the slice into placeholders: constant text in, constant
// text out, whatever the values; Rebind only rewrites placeholders.
func inAndRebind(db *sqlx.DB, r *http.Request) {
	names := r.Form["name"]
	q, args, err := sqlx.In("SELECT * FROM users WHERE name IN (?)", names)
	if err != nil {
		return
	}
	q = db.Rebind(q)
	db.Queryx(q, args...)
	db.Queryx(sqlx.Rebind(sqlx.DOLLAR, "SELECT * FROM users WHERE name = ?"), names[0])
}

// sqlx.Named turns :names into placeholders; the values are bind args.
func named(db *sqlx.DB, r *http.Request) {
	q, args, err := sqlx.Named("SELECT * FROM users WHERE name = :name", map[string]interface{}{"name": r.FormValue("name")})
	if err != nil {
		return
	}
	db.Queryx(db.Rebind(q), args...)
}
