// Package pgxpool is a hand-written stub of github.com/jackc/pgx/v5/pgxpool
// for analysistest: the query-related API with real signatures.
package pgxpool

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

type Config struct {
	ConnConfig        *pgx.ConnConfig
	BeforeConnect     func(context.Context, *pgx.ConnConfig) error
	AfterConnect      func(context.Context, *pgx.Conn) error
	MaxConnLifetime   time.Duration
	MaxConnIdleTime   time.Duration
	MaxConns          int32
	MinConns          int32
	HealthCheckPeriod time.Duration
}

func (c *Config) Copy() *Config      { n := *c; return &n }
func (c *Config) ConnString() string { panic("stub") }

func ParseConfig(connString string) (*Config, error) { panic("stub") }

type Pool struct {
	config *Config
}

func New(ctx context.Context, connString string) (*Pool, error) { panic("stub") }
func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) {
	return &Pool{config: config}, nil
}

func (p *Pool) Close()                                                     {}
func (p *Pool) Acquire(ctx context.Context) (c *Conn, err error)           { panic("stub") }
func (p *Pool) AcquireFunc(ctx context.Context, f func(*Conn) error) error { panic("stub") }
func (p *Pool) Config() *Config                                            { return p.config.Copy() }
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (p *Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	panic("stub")
}
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { panic("stub") }
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults  { panic("stub") }
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error)                     { panic("stub") }
func (p *Pool) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	panic("stub")
}
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (p *Pool) Ping(ctx context.Context) error { panic("stub") }

type Conn struct {
	p *Pool
}

func (c *Conn) Release()          {}
func (c *Conn) Hijack() *pgx.Conn { panic("stub") }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	panic("stub")
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { panic("stub") }
func (c *Conn) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults  { panic("stub") }
func (c *Conn) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (c *Conn) Begin(ctx context.Context) (pgx.Tx, error) { panic("stub") }
func (c *Conn) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	panic("stub")
}
func (c *Conn) Ping(ctx context.Context) error { panic("stub") }
func (c *Conn) Conn() *pgx.Conn                { panic("stub") }

// Tx is the transaction type returned (as a pgx.Tx) by Pool.Begin.
type Tx struct {
	t pgx.Tx
}

func (tx *Tx) Begin(ctx context.Context) (pgx.Tx, error) { return tx.t.Begin(ctx) }
func (tx *Tx) Commit(ctx context.Context) error          { return tx.t.Commit(ctx) }
func (tx *Tx) Rollback(ctx context.Context) error        { return tx.t.Rollback(ctx) }
func (tx *Tx) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (tx *Tx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { panic("stub") }
func (tx *Tx) LargeObjects() pgx.LargeObjects                               { panic("stub") }
func (tx *Tx) Prepare(ctx context.Context, name string, sql string) (*pgconn.StatementDescription, error) {
	panic("stub")
}
func (tx *Tx) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (tx *Tx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	panic("stub")
}
func (tx *Tx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { panic("stub") }
func (tx *Tx) Conn() *pgx.Conn                                               { panic("stub") }
