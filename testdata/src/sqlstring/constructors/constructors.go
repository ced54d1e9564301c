// Package constructors exercises fields set by constructors in other
// packages and functions: a field keeps the provenance of the argument it
// was set from, and only that field.
package constructors

import (
	"database/sql"
	"net/http"

	"sqlstring/constructors/repo"
)

type Server struct {
	repo *repo.Repo
	name string
}

// NewServer hands its table to repo.New: the server's field .0 holds a
// repo whose table is parameter 1.
func NewServer(db *sql.DB, table string) *Server {
	return &Server{repo: repo.New(db, table), name: "notes"}
}

func (s *Server) list() { s.repo.All() }

func (s *Server) ordered() { s.repo.Ordered() }

// Positives.

func directFromRequest(db *sql.DB, r *http.Request) {
	rp := repo.New(db, r.FormValue("table"))
	rp.All() // want `sqlstring: the query text of \(\*repo\.Repo\)\.All \(run by \(\*sql\.DB\)\.Query at repo\.go:\d+\) is built with \+ from remote input`
}

func throughServer(db *sql.DB, r *http.Request) {
	srv := NewServer(db, r.FormValue("table"))
	srv.list() // want `sqlstring: the query text of constructors\.\(\*Server\)\.list|sqlstring: the query text of \(\*constructors\.Server\)\.list`
}

// Hard negatives: a constant table; the request data sits in a field that
// no query reads.

func directConst(db *sql.DB) {
	rp := repo.New(db, "notes")
	rp.All()
}

func otherFieldOnly(db *sql.DB, r *http.Request) {
	rp := repo.New(db, r.FormValue("table"))
	rp.Ordered()
}

func throughServerOrdered(db *sql.DB, r *http.Request) {
	srv := NewServer(db, r.FormValue("table"))
	srv.ordered()
}
