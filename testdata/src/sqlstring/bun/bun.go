// Package bun exercises sqlstring on github.com/uptrace/bun: NewRaw on DB
// and Tx, and the text-taking builder methods (Where, WhereOr, OrderExpr,
// ColumnExpr) of select, update and delete queries. bun's "?" placeholders
// with bind values, bun.Ident for identifiers and bun.In for lists are the
// safe forms and are not findings.
package bun

import (
	"context"
	"fmt"
	"net/http"

	"github.com/uptrace/bun"
)

type Note struct {
	ID    int64
	Owner string
}

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func newRaw(ctx context.Context, db *bun.DB, tx bun.Tx, r *http.Request) {
	var notes []Note
	q := fmt.Sprintf("SELECT * FROM notes WHERE owner = '%s'", param(r, "owner"))
	db.NewRaw(q).Scan(ctx, &notes) // want `sqlstring: the query text of \(\*bun\.DB\)\.NewRaw is built with fmt\.Sprintf`
	tx.NewRaw(q).Scan(ctx, &notes) // want `sqlstring: the query text of \(bun\.Tx\)\.NewRaw is built`
}

func idbRaw(ctx context.Context, db bun.IDB, r *http.Request) {
	var n int
	db.NewRaw("SELECT count(*) FROM "+param(r, "table")).Scan(ctx, &n) // want `sqlstring: the query text of \(bun\.IDB\)\.NewRaw is built with \+`
}

func selectQuery(ctx context.Context, db *bun.DB, r *http.Request) {
	var notes []Note
	// A chained call is reported at the start of the call expression.
	db.NewSelect().Model(&notes). // want `sqlstring: the query text of \(\*bun\.SelectQuery\)\.Where is built with \+`
					Where("owner = '" + param(r, "owner") + "'").
					Scan(ctx)
	db.NewSelect().Model(&notes).WhereOr(fmt.Sprintf("title = '%s'", param(r, "title"))).Scan(ctx) // want `sqlstring: the query text of \(\*bun\.SelectQuery\)\.WhereOr is built`
	db.NewSelect().Model(&notes).OrderExpr(param(r, "sort") + " DESC").Scan(ctx)                   // want `sqlstring: the query text of \(\*bun\.SelectQuery\)\.OrderExpr is built`
	db.NewSelect().Model(&notes).ColumnExpr("lower(" + param(r, "col") + ")").Scan(ctx)            // want `sqlstring: the query text of \(\*bun\.SelectQuery\)\.ColumnExpr is built`
}

func updateAndDelete(ctx context.Context, db *bun.DB, r *http.Request) {
	cond := fmt.Sprintf("owner = '%s'", param(r, "owner"))
	db.NewUpdate().Model(&Note{}).Set("seen = true").Where(cond).Exec(ctx) // want `sqlstring: the query text of \(\*bun\.UpdateQuery\)\.Where is built`
	db.NewDelete().Model(&Note{}).Where(cond).Exec(ctx)                    // want `sqlstring: the query text of \(\*bun\.DeleteQuery\)\.Where is built`
}

// Hard negatives.

func placeholders(ctx context.Context, db *bun.DB, r *http.Request) {
	var notes []Note
	owner := param(r, "owner")
	db.NewRaw("SELECT * FROM notes WHERE owner = ?", owner).Scan(ctx, &notes)
	db.NewSelect().Model(&notes).Where("owner = ?", owner).WhereOr("title LIKE ?", "%"+param(r, "q")+"%").Scan(ctx)
	db.NewSelect().Model(&notes).Where("id IN (?)", bun.In(r.Form["id"])).Scan(ctx)
	// bun.Ident quotes an identifier: the sort column is a bind of kind ident.
	db.NewSelect().Model(&notes).OrderExpr("? DESC", bun.Ident(param(r, "sort"))).Scan(ctx)
	db.NewSelect().Model(&notes).ColumnExpr("lower(?)", bun.Ident(param(r, "col"))).Scan(ctx)
	db.NewDelete().Model(&Note{}).Where("owner = ?", owner).Exec(ctx)
}

func constantBuilt(ctx context.Context, db *bun.DB, newestFirst bool) {
	var notes []Note
	dir := "ASC"
	if newestFirst {
		dir = "DESC"
	}
	db.NewSelect().Model(&notes).OrderExpr("created_at " + dir).Scan(ctx)
	db.NewRaw(fmt.Sprintf("SELECT * FROM notes LIMIT %d", 50)).Scan(ctx, &notes)
}
