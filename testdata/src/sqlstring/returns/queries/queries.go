// Package queries builds query text for sqlstring/returns; the summaries of
// its functions (which results depend on which parameters, and whether text
// was built) travel to the callers as facts.
package queries

import (
	"database/sql"
	"net/http"
	"strconv"
	"strings"
)

// NotesBy pastes both parameters into the text it returns.
func NotesBy(column, value string) string {
	return "SELECT id FROM notes WHERE " + column + " = '" + value + "'"
}

// SortedFromRequest reads the sort column from the request itself.
func SortedFromRequest(r *http.Request) string {
	return "SELECT id FROM notes ORDER BY " + r.URL.Query().Get("sort")
}

// InList builds n placeholders: constant text whatever n is.
func InList(n int) string {
	return "SELECT id FROM notes WHERE id IN (" + strings.Repeat("?, ", n-1) + "?)"
}

// Limit formats a number.
func Limit(q string, n int) string {
	return q + " LIMIT " + strconv.Itoa(n)
}

// Builder is a query builder with a method returning its text.
type Builder struct{ order string }

func NewBuilder(order string) *Builder { return &Builder{order: order} }

func (b *Builder) SQL() string { return "SELECT id FROM notes ORDER BY " + b.order }

// Ping keeps database/sql imported, as in a store package.
func Ping(db *sql.DB) error { return db.Ping() }
