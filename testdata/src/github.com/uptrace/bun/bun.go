// Package bun is a hand-written stub of github.com/uptrace/bun for
// analysistest. It covers the query-building API (raw, select, insert,
// update and delete queries) with the real names and signatures; behaviour
// is not implemented.
package bun

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun/schema"
)

type (
	Safe      = schema.Safe
	Name      = schema.Name
	Ident     = schema.Ident
	Order     = schema.Order
	BaseModel = schema.BaseModel
	Query     = schema.Query
	Model     = schema.Model
)

const (
	OrderAsc            = schema.OrderAsc
	OrderAscNullsFirst  = schema.OrderAscNullsFirst
	OrderAscNullsLast   = schema.OrderAscNullsLast
	OrderDesc           = schema.OrderDesc
	OrderDescNullsFirst = schema.OrderDescNullsFirst
	OrderDescNullsLast  = schema.OrderDescNullsLast
)

// SafeQuery wraps a query and its arguments for use as a query argument.
func SafeQuery(query string, args ...any) schema.QueryWithArgs {
	return schema.SafeQuery(query, args)
}

type inValues struct {
	slice any
}

func (in *inValues) AppendQuery(gen schema.QueryGen, b []byte) ([]byte, error) { panic("stub") }

// In expands a slice into a comma-separated list of bind values.
func In(slice any) schema.QueryAppender { return &inValues{slice: slice} }

// Connections.

type IConn interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type IDB interface {
	IConn
	Dialect() schema.Dialect

	NewValues(model any) *ValuesQuery
	NewSelect() *SelectQuery
	NewInsert() *InsertQuery
	NewUpdate() *UpdateQuery
	NewDelete() *DeleteQuery
	NewMerge() *MergeQuery
	NewRaw(query string, args ...any) *RawQuery
	NewCreateTable() *CreateTableQuery
	NewDropTable() *DropTableQuery
	NewCreateIndex() *CreateIndexQuery
	NewDropIndex() *DropIndexQuery
	NewTruncateTable() *TruncateTableQuery
	NewAddColumn() *AddColumnQuery
	NewDropColumn() *DropColumnQuery

	BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error)
	RunInTx(ctx context.Context, opts *sql.TxOptions, f func(ctx context.Context, tx Tx) error) error
}

type noCopyState struct {
	*sql.DB
	dialect schema.Dialect
}

type DB struct {
	*noCopyState
	gen schema.QueryGen
}

type DBOption func(db *DB)

func NewDB(sqldb *sql.DB, dialect schema.Dialect, opts ...DBOption) *DB {
	db := &DB{noCopyState: &noCopyState{DB: sqldb, dialect: dialect}}
	for _, opt := range opts {
		opt(db)
	}
	return db
}

func (db *DB) String() string          { panic("stub") }
func (db *DB) Close() error            { return db.DB.Close() }
func (db *DB) Dialect() schema.Dialect { return db.dialect }

func (db *DB) NewValues(model any) *ValuesQuery { return &ValuesQuery{baseQuery: baseQuery{db: db}} }
func (db *DB) NewMerge() *MergeQuery            { return &MergeQuery{baseQuery: baseQuery{db: db}} }
func (db *DB) NewSelect() *SelectQuery          { return NewSelectQuery(db) }
func (db *DB) NewInsert() *InsertQuery          { return NewInsertQuery(db) }
func (db *DB) NewUpdate() *UpdateQuery          { return NewUpdateQuery(db) }
func (db *DB) NewDelete() *DeleteQuery          { return NewDeleteQuery(db) }
func (db *DB) NewRaw(query string, args ...any) *RawQuery {
	return NewRawQuery(db, query, args...)
}
func (db *DB) NewCreateTable() *CreateTableQuery {
	return &CreateTableQuery{baseQuery: baseQuery{db: db}}
}
func (db *DB) NewDropTable() *DropTableQuery { return &DropTableQuery{baseQuery: baseQuery{db: db}} }
func (db *DB) NewCreateIndex() *CreateIndexQuery {
	return &CreateIndexQuery{whereBaseQuery: whereBaseQuery{baseQuery: baseQuery{db: db}}}
}
func (db *DB) NewDropIndex() *DropIndexQuery { return &DropIndexQuery{baseQuery: baseQuery{db: db}} }
func (db *DB) NewTruncateTable() *TruncateTableQuery {
	return &TruncateTableQuery{baseQuery: baseQuery{db: db}}
}
func (db *DB) NewAddColumn() *AddColumnQuery   { return &AddColumnQuery{baseQuery: baseQuery{db: db}} }
func (db *DB) NewDropColumn() *DropColumnQuery { return &DropColumnQuery{baseQuery: baseQuery{db: db}} }

