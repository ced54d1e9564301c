// Package byvalue passes a query builder by value to a function that runs
// it: the callee's copy of its struct parameter is read field by field, so
// the builder's text depends on the text fields only, not on the bind
// arguments held beside them.
package byvalue

import (
	"database/sql"
	"net/http"
	"strings"
)

type Builder struct {
	conds []string
	args  []any
	table string
}

func (b *Builder) Where(cond string, arg any) {
	b.conds = append(b.conds, cond)
	b.args = append(b.args, arg)
}

func (b *Builder) Run(db *sql.DB) (*sql.Rows, error) {
	return db.Query("SELECT id FROM "+b.table+" WHERE "+strings.Join(b.conds, " AND "), b.args...)
}

// run takes the builder by value.
func run(b Builder, db *sql.DB) (*sql.Rows, error) { return b.Run(db) }

// Negative: request data only as a bind argument.
func ByID(db *sql.DB, r *http.Request) {
	b := Builder{table: "entries"}
	b.Where("id = $1", r.FormValue("id"))
	run(b, db)
}

// Positive: the table name comes from the request.
func ByTable(db *sql.DB, r *http.Request) {
	b := Builder{table: r.FormValue("table")}
	b.Where("id = $1", 1)
	run(b, db) // want `sqlstring: the query text of byvalue\.run .* from remote input \(r\.FormValue\("table"\)\)`
}

// Positive: a condition's text comes from the request.
func ByCondition(db *sql.DB, r *http.Request) {
	b := Builder{table: "entries"}
	b.Where("status = '"+r.FormValue("status")+"'", nil)
	run(b, db) // want `sqlstring: the query text of byvalue\.run .* from remote input`
}
