// Package untrusted is run with -untrusted=remote,stored: findings about
// program input and values of no known kind are not reported, the others
// are.
package untrusted

import (
	"database/sql"
	"net/http"
	"os"
)

func remote(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes ORDER BY " + r.FormValue("sort")) // want `from remote input`
}

func stored(db *sql.DB) {
	var f string
	db.QueryRow("SELECT filter FROM saved").Scan(&f)
	db.Query("SELECT id FROM notes WHERE " + f) // want `from stored input`
}

func program(db *sql.DB) {
	db.Exec("SET ROLE " + os.Getenv("ROLE"))
}

func unknown(db *sql.DB) {
	h, _ := os.Hostname()
	db.Exec("UPDATE nodes SET seen = now() WHERE name = '" + h + "'")
}

// Remote input wins over program input in one value.
func both(db *sql.DB, r *http.Request) {
	db.Exec("SET ROLE " + os.Getenv("ROLE") + r.FormValue("x")) // want `from remote input`
}

// A wrapper whose text holds program input of its own is reported inside
// only when program input is reported: here its caller passing request
// data is reported instead.
func withRole(db *sql.DB, col string) {
	db.Exec("SELECT " + col + " FROM roles WHERE name = '" + os.Getenv("ROLE") + "'")
}

func callsWithRole(db *sql.DB, r *http.Request) {
	withRole(db, r.FormValue("c")) // want `the query text of untrusted\.withRole \(run by \(\*sql\.DB\)\.Exec at untrusted\.go:\d+\) is built with \+ from remote input`
}
