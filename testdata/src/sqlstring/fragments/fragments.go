// Package fragments exercises the ORM fragment APIs of the contract with
// request data passed as the fragment as it came (no building step): the
// fragment is SQL text, so each is a finding; a constant fragment with the
// value as a bound argument is not.
package fragments

import (
	"context"
	"net/http"

	sq "github.com/Masterminds/squirrel"
	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

type Note struct{ ID int }

func gormFragments(gdb *gorm.DB, r *http.Request) {
	var rows []Note
	gdb.Where(r.FormValue("filter")).Find(&rows)  // want `sqlstring: remote input \(r\.FormValue\("filter"\)\) is the query text of \(\*gorm\.DB\)\.Where as it came`
	gdb.Order(r.FormValue("sort")).Find(&rows)    // want `is the query text of \(\*gorm\.DB\)\.Order as it came`
	gdb.Select(r.FormValue("cols")).Find(&rows)   // want `is the query text of \(\*gorm\.DB\)\.Select as it came`
	gdb.Group(r.FormValue("group")).Find(&rows)   // want `is the query text of \(\*gorm\.DB\)\.Group as it came`
	gdb.Having(r.FormValue("having")).Find(&rows) // want `is the query text of \(\*gorm\.DB\)\.Having as it came`
	gdb.Joins(r.FormValue("join")).Find(&rows)    // want `is the query text of \(\*gorm\.DB\)\.Joins as it came`
	gdb.Or(r.FormValue("or")).Find(&rows)         // want `is the query text of \(\*gorm\.DB\)\.Or as it came`
	gdb.Not(r.FormValue("not")).Find(&rows)       // want `is the query text of \(\*gorm\.DB\)\.Not as it came`
	gdb.Raw(r.FormValue("sql")).Scan(&rows)       // want `is the query text of \(\*gorm\.DB\)\.Raw as it came`
}

func gormSafe(gdb *gorm.DB, r *http.Request) {
	var rows []Note
	gdb.Where("title = ?", r.FormValue("title")).Find(&rows)
	gdb.Where(&Note{ID: 1}).Find(&rows)
	gdb.Order("created_at DESC").Find(&rows)
	gdb.Raw("SELECT * FROM notes WHERE owner = ?", r.FormValue("o")).Scan(&rows)
}

func bunFragments(ctx context.Context, bdb *bun.DB, r *http.Request) {
	var rows []Note
	bdb.NewSelect().Model(&rows).ColumnExpr(r.FormValue("cols")).Scan(ctx) // want `is the query text of \(\*bun\.SelectQuery\)\.ColumnExpr as it came`
	bdb.NewSelect().Model(&rows).OrderExpr(r.FormValue("o")).Scan(ctx)    // want `is the query text of \(\*bun\.SelectQuery\)\.OrderExpr as it came`
	bdb.NewSelect().Model(&rows).Where(r.FormValue("w")).Scan(ctx)        // want `is the query text of \(\*bun\.SelectQuery\)\.Where as it came`
	bdb.NewRaw(r.FormValue("sql")).Scan(ctx, &rows)                       // want `is the query text of \(\*bun\.DB\)\.NewRaw as it came`
}

func bunSafe(ctx context.Context, bdb *bun.DB, r *http.Request) {
	var rows []Note
	bdb.NewSelect().Model(&rows).Where("title = ?", r.FormValue("t")).OrderExpr("id DESC").Scan(ctx)
}

func squirrelFragments(r *http.Request) {
	sq.Expr(r.FormValue("e"))                                 // want `is the query text of squirrel\.Expr as it came`
	sq.Select("id").From("notes").Where(r.FormValue("where")) // want `is the query text of \(squirrel\.SelectBuilder\)\.Where as it came`
}

func squirrelSafe(r *http.Request) {
	sq.Select("id").From("notes").Where("owner = ?", r.FormValue("o"))
	sq.Select("id").From("notes").Where(sq.Eq{"owner": r.FormValue("o")})
}

func sqlxUnbuilt(db *sqlx.DB, r *http.Request) {
	var rows []Note
	db.Select(&rows, r.FormValue("q")) // want `is the query text of \(\*sqlx\.DB\)\.Select as it came`
}

func sqlxSafe(db *sqlx.DB, r *http.Request) {
	var rows []Note
	db.Select(&rows, "SELECT id FROM notes WHERE owner = $1", r.FormValue("o"))
}