func (db *DB) ScanRows(ctx context.Context, rows *sql.Rows, dest ...any) error { panic("stub") }
func (db *DB) ScanRow(ctx context.Context, rows *sql.Rows, dest ...any) error  { panic("stub") }
func (db *DB) RegisterModel(models ...any)                                     {}
func (db *DB) WithNamedArg(name string, value any) *DB                         { return db }

func (db *DB) Exec(query string, args ...any) (sql.Result, error) { panic("stub") }
func (db *DB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	panic("stub")
}
func (db *DB) Query(query string, args ...any) (*sql.Rows, error) { panic("stub") }
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	panic("stub")
}
func (db *DB) QueryRow(query string, args ...any) *sql.Row { panic("stub") }
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	panic("stub")
}
func (db *DB) RunInTx(ctx context.Context, opts *sql.TxOptions, fn func(ctx context.Context, tx Tx) error) error {
	panic("stub")
}
func (db *DB) Begin() (Tx, error)                                           { panic("stub") }
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error) { panic("stub") }

// Tx is a transaction; its query constructors mirror DB's.

type Tx struct {
	ctx  context.Context
	db   *DB
	name string
	*sql.Tx
}

func (tx Tx) Commit() error                                      { panic("stub") }
func (tx Tx) Rollback() error                                    { panic("stub") }
func (tx Tx) Exec(query string, args ...any) (sql.Result, error) { panic("stub") }
func (tx Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	panic("stub")
}
func (tx Tx) Query(query string, args ...any) (*sql.Rows, error) { panic("stub") }
func (tx Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	panic("stub")
}
func (tx Tx) QueryRow(query string, args ...any) *sql.Row { panic("stub") }
func (tx Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	panic("stub")
}
func (tx Tx) Begin() (Tx, error)                                        { panic("stub") }
func (tx Tx) BeginTx(ctx context.Context, _ *sql.TxOptions) (Tx, error) { panic("stub") }
func (tx Tx) RunInTx(ctx context.Context, _ *sql.TxOptions, fn func(ctx context.Context, tx Tx) error) error {
	panic("stub")
}
func (tx Tx) Dialect() schema.Dialect                    { return tx.db.Dialect() }
func (tx Tx) NewValues(model any) *ValuesQuery           { return tx.db.NewValues(model) }
func (tx Tx) NewMerge() *MergeQuery                      { return tx.db.NewMerge() }
func (tx Tx) NewSelect() *SelectQuery                    { return tx.db.NewSelect() }
func (tx Tx) NewInsert() *InsertQuery                    { return tx.db.NewInsert() }
func (tx Tx) NewUpdate() *UpdateQuery                    { return tx.db.NewUpdate() }
func (tx Tx) NewDelete() *DeleteQuery                    { return tx.db.NewDelete() }
func (tx Tx) NewRaw(query string, args ...any) *RawQuery { return tx.db.NewRaw(query, args...) }
func (tx Tx) NewCreateTable() *CreateTableQuery          { return tx.db.NewCreateTable() }
func (tx Tx) NewDropTable() *DropTableQuery              { return tx.db.NewDropTable() }
func (tx Tx) NewCreateIndex() *CreateIndexQuery          { return tx.db.NewCreateIndex() }
func (tx Tx) NewDropIndex() *DropIndexQuery              { return tx.db.NewDropIndex() }
func (tx Tx) NewTruncateTable() *TruncateTableQuery      { return tx.db.NewTruncateTable() }
func (tx Tx) NewAddColumn() *AddColumnQuery              { return tx.db.NewAddColumn() }
func (tx Tx) NewDropColumn() *DropColumnQuery            { return tx.db.NewDropColumn() }

