// Package wrappers exercises sqlstring across a package boundary: the
// wrappers of sqlstring/wrappers/store reach SQL text through their
// parameters, and a finding is reported here, at the call that passes text
// not proven safe into the wrapper (the wrapper's own SQL call stays silent).
// A wrapper given constant text, or a value it only binds, is silent; so is
// a plain (unbuilt) string handed through: sqlstring reports built text.
package wrappers

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	"sqlstring/wrappers/store"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

// The caller builds the text.
func findBuiltHere(s *store.Store, r *http.Request) {
	s.Find("owner = '" + param(r, "owner") + "'") // want `sqlstring: the query text of \(\*store\.Store\)\.Find \(run by \(\*sql\.DB\)\.Query at store\.go:\d+\) is built with \+`
}

// The wrapper builds the text around request data.
func findBuiltInside(s *store.Store, r *http.Request) {
	s.Find(param(r, "where")) // want `sqlstring: the query text of \(\*store\.Store\)\.Find \(run by \(\*sql\.DB\)\.Query at store\.go:\d+\) is built with \+`
}

func runBuilt(ctx context.Context, s *store.Store, r *http.Request) {
	s.Run(ctx, fmt.Sprintf("DELETE FROM notes WHERE owner = '%s'", param(r, "owner"))) // want `sqlstring: the query text of \(\*store\.Store\)\.Run \(run by \(\*sql\.DB\)\.ExecContext at store\.go:\d+\) is built with fmt\.Sprintf`
}

func twoLevels(s *store.Store, r *http.Request) {
	s.SortedBy(param(r, "sort")) // want `sqlstring: the query text of \(\*store\.Store\)\.SortedBy \(run by \(\*sql\.DB\)\.Query at store\.go:\d+\) is built`
}

func packageFunc(db *sql.DB, r *http.Request) int {
	return store.Count(db, param(r, "table")) // want `sqlstring: the query text of store\.Count \(run by \(\*sql\.DB\)\.QueryRow at store\.go:\d+\) is built with \+`
}

// A method value of the wrapper is the wrapper.
func methodValue(s *store.Store, r *http.Request) {
	find := s.Find
	find(param(r, "where")) // want `sqlstring: the query text of \(\*store\.Store\)\.Find`
}

// Hard negatives.

func findConst(s *store.Store) {
	s.Find("owner = 'admin'")
	s.SortedBy("created_at")
}

func bindOnly(s *store.Store, r *http.Request) {
	s.ByOwner(param(r, "owner"))
}

func runConstWithArgs(ctx context.Context, s *store.Store, r *http.Request) {
	s.Run(ctx, "DELETE FROM notes WHERE owner = $1", param(r, "owner"))
}

// Text that is handed through but never built is not sqlstring's finding:
// the query comes from elsewhere (a migration file, configuration).
func runUnbuilt(ctx context.Context, s *store.Store, migration string) {
	s.Run(ctx, migration)
}

// A local wrapper of the package: the same rules hold within one package.
func localFind(db *sql.DB, where string) {
	db.Query("SELECT id FROM notes WHERE " + where)
}

func localCallers(db *sql.DB, r *http.Request) {
	localFind(db, param(r, "where")) // want `sqlstring: the query text of wrappers\.localFind \(run by \(\*sql\.DB\)\.Query at wrappers\.go:\d+\) is built with \+`
	localFind(db, "deleted = false")
}
