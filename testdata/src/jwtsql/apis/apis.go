// Package apis exercises jwtsql on every SQL API of the contract: a claim
// pasted into the query text of database/sql (DB, Tx, Conn), pgx v4/v5
// (Conn, Tx, pgxpool.Pool, Batch.Queue), sqlx (methods and package
// helpers), gorm (Raw, Exec and the string forms of Where, Or, Not, Order,
// Group, Having, Select, Joins), bun (NewRaw, Where, WhereOr, OrderExpr,
// ColumnExpr), squirrel (Expr, Where/Suffix/Prefix) and a crdb.ExecuteTx
// closure. The same claim as a bind parameter (or in a gorm/squirrel map
// condition) is not a finding.
package apis

import (
	"context"
	"database/sql"
	"fmt"

	sq "github.com/Masterminds/squirrel"
	"github.com/cockroachdb/cockroach-go/v2/crdb"
	"github.com/golang-jwt/jwt/v5"
	pgx4 "github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

type Note struct {
	ID    int64
	Owner string
}

func sub(claims jwt.MapClaims) string {
	s, _ := claims["sub"].(string)
	return s
}

// Positives.

func databaseSQL(ctx context.Context, db *sql.DB, tx *sql.Tx, conn *sql.Conn, claims jwt.MapClaims) {
	q := "SELECT id FROM notes WHERE owner = '" + claims["sub"].(string) + "'"
	db.Query(q)                 // want `jwtsql: claim "sub" of jwt\.MapClaims reaches the query text of \(\*sql\.DB\)\.Query;`
	db.QueryRowContext(ctx, q)  // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.QueryRowContext;`
	db.ExecContext(ctx, q)      // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.ExecContext;`
	db.Prepare(q)               // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.Prepare;`
	tx.Query(q)                 // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.Tx\)\.Query;`
	tx.Exec(q)                  // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.Tx\)\.Exec;`
	conn.QueryContext(ctx, q)   // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.Conn\)\.QueryContext;`
	conn.PrepareContext(ctx, q) // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.Conn\)\.PrepareContext;`
}

func pgxAPIs(ctx context.Context, conn *pgx.Conn, tx pgx.Tx, pool *pgxpool.Pool, c4 *pgx4.Conn, claims jwt.MapClaims) {
	q := fmt.Sprintf("SELECT id FROM notes WHERE tenant = '%s'", claims["tenant"])
	conn.Query(ctx, q)    // want `jwtsql: claim "tenant" .*reaches the query text of \(\*pgx\.Conn\)\.Query;`
	tx.Exec(ctx, q)       // want `jwtsql: claim "tenant" .*reaches the query text of \(pgx\.Tx\)\.Exec;`
	pool.QueryRow(ctx, q) // want `jwtsql: claim "tenant" .*reaches the query text of \(\*pgxpool\.Pool\)\.QueryRow;`
	c4.Exec(ctx, q)       // want `jwtsql: claim "tenant" .*reaches the query text of \(\*pgx\.Conn\)\.Exec;`
	b := &pgx.Batch{}
	b.Queue(q) // want `jwtsql: claim "tenant" .*reaches the query text of \(\*pgx\.Batch\)\.Queue;`
	conn.SendBatch(ctx, b)
}

func sqlxAPIs(ctx context.Context, db *sqlx.DB, claims jwt.MapClaims) {
	var notes []Note
	q := "SELECT id FROM notes WHERE owner = '" + sub(claims) + "'"
	db.Select(&notes, q)                   // want `jwtsql: claim "sub" .*reaches the query text of \(\*sqlx\.DB\)\.Select;`
	db.GetContext(ctx, &notes, q)          // want `jwtsql: claim "sub" .*reaches the query text of \(\*sqlx\.DB\)\.GetContext;`
	db.NamedExec(q, notes)                 // want `jwtsql: claim "sub" .*reaches the query text of \(\*sqlx\.DB\)\.NamedExec;`
	sqlx.Select(db, &notes, q)             // want `jwtsql: claim "sub" .*reaches the query text of sqlx\.Select;`
	sqlx.NamedExecContext(ctx, db, q, nil) // want `jwtsql: claim "sub" .*reaches the query text of sqlx\.NamedExecContext;`
}

func gormAPIs(db *gorm.DB, claims jwt.MapClaims) {
	var notes []Note
	owner := sub(claims)
	cond := "owner = '" + owner + "'"
	db.Raw("SELECT * FROM notes WHERE " + cond).Scan(&notes) // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Raw;`
	db.Exec("DELETE FROM notes WHERE " + cond)               // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Exec;`
	db.Where(cond).Find(&notes)                              // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Where;`
	db.Or(cond).Find(&notes)                                 // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Or;`
	db.Not(cond).Find(&notes)                                // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Not;`
	db.Order(owner).Find(&notes)                             // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Order;`
	db.Group(owner).Find(&notes)                             // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Group;`
	db.Having(cond).Find(&notes)                             // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Having;`
	db.Select(owner).Find(&notes)                            // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Select;`
	db.Joins("JOIN shares ON " + cond).Find(&notes)          // want `jwtsql: claim "sub" .*reaches the query text of \(\*gorm\.DB\)\.Joins;`
}

func bunAPIs(ctx context.Context, db *bun.DB, claims jwt.MapClaims) {
	var notes []Note
	cond := "owner = '" + sub(claims) + "'"
	db.NewRaw("SELECT * FROM notes WHERE "+cond).Scan(ctx, &notes) // want `jwtsql: claim "sub" .*reaches the query text of \(\*bun\.DB\)\.NewRaw;`
	db.NewSelect().Model(&notes).Where(cond).Scan(ctx)             // want `jwtsql: claim "sub" .*reaches the query text of \(\*bun\.SelectQuery\)\.Where;`
	db.NewSelect().Model(&notes).WhereOr(cond).Scan(ctx)           // want `jwtsql: claim "sub" .*reaches the query text of \(\*bun\.SelectQuery\)\.WhereOr;`
	db.NewSelect().Model(&notes).OrderExpr(sub(claims)).Scan(ctx)  // want `jwtsql: claim "sub" .*reaches the query text of \(\*bun\.SelectQuery\)\.OrderExpr;`
	db.NewSelect().Model(&notes).ColumnExpr(sub(claims)).Scan(ctx) // want `jwtsql: claim "sub" .*reaches the query text of \(\*bun\.SelectQuery\)\.ColumnExpr;`
}

func squirrelAPIs(claims jwt.MapClaims) {
	cond := "owner = '" + sub(claims) + "'"
	sq.Expr(cond)                                      // want `jwtsql: claim "sub" .*reaches the query text of squirrel\.Expr;`
	sq.Select("id").From("notes").Where(cond).ToSql()  // want `jwtsql: claim "sub" .*reaches the query text of \(squirrel\.SelectBuilder\)\.Where;`
	sq.Select("id").From("notes").Suffix(cond).ToSql() // want `jwtsql: claim "sub" .*reaches the query text of \(squirrel\.SelectBuilder\)\.Suffix;`
	sq.Select("id").From("notes").Prefix(cond).ToSql() // want `jwtsql: claim "sub" .*reaches the query text of \(squirrel\.SelectBuilder\)\.Prefix;`
	sq.Delete("notes").Where(cond).ToSql()             // want `jwtsql: claim "sub" .*reaches the query text of \(squirrel\.DeleteBuilder\)\.Where;`
}

func crdbClosure(ctx context.Context, db *sql.DB, claims jwt.MapClaims) error {
	q := "UPDATE accounts SET frozen = true WHERE owner = '" + sub(claims) + "'"
	return crdb.ExecuteTx(ctx, db, nil, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q) // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.Tx\)\.ExecContext;`
		return err
	})
}

