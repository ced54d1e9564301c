// Package safe holds hard negatives for sqlstring: query text that is built
// at run time but only from values proven safe, which a pattern matcher
// (gosec G201/G202: "SQL string formatting/concatenation") would flag.
// Proven safe: constants and their concatenations; integers, floats and
// booleans (also formatted with %d/%v); placeholders from strings.Repeat or
// a loop of constants; a column chosen by a switch or a map of constants, or
// validated against constants (==, slices.Contains, a map with constant
// keys) before use; quoting helpers (pq.QuoteIdentifier/QuoteLiteral,
// pgx.Identifier.Sanitize); uuid.Parse; strconv results; sqlx.In/Rebind of
// constant text; and query text that is not built at all.
//
// A few positives close to each negative check that the proof is what
// silences the call (the same code without the check is reported).
package safe

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

const notesTable = "notes"

func constants(db *sql.DB) {
	const cols = "id, title"
	db.Query("SELECT " + cols + " FROM " + notesTable + " WHERE deleted_at IS NULL")
	q := "SELECT " + cols
	q += " FROM " + notesTable
	db.Query(q)
	db.Query(fmt.Sprintf("SELECT %s FROM %s", cols, notesTable))
}

// Numbers and booleans cannot carry SQL syntax, whatever their origin.
func numbers(db *sql.DB, r *http.Request) {
	limit, err := strconv.Atoi(param(r, "limit"))
	if err != nil {
		return
	}
	offset, _ := strconv.ParseInt(param(r, "offset"), 10, 64)
	minScore, _ := strconv.ParseFloat(param(r, "score"), 64)
	archived, _ := strconv.ParseBool(param(r, "archived"))
	db.Query(fmt.Sprintf("SELECT id FROM notes WHERE score > %v AND archived = %t LIMIT %d OFFSET %d", minScore, archived, limit, offset))
	db.Query("SELECT id FROM notes LIMIT " + strconv.Itoa(limit))
	db.Query(fmt.Sprintf("SELECT id FROM notes LIMIT %v", limit+1))
}

func numberFromLen(db *sql.DB, r *http.Request) {
	n := len(r.URL.Query()["id"])
	db.Query(fmt.Sprintf("SELECT id FROM notes LIMIT %d", n))
}

// Placeholders.

func repeatPlaceholders(db *sql.DB, r *http.Request) {
	ids := r.URL.Query()["id"]
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	q := "SELECT id FROM notes WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
	db.Query(q, args...)
}

func loopPlaceholders(db *sql.DB, r *http.Request) {
	ids := r.URL.Query()["id"]
	var sb strings.Builder
	sb.WriteString("SELECT id FROM notes WHERE id IN (")
	args := []any{}
	for i, id := range ids {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("$" + strconv.Itoa(i+1))
		args = append(args, id)
	}
	sb.WriteString(")")
	db.Query(sb.String(), args...)
}

func loopPlaceholdersSlice(db *sql.DB, r *http.Request) {
	ids := r.URL.Query()["id"]
	ph := make([]string, 0, len(ids))
	args := make([]any, 0, len(ids))
	for i, id := range ids {
		ph = append(ph, fmt.Sprintf("$%d", i+1))
		args = append(args, id)
	}
	db.Query("SELECT id FROM notes WHERE id IN ("+strings.Join(ph, ", ")+")", args...)
}

// Columns chosen from constants.

