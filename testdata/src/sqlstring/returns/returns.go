// Package returns exercises sqlstring on query text returned by functions
// of another package (sqlstring/returns/queries): the callee's summary,
// imported as a fact, says that its result is built from its parameters (or
// from request data), so the text it returns is judged with the caller's
// arguments. Helpers called with constants, or building placeholders and
// numbers, return constant text.
package returns

import (
	"database/sql"
	"net/http"

	"sqlstring/returns/queries"
	"sqlstring/returns/textutil"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func helperWithRequestData(db *sql.DB, r *http.Request) {
	db.Query(queries.NotesBy("owner", param(r, "owner"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func helperReadingRequest(db *sql.DB, r *http.Request) {
	q := queries.SortedFromRequest(r)
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func builderMethod(db *sql.DB, r *http.Request) {
	b := queries.NewBuilder(param(r, "sort"))
	db.Query(b.SQL()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built`
}

// A helper in a package that imports no SQL or JWT library.
func helperWithoutSQLImport(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes" + textutil.Where("owner", param(r, "owner"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// Hard negatives.

func helperWithConstants(db *sql.DB) {
	db.Query(queries.NotesBy("owner", "admin"))
}

func placeholders(db *sql.DB, ids []any) {
	db.Query(queries.InList(len(ids)), ids...)
}

func limit(db *sql.DB, r *http.Request) {
	n := len(r.URL.Query()["id"])
	db.Query(queries.Limit("SELECT id FROM notes", n))
}

func builderConst(db *sql.DB) {
	db.Query(queries.NewBuilder("created_at").SQL())
}

// A helper package that imports no SQL or JWT library is analysed like
// every package of the module: its summary says its result is built from
// its arguments, so constants in, safe text out...
func helperWithoutSQLImportConst(db *sql.DB) {
	db.Query("SELECT id FROM notes" + textutil.Where("owner", "admin"))
}

// ...request data in, text not proven safe out.
func helperWithoutSQLImportRequest(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes" + textutil.Where("owner", r.FormValue("owner"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}