// Hard negatives: the claims of a verified token (here: handed to the
// handler) as bind parameters, and in structured conditions.

func boundEverywhere(ctx context.Context, db *sql.DB, conn *pgx.Conn, xdb *sqlx.DB, gdb *gorm.DB, bdb *bun.DB, claims jwt.MapClaims) error {
	var notes []Note
	owner := sub(claims)
	db.QueryContext(ctx, "SELECT id FROM notes WHERE owner = $1", owner)
	conn.Exec(ctx, "DELETE FROM notes WHERE owner = $1", owner)
	xdb.Select(&notes, "SELECT * FROM notes WHERE owner = $1", owner)
	gdb.Where("owner = ?", owner).Find(&notes)
	gdb.Where(map[string]interface{}{"owner": owner}).Find(&notes)
	gdb.Where(&Note{Owner: owner}).Find(&notes)
	bdb.NewSelect().Model(&notes).Where("owner = ?", owner).Scan(ctx)
	sq.Select("id").From("notes").Where(sq.Eq{"owner": owner}).ToSql()
	sq.Select("id").From("notes").Where("owner = ?", owner).ToSql()
	return crdb.ExecuteTx(ctx, db, nil, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "UPDATE accounts SET frozen = true WHERE owner = $1", owner)
		return err
	})
}
