// Package sqlx is a hand-written stub of github.com/jmoiron/sqlx for
// analysistest. It covers the query API with the real names and signatures;
// behaviour is not implemented.
package sqlx

import (
	"context"
	"database/sql"
	"strings"

	"github.com/jmoiron/sqlx/reflectx"
)

// Bind types.
const (
	UNKNOWN = iota
	QUESTION
	DOLLAR
	NAMED
	AT
)

var NameMapper = strings.ToLower

func BindType(driverName string) int                                      { panic("stub") }
func BindDriver(driverName string, bindType int)                          {}
func Rebind(bindType int, query string) string                            { panic("stub") }
func In(query string, args ...interface{}) (string, []interface{}, error) { panic("stub") }
func Named(query string, arg interface{}) (string, []interface{}, error)  { panic("stub") }
func BindNamed(bindType int, query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}

// Interfaces.

type ColScanner interface {
	Columns() ([]string, error)
	Scan(dest ...interface{}) error
	Err() error
}

type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error)
	QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row
}

type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

type binder interface {
	DriverName() string
	Rebind(string) string
	BindNamed(string, interface{}) (string, []interface{}, error)
}

type Ext interface {
	binder
	Queryer
	Execer
}

type ExtContext interface {
	binder
	QueryerContext
	ExecerContext
}

type Preparer interface {
	Prepare(query string) (*sql.Stmt, error)
}

type PreparerContext interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// Package-level helpers.

func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { panic("stub") }
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error    { panic("stub") }
func SelectContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func GetContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func MustExec(e Execer, query string, args ...interface{}) sql.Result { panic("stub") }
func MustExecContext(ctx context.Context, e ExecerContext, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { panic("stub") }
func NamedQuery(e Ext, query string, arg interface{}) (*Rows, error)     { panic("stub") }
func NamedExecContext(ctx context.Context, e ExtContext, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func NamedQueryContext(ctx context.Context, e ExtContext, query string, arg interface{}) (*Rows, error) {
	panic("stub")
}
func Preparex(p Preparer, query string) (*Stmt, error) { panic("stub") }
func PreparexContext(ctx context.Context, p PreparerContext, query string) (*Stmt, error) {
	panic("stub")
}
func MapScan(r ColScanner, dest map[string]interface{}) error { panic("stub") }
func SliceScan(r ColScanner) ([]interface{}, error)           { panic("stub") }

// DB.

type DB struct {
	*sql.DB
	driverName string
	unsafe     bool
	Mapper     *reflectx.Mapper
}

func NewDb(db *sql.DB, driverName string) *DB {
	return &DB{DB: db, driverName: driverName, Mapper: reflectx.NewMapperFunc("db", NameMapper)}
}

func Open(driverName, dataSourceName string) (*DB, error) {
	db, err := sql.Open(driverName, dataSourceName)
	if err != nil {
		return nil, err
	}
	return NewDb(db, driverName), nil
}

func MustOpen(driverName, dataSourceName string) *DB         { panic("stub") }
func Connect(driverName, dataSourceName string) (*DB, error) { panic("stub") }
func MustConnect(driverName, dataSourceName string) *DB      { panic("stub") }
func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	panic("stub")
}

func (db *DB) DriverName() string                { return db.driverName }
func (db *DB) MapperFunc(mf func(string) string) {}
func (db *DB) Rebind(query string) string        { panic("stub") }
func (db *DB) Unsafe() *DB                       { panic("stub") }
func (db *DB) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error)          { panic("stub") }
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error)      { panic("stub") }
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { panic("stub") }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { panic("stub") }
func (db *DB) MustBegin() *Tx                                                   { panic("stub") }
func (db *DB) Beginx() (*Tx, error)                                             { panic("stub") }
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)          { panic("stub") }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row                 { panic("stub") }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result            { panic("stub") }
func (db *DB) Preparex(query string) (*Stmt, error)                             { panic("stub") }
func (db *DB) PrepareNamed(query string) (*NamedStmt, error)                    { panic("stub") }
func (db *DB) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	panic("stub")
}
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	panic("stub")
}
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (db *DB) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (db *DB) MustBeginTx(ctx context.Context, opts *sql.TxOptions) *Tx { panic("stub") }
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func (db *DB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { panic("stub") }
func (db *DB) Connx(ctx context.Context) (*Conn, error)                       { panic("stub") }

// Conn.

type Conn struct {
	*sql.Conn
	driverName string
	unsafe     bool
	Mapper     *reflectx.Mapper
}

func (c *Conn) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { panic("stub") }
func (c *Conn) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (c *Conn) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (c *Conn) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (c *Conn) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (c *Conn) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (c *Conn) Rebind(query string) string { panic("stub") }

// Tx.

type Tx struct {
	*sql.Tx
	driverName string
	unsafe     bool
	Mapper     *reflectx.Mapper
}

func (tx *Tx) DriverName() string         { return tx.driverName }
func (tx *Tx) Rebind(query string) string { panic("stub") }
func (tx *Tx) Unsafe() *Tx                { panic("stub") }
func (tx *Tx) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error)          { panic("stub") }
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error)      { panic("stub") }
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { panic("stub") }
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error)          { panic("stub") }
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row                 { panic("stub") }
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error    { panic("stub") }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result            { panic("stub") }
func (tx *Tx) Preparex(query string) (*Stmt, error)                             { panic("stub") }
func (tx *Tx) Stmtx(stmt interface{}) *Stmt                                     { panic("stub") }
func (tx *Tx) NamedStmt(stmt *NamedStmt) *NamedStmt                             { panic("stub") }
func (tx *Tx) PrepareNamed(query string) (*NamedStmt, error)                    { panic("stub") }
func (tx *Tx) StmtxContext(ctx context.Context, stmt interface{}) *Stmt         { panic("stub") }
func (tx *Tx) NamedStmtContext(ctx context.Context, stmt *NamedStmt) *NamedStmt { panic("stub") }
func (tx *Tx) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (tx *Tx) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	panic("stub")
}
func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}

