// Package squirrel exercises sqlstring on github.com/Masterminds/squirrel:
// sq.Expr and the string forms of Where, Prefix and Suffix on the statement
// builders (and the raw-fragment methods of SelectBuilder: OrderBy, GroupBy,
// From, Join, Having). Map predicates (sq.Eq, sq.Like...) bind their values,
// and string predicates with "?" placeholders bind theirs: not findings. The
// SQL that ToSql renders is trusted (unsafe text is reported where it
// enters the builder), so running it is not a second finding.
package squirrel

import (
	"database/sql"
	"fmt"
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func expr(r *http.Request) sq.Sqlizer {
	return sq.Expr("owner = '" + param(r, "owner") + "'") // want `sqlstring: the query text of squirrel\.Expr is built with \+`
}

func selectWhere(db *sql.DB, r *http.Request) {
	q, args, err := sq.Select("id").From("notes").Where(fmt.Sprintf("owner = '%s'", param(r, "owner"))).ToSql() // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Where is built with fmt\.Sprintf`
	if err != nil {
		return
	}
	// ToSql's output is not reported again.
	db.Query(q, args...)
}

func prefixSuffix(r *http.Request) {
	sq.Select("id").From("notes").Suffix("FOR UPDATE " + param(r, "lock")).ToSql()                 // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Suffix is built with \+`
	sq.Select("id").From("notes").Prefix("WITH x AS (" + param(r, "cte") + ")").ToSql()            // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Prefix is built with \+`
	sq.Insert("notes").Columns("title").Values("t").Suffix("RETURNING " + param(r, "col")).ToSql() // want `sqlstring: the query text of \(squirrel\.InsertBuilder\)\.Suffix is built with \+`
}

func updateDelete(r *http.Request) {
	cond := "owner = '" + param(r, "owner") + "'"
	sq.Update("notes").Set("seen", true).Where(cond).ToSql() // want `sqlstring: the query text of \(squirrel\.UpdateBuilder\)\.Where is built with \+`
	sq.Delete("notes").Where(cond).ToSql()                   // want `sqlstring: the query text of \(squirrel\.DeleteBuilder\)\.Where is built with \+`
}

// The raw fragments of a select: squirrel pastes them as written.
func selectFragments(r *http.Request) {
	sq.Select("id").From("notes").OrderBy("title " + param(r, "dir")).ToSql()    // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.OrderBy is built with \+`
	sq.Select("id").From("notes").GroupBy("owner, " + param(r, "group")).ToSql() // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.GroupBy is built with \+`
	sq.Select("id").From("notes_" + param(r, "shard")).ToSql()                   // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.From is built with \+`
	sq.Select("id").From("notes").Join("users ON " + param(r, "on")).ToSql()     // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Join is built with \+`
	sq.Select("id").From("notes").Having("count(*) > " + param(r, "n")).ToSql()  // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Having is built with \+`
}

// Hard negatives.

// Map predicates: column names are constant keys, values are bound.
func mapPredicates(db *sql.DB, r *http.Request) {
	owner := param(r, "owner")
	q, args, err := sq.Select("id").From("notes").
		Where(sq.Eq{"owner": owner}).
		Where(sq.Like{"title": "%" + param(r, "q") + "%"}).
		Where(sq.And{sq.Eq{"kind": param(r, "kind")}, sq.NotEq{"state": "deleted"}}).
		ToSql()
	if err != nil {
		return
	}
	db.Query(q, args...)
}

// String predicates with placeholders, and sq.Expr with bind arguments.
func placeholders(db *sql.DB, r *http.Request) {
	owner := param(r, "owner")
	q, args, _ := sq.Select("id").From("notes").
		Where("owner = ?", owner).
		Where(sq.Expr("title ILIKE ?", "%"+param(r, "q")+"%")).
		Suffix("LIMIT ?", 10).
		PlaceholderFormat(sq.Dollar).
		ToSql()
	db.Query(q, args...)
	sq.Update("notes").Set("title", param(r, "title")).Where("id = ?", param(r, "id")).ToSql()
}

func constantFragments(desc bool) {
	order := "created_at ASC"
	if desc {
		order = "created_at DESC"
	}
	sq.Select("id").From("notes").OrderBy(order).Suffix(fmt.Sprintf("LIMIT %d", 20)).ToSql()
}
