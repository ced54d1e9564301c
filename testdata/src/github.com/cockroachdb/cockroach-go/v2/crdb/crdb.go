// Package crdb is a minimal hand-written stub of
// github.com/cockroachdb/cockroach-go/v2/crdb: the transaction-retry helpers.
package crdb

import (
	"context"
	"database/sql"
)

// Tx is the minimal transaction interface ExecuteInTx drives.
type Tx interface {
	Exec(context.Context, string, ...interface{}) error
	Commit(context.Context) error
	Rollback(context.Context) error
}

type ExecuteCtxFunc func(context.Context, ...interface{}) error

func ExecuteTx(ctx context.Context, db *sql.DB, opts *sql.TxOptions, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func ExecuteInTx(ctx context.Context, tx Tx, fn func() error) (err error) {
	if err = fn(); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	return tx.Commit(ctx)
}

func Execute(fn func() error) (err error) { return fn() }

func ExecuteCtx(ctx context.Context, fn ExecuteCtxFunc, args ...interface{}) (err error) {
	return fn(ctx, args...)
}

type maxRetriesKey struct{}

func WithMaxRetries(ctx context.Context, retries int) context.Context {
	return context.WithValue(ctx, maxRetriesKey{}, retries)
}