// Stmt.

type Stmt struct {
	*sql.Stmt
	unsafe bool
	Mapper *reflectx.Mapper
}

func (s *Stmt) Unsafe() *Stmt                                      { panic("stub") }
func (s *Stmt) Select(dest interface{}, args ...interface{}) error { panic("stub") }
func (s *Stmt) Get(dest interface{}, args ...interface{}) error    { panic("stub") }
func (s *Stmt) MustExec(args ...interface{}) sql.Result            { panic("stub") }
func (s *Stmt) QueryRowx(args ...interface{}) *Row                 { panic("stub") }
func (s *Stmt) Queryx(args ...interface{}) (*Rows, error)          { panic("stub") }
func (s *Stmt) SelectContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	panic("stub")
}
func (s *Stmt) GetContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	panic("stub")
}
func (s *Stmt) MustExecContext(ctx context.Context, args ...interface{}) sql.Result { panic("stub") }
func (s *Stmt) QueryRowxContext(ctx context.Context, args ...interface{}) *Row      { panic("stub") }
func (s *Stmt) QueryxContext(ctx context.Context, args ...interface{}) (*Rows, error) {
	panic("stub")
}

// NamedStmt.

type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

func (n *NamedStmt) Close() error                                   { panic("stub") }
func (n *NamedStmt) Exec(arg interface{}) (sql.Result, error)       { panic("stub") }
func (n *NamedStmt) Query(arg interface{}) (*sql.Rows, error)       { panic("stub") }
func (n *NamedStmt) QueryRow(arg interface{}) *Row                  { panic("stub") }
func (n *NamedStmt) MustExec(arg interface{}) sql.Result            { panic("stub") }
func (n *NamedStmt) Queryx(arg interface{}) (*Rows, error)          { panic("stub") }
func (n *NamedStmt) QueryRowx(arg interface{}) *Row                 { panic("stub") }
func (n *NamedStmt) Select(dest interface{}, arg interface{}) error { panic("stub") }
func (n *NamedStmt) Get(dest interface{}, arg interface{}) error    { panic("stub") }
func (n *NamedStmt) Unsafe() *NamedStmt                             { panic("stub") }
func (n *NamedStmt) ExecContext(ctx context.Context, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func (n *NamedStmt) QueryContext(ctx context.Context, arg interface{}) (*sql.Rows, error) {
	panic("stub")
}
func (n *NamedStmt) QueryRowContext(ctx context.Context, arg interface{}) *Row       { panic("stub") }
func (n *NamedStmt) MustExecContext(ctx context.Context, arg interface{}) sql.Result { panic("stub") }
func (n *NamedStmt) QueryxContext(ctx context.Context, arg interface{}) (*Rows, error) {
	panic("stub")
}
func (n *NamedStmt) QueryRowxContext(ctx context.Context, arg interface{}) *Row { panic("stub") }
func (n *NamedStmt) SelectContext(ctx context.Context, dest interface{}, arg interface{}) error {
	panic("stub")
}
func (n *NamedStmt) GetContext(ctx context.Context, dest interface{}, arg interface{}) error {
	panic("stub")
}

// Rows and Row.

type Rows struct {
	*sql.Rows
	unsafe bool
	Mapper *reflectx.Mapper
}

func (r *Rows) SliceScan() ([]interface{}, error)         { panic("stub") }
func (r *Rows) MapScan(dest map[string]interface{}) error { panic("stub") }
func (r *Rows) StructScan(dest interface{}) error         { panic("stub") }

type Row struct {
	err    error
	unsafe bool
	rows   *sql.Rows
	Mapper *reflectx.Mapper
}

func (r *Row) Scan(dest ...interface{}) error            { panic("stub") }
func (r *Row) Columns() ([]string, error)                { panic("stub") }
func (r *Row) ColumnTypes() ([]*sql.ColumnType, error)   { panic("stub") }
func (r *Row) Err() error                                { return r.err }
func (r *Row) SliceScan() ([]interface{}, error)         { panic("stub") }
func (r *Row) MapScan(dest map[string]interface{}) error { panic("stub") }
func (r *Row) StructScan(dest interface{}) error         { panic("stub") }
