// Package crdbpgx is a minimal hand-written stub of
// github.com/cockroachdb/cockroach-go/v2/crdb/crdbpgxv5 (pgx v5 wrapper;
// the package name is crdbpgx, as in the real one).
package crdbpgx

import (
	"context"

	"github.com/jackc/pgx/v5"
)

type Conn interface {
	Begin(context.Context) (pgx.Tx, error)
	BeginTx(context.Context, pgx.TxOptions) (pgx.Tx, error)
}

func ExecuteTx(ctx context.Context, conn Conn, txOptions pgx.TxOptions, fn func(pgx.Tx) error) error {
	tx, err := conn.BeginTx(ctx, txOptions)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	return tx.Commit(ctx)
}
