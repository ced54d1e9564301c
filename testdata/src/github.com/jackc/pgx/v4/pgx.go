// Package pgx is a hand-written stub of github.com/jackc/pgx/v4 for
// analysistest. It covers the query-related API with the real names and
// signatures; behaviour is not implemented.
package pgx

import (
	"context"
	"errors"
	"strings"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgproto3/v2"
)

const (
	TextFormatCode   = 0
	BinaryFormatCode = 1
)

var (
	ErrNoRows           = errors.New("no rows in result set")
	ErrTxClosed         = errors.New("tx is closed")
	ErrTxCommitRollback = errors.New("commit unexpectedly resulted in rollback")
)

// Connections.

type ConnConfig struct {
	pgconn.Config
	PreferSimpleProtocol bool
	connString           string
}

func (cc *ConnConfig) Copy() *ConnConfig  { c := *cc; return &c }
func (cc *ConnConfig) ConnString() string { return cc.connString }

func ParseConfig(connString string) (*ConnConfig, error) {
	return &ConnConfig{connString: connString}, nil
}

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
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) Query(ctx context.Context, sql string, args ...interface{}) (Rows, error) {
	panic("stub")
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...interface{}) Row { panic("stub") }
func (c *Conn) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { panic("stub") }
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	panic("stub")
}
func (c *Conn) Begin(ctx context.Context) (Tx, error) { panic("stub") }
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) {
	panic("stub")
}
func (c *Conn) BeginFunc(ctx context.Context, f func(Tx) error) (err error) { panic("stub") }
func (c *Conn) BeginTxFunc(ctx context.Context, txOptions TxOptions, f func(Tx) error) (err error) {
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
	Values() ([]interface{}, error)
	Err() error
}

func CopyFromRows(rows [][]interface{}) CopyFromSource { panic("stub") }
func CopyFromSlice(length int, next func(int) ([]interface{}, error)) CopyFromSource {
	panic("stub")
}

// Results.

type Row interface {
	Scan(dest ...interface{}) error
}

type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgproto3.FieldDescription
	Next() bool
	Scan(dest ...interface{}) error
	Values() ([]interface{}, error)
	RawValues() [][]byte
}

type QueryFuncRow interface {
	FieldDescriptions() []pgproto3.FieldDescription
	RawValues() [][]byte
}

// Batches.

type batchItem struct {
	query     string
	arguments []interface{}
}

type Batch struct {
	items []*batchItem
}

func (b *Batch) Queue(query string, arguments ...interface{}) {
	b.items = append(b.items, &batchItem{query: query, arguments: arguments})
}

func (b *Batch) Len() int { return len(b.items) }

type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	QueryFunc(scans []interface{}, f func(QueryFuncRow) error) (pgconn.CommandTag, error)
	Close() error
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
}

type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	BeginFunc(ctx context.Context, f func(Tx) error) (err error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	LargeObjects() LargeObjects
	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)
	Exec(ctx context.Context, sql string, arguments ...interface{}) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...interface{}) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...interface{}) Row
	QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (pgconn.CommandTag, error)
	Conn() *Conn
}

type LargeObjects struct {
	tx Tx
}
