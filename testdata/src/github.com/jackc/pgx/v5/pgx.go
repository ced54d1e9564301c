// Package pgx is a hand-written stub of github.com/jackc/pgx/v5 for
// analysistest. It covers the query-related API with the real names and
// signatures; behaviour is not implemented.
package pgx

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

const (
	TextFormatCode   = 0
	BinaryFormatCode = 1
)

type proxyErr struct {
	target error
	msg    string
}

func (e *proxyErr) Error() string        { return e.msg }
func (e *proxyErr) Is(target error) bool { return target == e.target }

var (
	ErrNoRows           error = &proxyErr{sql.ErrNoRows, "no rows in result set"}
	ErrTooManyRows            = errors.New("too many rows in result set")
	ErrTxClosed               = errors.New("tx is closed")
	ErrTxCommitRollback       = errors.New("commit unexpectedly resulted in rollback")
)

// Connections.

type ConnConfig struct {
	pgconn.Config
	StatementCacheCapacity   int
	DescriptionCacheCapacity int
	DefaultQueryExecMode     QueryExecMode
	connString               string
}

func (cc *ConnConfig) Copy() *ConnConfig  { c := *cc; return &c }
func (cc *ConnConfig) ConnString() string { return cc.connString }

func ParseConfig(connString string) (*ConnConfig, error) {
	return &ConnConfig{connString: connString}, nil
}

type QueryExecMode int32

const (
	_ QueryExecMode = iota
	QueryExecModeCacheStatement
	QueryExecModeCacheDescribe
	QueryExecModeDescribeExec
	QueryExecModeExec
	QueryExecModeSimpleProtocol
)

func (m QueryExecMode) String() string { panic("stub") }

type Conn struct {
	config *ConnConfig
}

func Connect(ctx context.Context, connString string) (*Conn, error) { panic("stub") }
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) {
	panic("stub")
}

func (c *Conn) Close(ctx context.Context) error { panic("stub") }
func (c *Conn) Prepare(ctx context.Context, name, sql string) (sd *pgconn.StatementDescription, err error) {
	panic("stub")
}
func (c *Conn) Deallocate(ctx context.Context, name string) error { panic("stub") }
func (c *Conn) IsClosed() bool                                    { panic("stub") }
func (c *Conn) Ping(ctx context.Context) error                    { panic("stub") }
func (c *Conn) PgConn() *pgconn.PgConn                            { panic("stub") }
func (c *Conn) Config() *ConnConfig                               { return c.config.Copy() }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { panic("stub") }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row        { panic("stub") }
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults             { panic("stub") }
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	panic("stub")
}
func (c *Conn) Begin(ctx context.Context) (Tx, error) { panic("stub") }
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) {
	panic("stub")
}

// Identifier is a possibly schema-qualified SQL identifier.
type Identifier []string

func (ident Identifier) Sanitize() string {
	quoted := make([]string, len(ident))
	for i, part := range ident {
		part = strings.ReplaceAll(part, "\x00", "")
		quoted[i] = `"` + strings.ReplaceAll(part, `"`, `""`) + `"`
	}
	return strings.Join(quoted, ".")
}

type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

func CopyFromRows(rows [][]any) CopyFromSource { panic("stub") }
func CopyFromSlice(length int, next func(int) ([]any, error)) CopyFromSource {
	panic("stub")
}

// NamedArgs rewrites @name placeholders into positional ones.
type NamedArgs map[string]any

func (na NamedArgs) RewriteQuery(ctx context.Context, conn *Conn, sql string, args []any) (newSQL string, newArgs []any, err error) {
	panic("stub")
}

type StrictNamedArgs map[string]any

func (sna StrictNamedArgs) RewriteQuery(ctx context.Context, conn *Conn, sql string, args []any) (newSQL string, newArgs []any, err error) {
	panic("stub")
}

// Results.

type Row interface {
	Scan(dest ...any) error
}

type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
	Conn() *Conn
	TypeMap() *pgtype.Map
}

type CollectableRow interface {
	FieldDescriptions() []pgconn.FieldDescription
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
}

type RowToFunc[T any] func(row CollectableRow) (T, error)

func CollectRows[T any](rows Rows, fn RowToFunc[T]) ([]T, error) { panic("stub") }
func CollectOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { panic("stub") }
func CollectExactlyOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) {
	panic("stub")
}
func RowTo[T any](row CollectableRow) (T, error)                    { panic("stub") }
func RowToMap(row CollectableRow) (map[string]any, error)           { panic("stub") }
func RowToStructByName[T any](row CollectableRow) (T, error)        { panic("stub") }
func RowToStructByPos[T any](row CollectableRow) (T, error)         { panic("stub") }
func RowToAddrOfStructByName[T any](row CollectableRow) (*T, error) { panic("stub") }
func ForEachRow(rows Rows, scans []any, fn func() error) (pgconn.CommandTag, error) {
	panic("stub")
}

// Batches.

type batchItemFunc func(br BatchResults) error

type QueuedQuery struct {
	SQL       string
	Arguments []any
	Fn        batchItemFunc
}

func (qq *QueuedQuery) Query(fn func(rows Rows) error)           { panic("stub") }
func (qq *QueuedQuery) QueryRow(fn func(row Row) error)          { panic("stub") }
func (qq *QueuedQuery) Exec(fn func(ct pgconn.CommandTag) error) { panic("stub") }

type Batch struct {
	QueuedQueries []*QueuedQuery
}

func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery {
	qq := &QueuedQuery{SQL: query, Arguments: arguments}
	b.QueuedQueries = append(b.QueuedQueries, qq)
	return qq
}

func (b *Batch) Len() int { return len(b.QueuedQueries) }

type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
	Tx() Tx
}

// Transactions.

type TxIsoLevel string

const (
	Serializable    TxIsoLevel = "serializable"
	RepeatableRead  TxIsoLevel = "repeatable read"
	ReadCommitted   TxIsoLevel = "read committed"
	ReadUncommitted TxIsoLevel = "read uncommitted"
)

type TxAccessMode string

const (
	ReadWrite TxAccessMode = "read write"
	ReadOnly  TxAccessMode = "read only"
)

type TxDeferrableMode string

const (
	Deferrable    TxDeferrableMode = "deferrable"
	NotDeferrable TxDeferrableMode = "not deferrable"
)

type TxOptions struct {
	IsoLevel       TxIsoLevel
	AccessMode     TxAccessMode
	DeferrableMode TxDeferrableMode
	BeginQuery     string
	CommitQuery    string
}

type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	LargeObjects() LargeObjects
	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)
	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
	Conn() *Conn
}

type LargeObjects struct {
	tx Tx
}

func BeginFunc(ctx context.Context, db interface {
	Begin(ctx context.Context) (Tx, error)
}, fn func(Tx) error) (err error) {
	panic("stub")
}

func BeginTxFunc(ctx context.Context, db interface {
	BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error)
}, txOptions TxOptions, fn func(Tx) error) (err error) {
	panic("stub")
}
