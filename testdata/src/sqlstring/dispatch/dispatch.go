// Package dispatch calls database wrappers through an interface whose
// implementation is chosen at run time: the call reaches the summaries of
// every implementation the package can see, and is reported when one of
// them pastes the argument into query text.
package dispatch

import (
	"database/sql"
	"net/http"
	"os"

	"sqlstring/dispatch/dialect"
	"sqlstring/dispatch/mysqldialect"
	"sqlstring/dispatch/pgdialect"
)

type Store struct {
	db     *sql.DB
	driver dialect.Dialect
}

func New(db *sql.DB) *Store {
	if os.Getenv("DB") == "mysql" {
		return &Store{db: db, driver: mysqldialect.Dialect{}}
	}
	return &Store{db: db, driver: &pgdialect.Dialect{}}
}

func (s *Store) columns(w http.ResponseWriter, r *http.Request) {
	s.driver.Columns(s.db, r.FormValue("table")) // want `sqlstring: the query text of \(mysqldialect\.Dialect\)\.Columns \(run by \(\*sql\.DB\)\.Query at mysqldialect\.go:\d+\) is built with \+ from remote input`
}

// Hard negatives: every implementation binds the owner; a constant table.
func (s *Store) count(w http.ResponseWriter, r *http.Request) {
	s.driver.Count(s.db, r.FormValue("owner"))
}

func (s *Store) notesColumns() {
	s.driver.Columns(s.db, "notes")
}

// The same interface held in a parameter.
func columnsOf(d dialect.Dialect, db *sql.DB, r *http.Request) {
	d.Columns(db, r.URL.Query().Get("t")) // want `sqlstring: the query text of \(mysqldialect\.Dialect\)\.Columns`
}
