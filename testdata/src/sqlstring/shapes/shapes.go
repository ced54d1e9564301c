// Package shapes exercises how sqlstring follows query text from where it is
// built to the SQL call: assignments, branches (phi), +, += in loops,
// fmt.Sprintf/Sprint, strings.Builder and bytes.Buffer (WriteString,
// fmt.Fprintf into them), strings.Join/Replace/ToLower, []byte/string
// conversions, struct fields, slices, maps, closures, method values,
// interface calls whose concrete type is known, functions returning the
// text, and text/template executed into a buffer. Each positive has a
// negative twin built the same way from constants only.
package shapes

import (
	"bytes"
	"database/sql"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"text/template"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Assignments.

func assignChain(db *sql.DB, r *http.Request) {
	cond := "owner = '" + param(r, "owner") + "'"
	q := "SELECT id FROM notes WHERE " + cond
	q2 := q
	db.Query(q2) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func assignChainConst(db *sql.DB) {
	cond := "owner = 'admin'"
	q := "SELECT id FROM notes WHERE " + cond
	q2 := q
	db.Query(q2)
}

// Branches: unsafe on one path is enough.

func phi(db *sql.DB, r *http.Request, all bool) {
	var q string
	if all {
		q = "SELECT id FROM notes"
	} else {
		q = "SELECT id FROM notes WHERE owner = '" + param(r, "owner") + "'"
	}
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func phiConst(db *sql.DB, all bool) {
	q := "SELECT id FROM notes WHERE owner = 'admin'"
	if all {
		q = "SELECT id FROM notes"
	}
	db.Query(q)
}

// += in a loop.

func plusEqualLoop(db *sql.DB, r *http.Request) {
	q := "SELECT id FROM notes WHERE true"
	for _, tag := range r.URL.Query()["tag"] {
		q += " AND tag = '" + tag + "'"
	}
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func plusEqualLoopConst(db *sql.DB, tags []string) {
	q := "SELECT id FROM notes WHERE true"
	for range tags {
		q += " AND tag = ?"
	}
	db.Query(q)
}

// fmt.

func sprintf(db *sql.DB, r *http.Request) {
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE title LIKE '%%%s%%'", param(r, "q"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprintf`
}

func sprint(db *sql.DB, r *http.Request) {
	db.Query(fmt.Sprint("SELECT id FROM notes ORDER BY ", param(r, "sort"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprint`
}

func sprintConst(db *sql.DB) {
	db.Query(fmt.Sprint("SELECT id FROM notes ORDER BY ", "title"))
}

// Buffers.

func builder(db *sql.DB, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM notes WHERE owner = '")
	sb.WriteString(param(r, "owner"))
	sb.WriteString("'")
	db.Query(sb.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with strings\.Builder\.WriteString`
}

func builderConst(db *sql.DB, n int) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM notes WHERE id IN (")
	for i := 0; i < n; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("?")
	}
	sb.WriteString(")")
	db.Query(sb.String())
}

func builderFprintf(db *sql.DB, r *http.Request) {
	sb := &strings.Builder{}
	fmt.Fprintf(sb, "SELECT id FROM notes ORDER BY %s", param(r, "sort"))
	db.Query(sb.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Fprintf`
}

func buffer(db *sql.DB, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("DELETE FROM notes WHERE owner = '")
	buf.WriteString(param(r, "owner"))
	buf.WriteByte('\'')
	db.Exec(buf.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with bytes\.Buffer\.WriteString`
}

func bufferFprintf(db *sql.DB, r *http.Request) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "DELETE FROM notes WHERE owner = '%s'", param(r, "owner"))
	db.Exec(buf.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with fmt\.Fprintf`
}

func bufferFprintfConst(db *sql.DB, limit int) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "DELETE FROM notes WHERE id > %d", limit)
	db.Exec(buf.String())
}

// strings helpers.

func join(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM notes") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with strings\.Join`
}

func joinConst(db *sql.DB) {
	cols := []string{"id", "title", "owner"}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM notes")
}

func replace(db *sql.DB, r *http.Request) {
	const tmpl = "SELECT id FROM notes ORDER BY {col}"
	db.Query(strings.Replace(tmpl, "{col}", param(r, "sort"), 1)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with strings\.Replace`
}

func replaceAllConst(db *sql.DB) {
	const tmpl = "SELECT id FROM {table} WHERE {table}.owner = ?"
	db.Query(strings.ReplaceAll(tmpl, "{table}", "notes"), "admin")
}

// ToLower keeps the provenance of its input: of the built text, and of the
// request value before it is pasted.
func toLower(db *sql.DB, r *http.Request) {
	db.Query(strings.ToLower("SELECT id FROM notes ORDER BY " + param(r, "sort"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
	db.Query("SELECT id FROM notes ORDER BY " + strings.ToLower(param(r, "sort"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// Conversions.

func byteConversions(db *sql.DB, r *http.Request) {
	b := []byte("SELECT id FROM notes WHERE owner = '")
	b = append(b, param(r, "owner")...)
	b = append(b, '\'')
	db.Query(string(b)) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built`
}

func stringConversion(db *sql.DB, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	q := "SELECT id FROM notes WHERE title = '" + string(body) + "'"
	db.Query(string([]byte(q))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func conversionConst(db *sql.DB) {
	b := []byte("SELECT id FROM notes")
	db.Query(string(b))
}

// Struct fields.

type query struct {
	text string
	args []any
}

func localStruct(db *sql.DB, r *http.Request) {
	qs := query{text: "SELECT id FROM notes WHERE owner = '" + param(r, "owner") + "'"}
	db.Query(qs.text, qs.args...) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func localStructPointer(db *sql.DB, r *http.Request) {
	qs := &query{}
	qs.text = fmt.Sprintf("SELECT id FROM notes ORDER BY %s", param(r, "sort"))
	db.Query(qs.text) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with fmt\.Sprintf`
}

func localStructConst(db *sql.DB, r *http.Request) {
	qs := query{text: "SELECT id FROM notes WHERE owner = $1", args: []any{param(r, "owner")}}
	db.Query(qs.text, qs.args...)
}

// A struct built here and run by another function of the package: the
// callee's summary says which field reaches the query text, and the call
// handing it request data in that field is the finding (the callee is a
// wrapper).
type report struct {
	db    *sql.DB
	order string
}

func (rp *report) run() {
	rp.db.Query("SELECT id FROM notes ORDER BY " + rp.order)
}

func structPassedAround(db *sql.DB, r *http.Request) {
	rp := &report{db: db, order: param(r, "sort")}
	rp.run() // want `sqlstring: the query text of \(\*shapes\.report\)\.run \(run by \(\*sql\.DB\)\.Query at shapes\.go:\d+\) is built with \+ from remote input`
}

// Slices and maps.

func slice(db *sql.DB, r *http.Request) {
	parts := []string{"SELECT id FROM notes WHERE owner = '", param(r, "owner"), "'"}
	db.Query(strings.Join(parts, "")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with strings\.Join`
}

func sliceElement(db *sql.DB, r *http.Request) {
	qs := make([]string, 0, 2)
	qs = append(qs, "SELECT 1", "SELECT id FROM notes ORDER BY "+param(r, "sort"))
	db.Query(qs[1]) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func mapValue(db *sql.DB, r *http.Request) {
	queries := map[string]string{}
	queries["byOwner"] = "SELECT id FROM notes WHERE owner = '" + param(r, "owner") + "'"
	db.Query(queries["byOwner"]) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func mapConst(db *sql.DB, r *http.Request) {
	queries := map[string]string{
		"all":     "SELECT id FROM notes",
		"byOwner": "SELECT id FROM notes WHERE owner = $1",
	}
	db.Query(queries["byOwner"], param(r, "owner"))
}

// Closures.

func closureFreeVar(db *sql.DB, r *http.Request) {
	q := "SELECT id FROM notes ORDER BY " + param(r, "sort")
	run := func() {
		db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
	}
	run()
}

func closureReturns(db *sql.DB, r *http.Request) {
	owner := param(r, "owner")
	build := func() string { return "SELECT id FROM notes WHERE owner = '" + owner + "'" }
	db.Query(build()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func closureConst(db *sql.DB, r *http.Request) {
	owner := param(r, "owner")
	run := func() { db.Query("SELECT id FROM notes WHERE owner = $1", owner) }
	run()
}

// Method values.

func methodValue(db *sql.DB, r *http.Request) {
	query := db.Query
	query("SELECT id FROM notes ORDER BY " + param(r, "sort")) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func methodValueWriter(db *sql.DB, r *http.Request) {
	var sb strings.Builder
	write := sb.WriteString
	write("SELECT id FROM notes ORDER BY ")
	write(param(r, "sort"))
	db.Query(sb.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with strings\.Builder\.WriteString`
}

func methodValueConst(db *sql.DB) {
	exec := db.Exec
	exec("DELETE FROM notes WHERE expired")
}

// Interface calls whose concrete type is known.

type sqlBuilder interface{ SQL() string }

type sortedNotes struct{ sort string }

func (s sortedNotes) SQL() string { return "SELECT id FROM notes ORDER BY " + s.sort }

func interfaceBuilder(db *sql.DB, r *http.Request) {
	var b sqlBuilder = sortedNotes{sort: param(r, "sort")}
	db.Query(b.SQL()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

type execer interface {
	Exec(query string, args ...any) (sql.Result, error)
}

func interfaceRunner(db *sql.DB, r *http.Request) {
	var ex execer = db
	ex.Exec("DELETE FROM notes WHERE owner = '" + param(r, "owner") + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Exec is built with \+`
}

func interfaceRunnerConst(db *sql.DB, r *http.Request) {
	var ex execer = db
	ex.Exec("DELETE FROM notes WHERE owner = $1", param(r, "owner"))
}

// Return values: a helper of the package builds the text.

func notesBy(column, value string) string {
	return "SELECT id FROM notes WHERE " + column + " = '" + value + "'"
}

func returnedHelper(db *sql.DB, r *http.Request) {
	db.Query(notesBy("owner", param(r, "owner"))) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// The same helper called with constants builds constant text.
func returnedHelperConst(db *sql.DB) {
	db.Query(notesBy("owner", "admin"))
}

func orderFromRequest(r *http.Request) string {
	return "SELECT id FROM notes ORDER BY " + param(r, "sort")
}

func returnedFromRequest(db *sql.DB, r *http.Request) {
	q := orderFromRequest(r)
	db.Query(q) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// text/template executed into a buffer.

var byColumn = template.Must(template.New("q").Parse("SELECT id FROM notes ORDER BY {{.Column}}"))

type orderData struct{ Column string }

func templateExecute(db *sql.DB, r *http.Request) {
	var buf bytes.Buffer
	if err := byColumn.Execute(&buf, orderData{Column: param(r, "sort")}); err != nil {
		return
	}
	db.Query(buf.String()) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with template\.Template\.Execute`
}

func templateExecuteConst(db *sql.DB) {
	var buf strings.Builder
	if err := byColumn.Execute(&buf, orderData{Column: "created_at"}); err != nil {
		return
	}
	db.Query(buf.String())
}

// A repository built by a constructor: the table is a field set from the
// constructor's parameter and pasted by a method.
type repo struct {
	db    *sql.DB
	table string
}

func newRepo(db *sql.DB, table string) *repo { return &repo{db: db, table: table} }

func (rp *repo) byID(id int) {
	rp.db.Query("SELECT * FROM "+rp.table+" WHERE id = $1", id)
}

func repoFromRequest(db *sql.DB, r *http.Request) {
	newRepo(db, param(r, "table")).byID(1) // want `sqlstring: the query text of \(\*shapes\.repo\)\.byID \(run by \(\*sql\.DB\)\.Query at shapes\.go:\d+\) is built with \+`
}

// The constant-table repository, and its callers passing the *sql.DB down:
// the database handle is not query text.
func repoConst(db *sql.DB) {
	newRepo(db, "notes").byID(1)
}

func openAndList() {
	db, err := sql.Open("postgres", "")
	if err != nil {
		return
	}
	repoConst(db)
}

// A store holding a logger and a constant table: what the logger is made
// of does not make the table text unsafe.
type notesStore struct {
	db    *sql.DB
	log   *log.Logger
	table string
}

func newNotesStore(db *sql.DB, l *log.Logger, table string) *notesStore {
	return &notesStore{db: db, log: l, table: table}
}

func (s *notesStore) list() {
	s.db.Query("SELECT id FROM " + s.table)
}

func storeWithLogger(db *sql.DB) {
	newNotesStore(db, log.New(os.Stderr, "notes: ", 0), "notes").list()
}
