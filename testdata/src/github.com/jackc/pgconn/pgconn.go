// Package pgconn is a minimal hand-written stub of github.com/jackc/pgconn
// (the connection layer of pgx v4): the types that pgx's query API mentions.
package pgconn

import (
	"context"
	"crypto/tls"
	"time"

	"github.com/jackc/pgproto3/v2"
)

type CommandTag []byte

func (ct CommandTag) RowsAffected() int64 { panic("stub") }
func (ct CommandTag) String() string      { return string(ct) }
func (ct CommandTag) Insert() bool        { panic("stub") }
func (ct CommandTag) Update() bool        { panic("stub") }
func (ct CommandTag) Delete() bool        { panic("stub") }
func (ct CommandTag) Select() bool        { panic("stub") }

type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []pgproto3.FieldDescription
}

type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	TLSConfig      *tls.Config
	ConnectTimeout time.Duration
	RuntimeParams  map[string]string
}

func ParseConfig(connString string) (*Config, error) { panic("stub") }

type PgConn struct {
	config *Config
}

func Connect(ctx context.Context, connString string) (*PgConn, error) { panic("stub") }
func ConnectConfig(octx context.Context, config *Config) (pgConn *PgConn, err error) {
	panic("stub")
}

func (pgConn *PgConn) Close(ctx context.Context) error { panic("stub") }
func (pgConn *PgConn) IsClosed() bool                  { panic("stub") }
func (pgConn *PgConn) Prepare(ctx context.Context, name, sql string, paramOIDs []uint32) (*StatementDescription, error) {
	panic("stub")
}
func (pgConn *PgConn) Exec(ctx context.Context, sql string) *MultiResultReader { panic("stub") }
func (pgConn *PgConn) ExecParams(ctx context.Context, sql string, paramValues [][]byte, paramOIDs []uint32, paramFormats []int16, resultFormats []int16) *ResultReader {
	panic("stub")
}
func (pgConn *PgConn) EscapeString(s string) (string, error) { panic("stub") }

type Result struct {
	FieldDescriptions []pgproto3.FieldDescription
	Rows              [][][]byte
	CommandTag        CommandTag
	Err               error
}

type MultiResultReader struct {
	pgConn *PgConn
}

func (mrr *MultiResultReader) ReadAll() ([]*Result, error) { panic("stub") }
func (mrr *MultiResultReader) NextResult() bool            { panic("stub") }
func (mrr *MultiResultReader) ResultReader() *ResultReader { panic("stub") }
func (mrr *MultiResultReader) Close() error                { panic("stub") }

type ResultReader struct {
	pgConn *PgConn
}

func (rr *ResultReader) Read() *Result                                  { panic("stub") }
func (rr *ResultReader) NextRow() bool                                  { panic("stub") }
func (rr *ResultReader) FieldDescriptions() []pgproto3.FieldDescription { panic("stub") }
func (rr *ResultReader) Values() [][]byte                               { panic("stub") }
func (rr *ResultReader) Close() (CommandTag, error)                     { panic("stub") }

type PgError struct {
	Severity string
	Code     string
	Message  string
	Detail   string
}

func (pe *PgError) Error() string {
	return pe.Severity + ": " + pe.Message + " (SQLSTATE " + pe.Code + ")"
}