// Query building blocks shared by all queries.

type baseQuery struct {
	db    *DB
	conn  IConn
	model Model
	err   error
}

func (q *baseQuery) DB() *DB                 { return q.db }
func (q *baseQuery) GetModel() Model         { return q.model }
func (q *baseQuery) GetTableName() string    { panic("stub") }
func (q *baseQuery) Dialect() schema.Dialect { return q.db.Dialect() }

type whereBaseQuery struct {
	baseQuery
	where []schema.QueryWithArgs
}

type WithQuery struct {
	name  string
	query Query
}

// Query types that are only constructed, not configured, in the stubs.

type (
	ValuesQuery        struct{ baseQuery }
	MergeQuery         struct{ baseQuery }
	CreateTableQuery   struct{ baseQuery }
	DropTableQuery     struct{ baseQuery }
	CreateIndexQuery   struct{ whereBaseQuery }
	DropIndexQuery     struct{ baseQuery }
	TruncateTableQuery struct{ baseQuery }
	AddColumnQuery     struct{ baseQuery }
	DropColumnQuery    struct{ baseQuery }
)

// RawQuery.

type RawQuery struct {
	baseQuery
	query string
	args  []any
}

func NewRawQuery(db *DB, query string, args ...any) *RawQuery {
	return &RawQuery{baseQuery: baseQuery{db: db}, query: query, args: args}
}

