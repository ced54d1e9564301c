// Package allowlists exercises the allow-list shapes that prove a value is
// one of a set of constants (so it may be pasted into query text as an
// identifier), and their near misses.
package allowlists

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"slices"
	"strings"

	"sqlstring/allowlists/service"
)

// sortable is never written after its declaration: every key is constant.
var sortable = map[string]bool{"created_at": true, "title": true}

// extensible gains keys at run time: not an allow-list.
var extensible = map[string]bool{"created_at": true}

func Register(col string) { extensible[col] = true }

var columns = []string{"created_at", "title"}

var errBadSort = errors.New("bad sort")

// Hard negatives.

func boolMapNegated(db *sql.DB, r *http.Request) error {
	col := r.FormValue("sort")
	if !sortable[col] {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col)
	return err
}

func boolMapTrueBranch(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	if sortable[col] {
		db.Query("SELECT id FROM notes ORDER BY " + col)
	}
}

func commaOk(db *sql.DB, r *http.Request) error {
	col := r.FormValue("sort")
	if _, ok := sortable[col]; !ok {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col)
	return err
}

func entryByEntry(db *sql.DB, r *http.Request) error {
	allowed := map[string]bool{}
	allowed["created_at"] = true
	allowed["title"] = true
	col := r.FormValue("sort")
	if !allowed[col] {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col)
	return err
}

func containsPackageList(db *sql.DB, r *http.Request) error {
	col := r.FormValue("sort")
	if !slices.Contains(columns, col) {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col)
	return err
}

// A guard in the callee: the service admits the key only when it is
// allowed, so handing it request data is fine.
func guardInCallee(ctx context.Context, s *service.Service, r *http.Request) {
	s.List(ctx, r.FormValue("order"))
	s.ListOK(ctx, r.FormValue("order"))
}

type params struct {
	SortBy string
	Dir    string
}

// A guard on a field holds for the later reads of the same field.
func fieldGuard(db *sql.DB, p *params) {
	sort := "created_at"
	if sortable[p.SortBy] {
		sort = p.SortBy
	}
	db.Query("SELECT id FROM notes ORDER BY " + sort)
}

func fieldGuardCaller(db *sql.DB, r *http.Request) {
	fieldGuard(db, &params{SortBy: r.FormValue("sort")})
}

// Positives: near misses.

func writtenElsewhere(db *sql.DB, r *http.Request) error {
	col := r.FormValue("sort")
	if !extensible[col] {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
	return err
}

// An escape hatch next to the allow-list lets anything with the prefix in.
func escapeHatch(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	if sortable[col] || strings.HasPrefix(col, "x_") {
		db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
	}
}

func escapeHatchNegated(db *sql.DB, r *http.Request) error {
	col := r.FormValue("sort")
	if !sortable[col] && !strings.HasPrefix(col, "x_") {
		return errBadSort
	}
	_, err := db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
	return err
}

// The guard tests one field, the query uses another.
func otherField(db *sql.DB, p *params) {
	if sortable[p.SortBy] {
		db.Query("SELECT id FROM notes ORDER BY " + p.SortBy + " " + p.Dir)
	}
}

func otherFieldCaller(db *sql.DB, r *http.Request) {
	otherField(db, &params{SortBy: r.FormValue("sort"), Dir: r.FormValue("dir")}) // want `sqlstring: the query text of allowlists\.otherField \(run by \(\*sql\.DB\)\.Query at allowlists\.go:\d+\) is built with \+ from remote input`
}

// The callee pastes its parameter without a guard.
func noGuardInCallee(ctx context.Context, s *service.Service, r *http.Request) {
	s.ListUnchecked(ctx, r.FormValue("order")) // want `sqlstring: the query text of \(\*service\.Service\)\.ListUnchecked \(run by \(\*sql\.DB\)\.QueryContext at service\.go:\d+\) is built with \+ from remote input`
}
