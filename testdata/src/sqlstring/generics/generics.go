// Package generics exercises generic helpers: their bodies are summarised
// once and each call applies the summary to its own arguments, whatever
// the instantiation.
package generics

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"sqlstring/generics/sqlutil"
)

// placeholders returns "(?, ?, ...)" and its values as bind arguments.
func placeholders[T any](vs []T) (string, []any) {
	marks := make([]string, len(vs))
	args := make([]any, len(vs))
	for i, v := range vs {
		marks[i] = "?"
		args[i] = v
	}
	return "(" + strings.Join(marks, ", ") + ")", args
}

// numbered is constrained: "$1, $2, ..." after an offset.
func numbered[T ~int64 | ~string](offset int, vs []T) string {
	var b strings.Builder
	for i := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(offset+i+1))
	}
	return b.String()
}

// joined pastes its values.
func joined[T any](vs []T) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, ", ")
}

// first returns its first element.
func first[T any](vs []T) T { return vs[0] }

type ID string

// Hard negatives: placeholders from generic helpers, instantiated with
// several types.

func placeholdersStrings(db *sql.DB, r *http.Request) {
	in, args := placeholders(r.URL.Query()["id"])
	db.Query("SELECT id FROM notes WHERE id IN "+in, args...)
}

func placeholdersInts(db *sql.DB, ids []int) {
	in, args := placeholders(ids)
	db.Query("SELECT id FROM notes WHERE id IN "+in, args...)
}

func numberedIDs(db *sql.DB, r *http.Request) {
	ids := []ID{ID(r.FormValue("a")), ID(r.FormValue("b"))}
	db.Query("SELECT id FROM notes WHERE owner = $1 AND id IN ("+numbered(1, ids)+")", "me")
}

func firstConst(db *sql.DB) {
	db.Query("SELECT id FROM notes ORDER BY " + first([]string{"created_at", "id"}))
}

// Positives: a generic helper carries its arguments into the text.

func joinedRequest(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE id IN (" + joined(r.URL.Query()["id"]) + ")") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprint from remote input`
}

func firstRequest(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes ORDER BY " + first(r.URL.Query()["sort"])) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
}

func firstTyped(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = '" + string(first([]ID{ID(r.FormValue("o"))})) + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
}

// Across packages.

func inOtherPackage(db *sql.DB, r *http.Request) {
	where, args := sqlutil.In("owner", r.URL.Query()["owner"])
	db.Query("SELECT id FROM notes WHERE "+where, args...)
}

func literalOtherPackage(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = " + sqlutil.Literal(ID(r.FormValue("o")))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
}

func literalConst(db *sql.DB) {
	db.Query("SELECT id FROM notes WHERE owner = " + sqlutil.Literal("admin"))
}