func (q *RawQuery) Conn(db IConn) *RawQuery                                   { q.conn = db; return q }
func (q *RawQuery) Err(err error) *RawQuery                                   { q.err = err; return q }
func (q *RawQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { panic("stub") }
func (q *RawQuery) Scan(ctx context.Context, dest ...any) error               { panic("stub") }
func (q *RawQuery) Comment(comment string) *RawQuery                          { return q }
func (q *RawQuery) AppendQuery(gen schema.QueryGen, b []byte) ([]byte, error) { panic("stub") }
func (q *RawQuery) Operation() string                                         { return "SELECT" }
func (q *RawQuery) String() string                                            { panic("stub") }

// SelectQuery.

type SelectQuery struct {
	whereBaseQuery
}

func NewSelectQuery(db *DB) *SelectQuery {
	return &SelectQuery{whereBaseQuery: whereBaseQuery{baseQuery: baseQuery{db: db}}}
}

func (q *SelectQuery) Conn(db IConn) *SelectQuery                                { q.conn = db; return q }
func (q *SelectQuery) Model(model any) *SelectQuery                              { return q }
func (q *SelectQuery) Err(err error) *SelectQuery                                { q.err = err; return q }
func (q *SelectQuery) Apply(fns ...func(*SelectQuery) *SelectQuery) *SelectQuery { return q }
func (q *SelectQuery) With(name string, query Query) *SelectQuery                { return q }
func (q *SelectQuery) Distinct() *SelectQuery                                    { return q }
func (q *SelectQuery) DistinctOn(query string, args ...any) *SelectQuery         { return q }
func (q *SelectQuery) Table(tables ...string) *SelectQuery                       { return q }
func (q *SelectQuery) TableExpr(query string, args ...any) *SelectQuery          { return q }
func (q *SelectQuery) ModelTableExpr(query string, args ...any) *SelectQuery     { return q }
func (q *SelectQuery) Column(columns ...string) *SelectQuery                     { return q }
func (q *SelectQuery) ColumnExpr(query string, args ...any) *SelectQuery         { return q }
func (q *SelectQuery) ExcludeColumn(columns ...string) *SelectQuery              { return q }
func (q *SelectQuery) WherePK(cols ...string) *SelectQuery                       { return q }
func (q *SelectQuery) Where(query string, args ...any) *SelectQuery              { return q }
func (q *SelectQuery) WhereOr(query string, args ...any) *SelectQuery            { return q }
func (q *SelectQuery) WhereGroup(sep string, fn func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) WhereDeleted() *SelectQuery                         { return q }
func (q *SelectQuery) WhereAllWithDeleted() *SelectQuery                  { return q }
func (q *SelectQuery) Group(columns ...string) *SelectQuery               { return q }
func (q *SelectQuery) GroupExpr(group string, args ...any) *SelectQuery   { return q }
func (q *SelectQuery) Having(having string, args ...any) *SelectQuery     { return q }
func (q *SelectQuery) Order(orders ...string) *SelectQuery                { return q }
func (q *SelectQuery) OrderBy(colName string, sortDir Order) *SelectQuery { return q }
func (q *SelectQuery) OrderExpr(query string, args ...any) *SelectQuery   { return q }
func (q *SelectQuery) Limit(n int64) *SelectQuery                         { return q }
func (q *SelectQuery) Offset(n int64) *SelectQuery                        { return q }
func (q *SelectQuery) For(s string, args ...any) *SelectQuery             { return q }
func (q *SelectQuery) Union(other *SelectQuery) *SelectQuery              { return q }
func (q *SelectQuery) UnionAll(other *SelectQuery) *SelectQuery           { return q }
func (q *SelectQuery) Join(join string, args ...any) *SelectQuery         { return q }
func (q *SelectQuery) JoinOn(cond string, args ...any) *SelectQuery       { return q }
func (q *SelectQuery) JoinOnOr(cond string, args ...any) *SelectQuery     { return q }
func (q *SelectQuery) Relation(name string, apply ...func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) Comment(comment string) *SelectQuery { return q }
func (q *SelectQuery) Operation() string                   { return "SELECT" }
func (q *SelectQuery) AppendQuery(gen schema.QueryGen, b []byte) (_ []byte, err error) {
	panic("stub")
}
func (q *SelectQuery) Rows(ctx context.Context) (*sql.Rows, error) { panic("stub") }
func (q *SelectQuery) Exec(ctx context.Context, dest ...any) (res sql.Result, err error) {
	panic("stub")
}
func (q *SelectQuery) Scan(ctx context.Context, dest ...any) error { panic("stub") }
func (q *SelectQuery) Count(ctx context.Context) (int64, error)    { panic("stub") }
func (q *SelectQuery) ScanAndCount(ctx context.Context, dest ...any) (int64, error) {
	panic("stub")
}
func (q *SelectQuery) Exists(ctx context.Context) (bool, error) { panic("stub") }
func (q *SelectQuery) String() string                           { panic("stub") }
func (q *SelectQuery) Clone() *SelectQuery                      { c := *q; return &c }

// InsertQuery.

type InsertQuery struct {
	whereBaseQuery
}

func NewInsertQuery(db *DB) *InsertQuery {
	return &InsertQuery{whereBaseQuery: whereBaseQuery{baseQuery: baseQuery{db: db}}}
}

func (q *InsertQuery) Conn(db IConn) *InsertQuery                                { q.conn = db; return q }
func (q *InsertQuery) Model(model any) *InsertQuery                              { return q }
func (q *InsertQuery) Err(err error) *InsertQuery                                { q.err = err; return q }
func (q *InsertQuery) Apply(fns ...func(*InsertQuery) *InsertQuery) *InsertQuery { return q }
func (q *InsertQuery) With(name string, query Query) *InsertQuery                { return q }
func (q *InsertQuery) Table(tables ...string) *InsertQuery                       { return q }
func (q *InsertQuery) TableExpr(query string, args ...any) *InsertQuery          { return q }
func (q *InsertQuery) ModelTableExpr(query string, args ...any) *InsertQuery     { return q }
func (q *InsertQuery) Column(columns ...string) *InsertQuery                     { return q }
func (q *InsertQuery) ColumnExpr(query string, args ...any) *InsertQuery         { return q }
func (q *InsertQuery) ExcludeColumn(columns ...string) *InsertQuery              { return q }
func (q *InsertQuery) Value(column string, expr string, args ...any) *InsertQuery {
	return q
}
func (q *InsertQuery) Where(query string, args ...any) *InsertQuery     { return q }
func (q *InsertQuery) WhereOr(query string, args ...any) *InsertQuery   { return q }
func (q *InsertQuery) Returning(query string, args ...any) *InsertQuery { return q }
func (q *InsertQuery) Ignore() *InsertQuery                             { return q }
func (q *InsertQuery) Replace() *InsertQuery                            { return q }
func (q *InsertQuery) Comment(comment string) *InsertQuery              { return q }
func (q *InsertQuery) Operation() string                                { return "INSERT" }
func (q *InsertQuery) AppendQuery(gen schema.QueryGen, b []byte) (_ []byte, err error) {
	panic("stub")
}
func (q *InsertQuery) On(s string, args ...any) *InsertQuery       { return q }
func (q *InsertQuery) Set(query string, args ...any) *InsertQuery  { return q }
func (q *InsertQuery) Scan(ctx context.Context, dest ...any) error { panic("stub") }
func (q *InsertQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	panic("stub")
}
func (q *InsertQuery) String() string { panic("stub") }

// UpdateQuery.

type UpdateQuery struct {
	whereBaseQuery
}

func NewUpdateQuery(db *DB) *UpdateQuery {
	return &UpdateQuery{whereBaseQuery: whereBaseQuery{baseQuery: baseQuery{db: db}}}
}

func (q *UpdateQuery) Conn(db IConn) *UpdateQuery                                { q.conn = db; return q }
func (q *UpdateQuery) Model(model any) *UpdateQuery                              { return q }
func (q *UpdateQuery) Err(err error) *UpdateQuery                                { q.err = err; return q }
func (q *UpdateQuery) Apply(fns ...func(*UpdateQuery) *UpdateQuery) *UpdateQuery { return q }
func (q *UpdateQuery) With(name string, query Query) *UpdateQuery                { return q }
func (q *UpdateQuery) Table(tables ...string) *UpdateQuery                       { return q }
func (q *UpdateQuery) TableExpr(query string, args ...any) *UpdateQuery          { return q }
func (q *UpdateQuery) ModelTableExpr(query string, args ...any) *UpdateQuery     { return q }
func (q *UpdateQuery) Column(columns ...string) *UpdateQuery                     { return q }
func (q *UpdateQuery) ExcludeColumn(columns ...string) *UpdateQuery              { return q }
func (q *UpdateQuery) Set(query string, args ...any) *UpdateQuery                { return q }
func (q *UpdateQuery) SetColumn(column string, query string, args ...any) *UpdateQuery {
	return q
}
func (q *UpdateQuery) Value(column string, query string, args ...any) *UpdateQuery {
	return q
}
func (q *UpdateQuery) OmitZero() *UpdateQuery                         { return q }
func (q *UpdateQuery) Join(join string, args ...any) *UpdateQuery     { return q }
func (q *UpdateQuery) JoinOn(cond string, args ...any) *UpdateQuery   { return q }
func (q *UpdateQuery) JoinOnOr(cond string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) WherePK(cols ...string) *UpdateQuery            { return q }
func (q *UpdateQuery) Where(query string, args ...any) *UpdateQuery   { return q }
func (q *UpdateQuery) WhereOr(query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) WhereGroup(sep string, fn func(*UpdateQuery) *UpdateQuery) *UpdateQuery {
	return q
}
func (q *UpdateQuery) WhereDeleted() *UpdateQuery                       { return q }
func (q *UpdateQuery) WhereAllWithDeleted() *UpdateQuery                { return q }
func (q *UpdateQuery) Order(orders ...string) *UpdateQuery              { return q }
func (q *UpdateQuery) OrderExpr(query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) Limit(n int64) *UpdateQuery                       { return q }
func (q *UpdateQuery) Returning(query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) Comment(comment string) *UpdateQuery              { return q }
func (q *UpdateQuery) Operation() string                                { return "UPDATE" }
func (q *UpdateQuery) AppendQuery(gen schema.QueryGen, b []byte) (_ []byte, err error) {
	panic("stub")
}
func (q *UpdateQuery) Bulk() *UpdateQuery                          { return q }
func (q *UpdateQuery) Scan(ctx context.Context, dest ...any) error { panic("stub") }
func (q *UpdateQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	panic("stub")
}
func (q *UpdateQuery) FQN(column string) Ident { panic("stub") }
func (q *UpdateQuery) String() string          { panic("stub") }

// DeleteQuery.

type DeleteQuery struct {
	whereBaseQuery
}

func NewDeleteQuery(db *DB) *DeleteQuery {
	return &DeleteQuery{whereBaseQuery: whereBaseQuery{baseQuery: baseQuery{db: db}}}
}

func (q *DeleteQuery) Conn(db IConn) *DeleteQuery                                { q.conn = db; return q }
func (q *DeleteQuery) Model(model any) *DeleteQuery                              { return q }
func (q *DeleteQuery) Err(err error) *DeleteQuery                                { q.err = err; return q }
func (q *DeleteQuery) Apply(fns ...func(*DeleteQuery) *DeleteQuery) *DeleteQuery { return q }
func (q *DeleteQuery) With(name string, query Query) *DeleteQuery                { return q }
func (q *DeleteQuery) Table(tables ...string) *DeleteQuery                       { return q }
func (q *DeleteQuery) TableExpr(query string, args ...any) *DeleteQuery          { return q }
func (q *DeleteQuery) ModelTableExpr(query string, args ...any) *DeleteQuery     { return q }
func (q *DeleteQuery) WherePK(cols ...string) *DeleteQuery                       { return q }
func (q *DeleteQuery) Where(query string, args ...any) *DeleteQuery              { return q }
func (q *DeleteQuery) WhereOr(query string, args ...any) *DeleteQuery            { return q }
func (q *DeleteQuery) WhereGroup(sep string, fn func(*DeleteQuery) *DeleteQuery) *DeleteQuery {
	return q
}
func (q *DeleteQuery) WhereDeleted() *DeleteQuery                       { return q }
func (q *DeleteQuery) WhereAllWithDeleted() *DeleteQuery                { return q }
func (q *DeleteQuery) Order(orders ...string) *DeleteQuery              { return q }
func (q *DeleteQuery) OrderExpr(query string, args ...any) *DeleteQuery { return q }
func (q *DeleteQuery) ForceDelete() *DeleteQuery                        { return q }
func (q *DeleteQuery) Limit(n int64) *DeleteQuery                       { return q }
func (q *DeleteQuery) Returning(query string, args ...any) *DeleteQuery { return q }
func (q *DeleteQuery) Comment(comment string) *DeleteQuery              { return q }
func (q *DeleteQuery) Operation() string                                { return "DELETE" }
func (q *DeleteQuery) AppendQuery(gen schema.QueryGen, b []byte) (_ []byte, err error) {
	panic("stub")
}
func (q *DeleteQuery) Scan(ctx context.Context, dest ...any) error { panic("stub") }
func (q *DeleteQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	panic("stub")
}
func (q *DeleteQuery) String() string { panic("stub") }