func switchChoosesConstant(db *sql.DB, r *http.Request) {
	col := "created_at"
	switch param(r, "sort") {
	case "title":
		col = "title"
	case "owner":
		col = "owner"
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

func switchValidatesValue(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	switch col {
	case "title", "owner", "created_at":
	default:
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

func equalityValidates(db *sql.DB, r *http.Request) {
	dir := param(r, "dir")
	if dir != "ASC" && dir != "DESC" {
		dir = "ASC"
	}
	db.Query("SELECT id FROM notes ORDER BY created_at " + dir)
}

var sortColumns = map[string]string{
	"title": "title",
	"date":  "created_at",
}

func mapOfConstants(db *sql.DB, r *http.Request) {
	col, ok := sortColumns[param(r, "sort")]
	if !ok {
		col = "id"
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

func localMapOfConstants(db *sql.DB, r *http.Request) {
	dirs := map[string]string{"up": "ASC", "down": "DESC"}
	db.Query("SELECT id FROM notes ORDER BY id " + dirs[param(r, "dir")])
}

var allowedColumns = []string{"title", "owner", "created_at"}

func containsValidates(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	if !slices.Contains(allowedColumns, col) {
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

func containsLocalList(db *sql.DB, r *http.Request) {
	col := param(r, "group")
	if slices.Contains([]string{"owner", "kind"}, col) {
		db.Query("SELECT count(*) FROM notes GROUP BY " + col)
	}
}

var allowedSet = map[string]struct{}{"title": {}, "owner": {}}

func mapKeysValidate(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	if _, ok := allowedSet[col]; !ok {
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

func boolMapValidates(db *sql.DB, r *http.Request) {
	allowed := map[string]bool{"title": true, "owner": true}
	col := param(r, "sort")
	if !allowed[col] {
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col)
}

// The same shapes without the proof are findings.

func unvalidated(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func validatedOnOneBranchOnly(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	if slices.Contains(allowedColumns, col) {
		col = strings.ToLower(col)
	}
	db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func listWithRequestValue(db *sql.DB, r *http.Request) {
	col := param(r, "sort")
	if !slices.Contains([]string{"title", param(r, "extra")}, col) {
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

func mapWithRequestKey(db *sql.DB, r *http.Request) {
	allowed := map[string]bool{"title": true}
	allowed[param(r, "extra")] = true
	col := param(r, "sort")
	if !allowed[col] {
		return
	}
	db.Query("SELECT id FROM notes ORDER BY " + col) // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+`
}

// Quoting helpers.

func quoteIdentifier(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM " + pq.QuoteIdentifier(param(r, "table")))
	db.Query("SELECT id FROM notes WHERE title = " + pq.QuoteLiteral(param(r, "title")))
}

func pgxIdentifier(db *sql.DB, r *http.Request) {
	table := pgx.Identifier{"exports", param(r, "dataset")}.Sanitize()
	db.Query(fmt.Sprintf("SELECT count(*) FROM %s", table))
}

func uuidParse(db *sql.DB, r *http.Request) {
	id, err := uuid.Parse(param(r, "id"))
	if err != nil {
		return
	}
	db.Query("SELECT title FROM notes WHERE id = '" + id.String() + "'")
	db.Query(fmt.Sprintf("SELECT title FROM notes WHERE id = '%s'", id))
}

func atoiFormatted(db *sql.DB, r *http.Request) {
	id, err := strconv.Atoi(param(r, "id"))
	if err != nil {
		return
	}
	db.Query(fmt.Sprintf("SELECT title FROM notes WHERE id = %d", id))
}

// Library builders: constant text in, constant text out.
func sqlxInRebind(db *sqlx.DB, r *http.Request) {
	q, args, err := sqlx.In("SELECT id FROM notes WHERE owner IN (?) AND kind = ?", r.URL.Query()["owner"], param(r, "kind"))
	if err != nil {
		return
	}
	db.Select(&[]int{}, db.Rebind(q), args...)
}

// Text that is not built here: a parameter (the caller is judged) or a
// value from configuration.
func runGiven(db *sql.DB, query string) {
	db.Query(query)
}

type Config struct{ ReportQuery string }

func fromConfig(db *sql.DB, cfg *Config) {
	db.Query(cfg.ReportQuery)
	db.Query(os.Getenv("HEALTHCHECK_QUERY"))
}

// A field of a decoded request, validated and then used: two reads of
// req.Sort are the same value.
type listRequest struct {
	Sort  string
	Owner string
}

func validatedField(db *sql.DB, req *listRequest) {
	if !slices.Contains(allowedColumns, req.Sort) {
		return
	}
	db.Query("SELECT id FROM notes WHERE owner = $1 ORDER BY "+req.Sort, req.Owner)
}

// The usual dynamic filter: constant fragments with placeholders, the
// values appended to the arguments.
func dynamicFilters(db *sql.DB, r *http.Request) {
	var conds []string
	var args []any
	if owner := param(r, "owner"); owner != "" {
		args = append(args, owner)
		conds = append(conds, fmt.Sprintf("owner = $%d", len(args)))
	}
	if kind := param(r, "kind"); kind != "" {
		args = append(args, kind)
		conds = append(conds, "kind = $"+strconv.Itoa(len(args)))
	}
	q := "SELECT id FROM notes"
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	db.Query(q, args...)
}

func timeFormatted(db *sql.DB) {
	cutoff := time.Now().AddDate(0, -1, 0)
	db.Query("DELETE FROM sessions WHERE created_at < '" + cutoff.Format(time.RFC3339) + "'")
}
