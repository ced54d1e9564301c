// Package schema is a minimal hand-written stub of
// github.com/uptrace/bun/schema: the SQL fragment types (Safe, Ident, Name,
// QueryWithArgs), the Query/QueryAppender/Model interfaces and the Dialect
// interface that bun's query API mentions.
package schema

import (
	"context"
	"database/sql"
	"time"

	"github.com/uptrace/bun/dialect"
	"github.com/uptrace/bun/dialect/feature"
)

// Safe is SQL that is written into queries verbatim.
type Safe string

func (s Safe) AppendQuery(gen QueryGen, b []byte) ([]byte, error) { return append(b, s...), nil }

// Name is an SQL name, quoted when needed.
type Name string

func (s Name) AppendQuery(gen QueryGen, b []byte) ([]byte, error) { panic("stub") }

// Ident is an SQL identifier, always quoted.
type Ident string

func (s Ident) AppendQuery(gen QueryGen, b []byte) ([]byte, error) { panic("stub") }

type QueryWithArgs struct {
	Query string
	Args  []any
}

func SafeQuery(query string, args []any) QueryWithArgs {
	return QueryWithArgs{Query: query, Args: args}
}

func (q QueryWithArgs) IsZero() bool { return q.Query == "" && q.Args == nil }
func (q QueryWithArgs) AppendQuery(gen QueryGen, b []byte) ([]byte, error) {
	panic("stub")
}

type Order string

const (
	OrderNone           Order = ""
	OrderAsc            Order = "ASC"
	OrderAscNullsFirst  Order = "ASC NULLS FIRST"
	OrderAscNullsLast   Order = "ASC NULLS LAST"
	OrderDesc           Order = "DESC"
	OrderDescNullsFirst Order = "DESC NULLS FIRST"
	OrderDescNullsLast  Order = "DESC NULLS LAST"
)

type QueryAppender interface {
	AppendQuery(gen QueryGen, b []byte) ([]byte, error)
}

type Query interface {
	QueryAppender
	Operation() string
	GetModel() Model
	GetTableName() string
}

type Model interface {
	ScanRows(ctx context.Context, rows *sql.Rows) (int, error)
	Value() any
}

type BaseModel struct{}

type QueryGen struct {
	dialect Dialect
}

func (f QueryGen) Dialect() Dialect                                         { return f.dialect }
func (f QueryGen) FormatQuery(query string, args ...any) string             { panic("stub") }
func (f QueryGen) AppendQuery(dst []byte, query string, args ...any) []byte { panic("stub") }

// Table, Field and Tables are opaque here.

type Table struct {
	TypeName string
	Name     string
	Alias    string
}

type Field struct {
	Name    string
	SQLName Safe
}

type Tables struct {
	dialect Dialect
}

type Dialect interface {
	Init(db *sql.DB)

	Name() dialect.Name
	Features() feature.Feature

	Tables() *Tables
	OnTable(table *Table)

	IdentQuote() byte

	AppendUint32(b []byte, n uint32) []byte
	AppendUint64(b []byte, n uint64) []byte
	AppendTime(b []byte, tm time.Time) []byte
	AppendString(b []byte, s string) []byte
	AppendBytes(b []byte, bs []byte) []byte
	AppendJSON(b, jsonb []byte) []byte
	AppendBool(b []byte, v bool) []byte

	AppendSequence(b []byte, t *Table, f *Field) []byte

	DefaultVarcharLen() int
	DefaultSchema() string
}
