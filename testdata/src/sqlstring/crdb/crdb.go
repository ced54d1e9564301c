// Package crdb exercises sqlstring on cockroach-go's retry helpers:
// crdb.ExecuteTx (database/sql) and crdbpgx/crdbpgxv5.ExecuteTx (pgx) run a
// closure with a transaction. Query text built outside the closure reaches
// the transaction's methods through the closure's free variables.
package crdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	"github.com/cockroachdb/cockroach-go/v2/crdb"
	crdbpgxv5 "github.com/cockroachdb/cockroach-go/v2/crdb/crdbpgxv5"
	"github.com/jackc/pgx/v5"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func executeTxFreeVar(ctx context.Context, db *sql.DB, r *http.Request) error {
	q := fmt.Sprintf("UPDATE accounts SET balance = balance - 1 WHERE owner = '%s'", param(r, "owner"))
	return crdb.ExecuteTx(ctx, db, nil, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, q) // want `sqlstring: the query text of \(\*sql\.Tx\)\.ExecContext is built with fmt\.Sprintf`
		return err
	})
}

func executeTxInside(ctx context.Context, db *sql.DB, r *http.Request) error {
	owner := param(r, "owner")
	return crdb.ExecuteTx(ctx, db, nil, func(tx *sql.Tx) error {
		_, err := tx.Exec("DELETE FROM accounts WHERE owner = '" + owner + "'") // want `sqlstring: the query text of \(\*sql\.Tx\)\.Exec is built with \+`
		return err
	})
}

func executeTxPgx(ctx context.Context, conn *pgx.Conn, r *http.Request) error {
	q := "UPDATE accounts SET frozen = true WHERE region = '" + param(r, "region") + "'"
	return crdbpgxv5.ExecuteTx(ctx, conn, pgx.TxOptions{}, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, q) // want `sqlstring: the query text of \(pgx\.Tx\)\.Exec is built with \+`
		return err
	})
}

// Hard negatives.

func executeTxBind(ctx context.Context, db *sql.DB, r *http.Request) error {
	owner := param(r, "owner")
	return crdb.ExecuteTx(ctx, db, nil, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance - 1 WHERE owner = $1", owner)
		return err
	})
}

func executeTxConstantFreeVar(ctx context.Context, conn *pgx.Conn, amount int) error {
	q := fmt.Sprintf("UPDATE accounts SET balance = balance - %d WHERE id = $1", amount)
	return crdbpgxv5.ExecuteTx(ctx, conn, pgx.TxOptions{}, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, q, 42)
		return err
	})
}
