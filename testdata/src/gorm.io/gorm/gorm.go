// Package gorm is a hand-written stub of gorm.io/gorm for analysistest. It
// covers the query-building API with the real names and signatures; behaviour
// is not implemented.
package gorm

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"time"

	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

var (
	ErrRecordNotFound                = errors.New("record not found")
	ErrInvalidTransaction            = errors.New("invalid transaction")
	ErrNotImplemented                = errors.New("not implemented")
	ErrMissingWhereClause            = errors.New("WHERE conditions required")
	ErrUnsupportedRelation           = errors.New("unsupported relations")
	ErrPrimaryKeyRequired            = errors.New("primary key required")
	ErrModelValueRequired            = errors.New("model value required")
	ErrInvalidData                   = errors.New("unsupported data")
	ErrUnsupportedDriver             = errors.New("unsupported driver")
	ErrRegistered                    = errors.New("registered")
	ErrInvalidField                  = errors.New("invalid field")
	ErrEmptySlice                    = errors.New("empty slice found")
	ErrDryRunModeUnsupported         = errors.New("dry run mode unsupported")
	ErrInvalidDB                     = errors.New("invalid db")
	ErrInvalidValue                  = errors.New("invalid value, should be pointer to struct or slice")
	ErrInvalidValueOfLength          = errors.New("invalid association values, length doesn't match")
	ErrPreloadNotAllowed             = errors.New("preload is not allowed when count is used")
	ErrDuplicatedKey                 = errors.New("duplicated key not allowed")
	ErrForeignKeyViolated            = errors.New("violates foreign key constraint")
	ErrCheckConstraintViolated       = errors.New("violates check constraint")
	ErrModelAccessibleFieldsRequired = errors.New("model accessible fields required")
	ErrSubQueryRequired              = errors.New("sub query required")
)

// Configuration.

type Config struct {
	SkipDefaultTransaction bool
	NowFunc                func() time.Time
	DryRun                 bool
	PrepareStmt            bool
	AllowGlobalUpdate      bool
	QueryFields            bool
	CreateBatchSize        int
	TranslateError         bool
	ConnPool               ConnPool
	Dialector
	Plugins map[string]Plugin
}

func (c *Config) Apply(config *Config) error {
	if config != c {
		*config = *c
	}
	return nil
}

func (c *Config) AfterInitialize(db *DB) error { return nil }

type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

type Dialector interface {
	Name() string
	Initialize(*DB) error
	Migrator(db *DB) Migrator
	DataTypeOf(*schema.Field) string
	DefaultValueOf(*schema.Field) clause.Expression
	BindVarTo(writer clause.Writer, stmt *Statement, v interface{})
	QuoteTo(clause.Writer, string)
	Explain(sql string, vars ...interface{}) string
}

type Plugin interface {
	Name() string
	Initialize(*DB) error
}

type ConnPool interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

type Session struct {
	DryRun                   bool
	PrepareStmt              bool
	NewDB                    bool
	Initialized              bool
	SkipHooks                bool
	SkipDefaultTransaction   bool
	DisableNestedTransaction bool
	AllowGlobalUpdate        bool
	FullSaveAssociations     bool
	QueryFields              bool
	Context                  context.Context
	NowFunc                  func() time.Time
	CreateBatchSize          int
}

// Open initializes a DB session for the given dialector.
func Open(dialector Dialector, opts ...Option) (db *DB, err error) {
	config := &Config{Dialector: dialector}
	for _, opt := range opts {
		if opt != nil {
			if err := opt.Apply(config); err != nil {
				return nil, err
			}
		}
	}
	db = &DB{Config: config}
	db.Statement = &Statement{DB: db}
	return db, nil
}

// Expr builds a raw SQL expression with bind variables.
func Expr(expr string, args ...interface{}) clause.Expr {
	return clause.Expr{SQL: expr, Vars: args}
}

// DB.

type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

// Chainable query-building methods.

func (db *DB) Model(value interface{}) (tx *DB)                       { return db }
func (db *DB) Clauses(conds ...clause.Expression) (tx *DB)            { return db }
func (db *DB) Table(name string, args ...interface{}) (tx *DB)        { return db }
func (db *DB) Distinct(args ...interface{}) (tx *DB)                  { return db }
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { return db }
func (db *DB) Omit(columns ...string) (tx *DB)                        { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)  { return db }
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB)    { return db }
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB)     { return db }
func (db *DB) Joins(query string, args ...interface{}) (tx *DB)       { return db }
func (db *DB) InnerJoins(query string, args ...interface{}) (tx *DB)  { return db }
func (db *DB) Group(name string) (tx *DB)                             { return db }
func (db *DB) Having(query interface{}, args ...interface{}) (tx *DB) { return db }
func (db *DB) Order(value interface{}) (tx *DB)                       { return db }
func (db *DB) Limit(limit int) (tx *DB)                               { return db }
func (db *DB) Offset(offset int) (tx *DB)                             { return db }
func (db *DB) Scopes(funcs ...func(*DB) *DB) (tx *DB)                 { return db }
func (db *DB) Preload(query string, args ...interface{}) (tx *DB)     { return db }
func (db *DB) Attrs(attrs ...interface{}) (tx *DB)                    { return db }
func (db *DB) Assign(attrs ...interface{}) (tx *DB)                   { return db }
func (db *DB) Unscoped() (tx *DB)                                     { return db }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)         { return db }
func (db *DB) Session(config *Session) *DB                            { return db }
func (db *DB) WithContext(ctx context.Context) *DB                    { return db }
func (db *DB) Debug() (tx *DB)                                        { return db }
func (db *DB) Set(key string, value interface{}) *DB                  { return db }
func (db *DB) Get(key string) (interface{}, bool)                     { return nil, false }
func (db *DB) InstanceSet(key string, value interface{}) *DB          { return db }
func (db *DB) InstanceGet(key string) (interface{}, bool)             { return nil, false }

// Finisher methods.

func (db *DB) Create(value interface{}) (tx *DB)                         { return db }
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) { return db }
func (db *DB) Save(value interface{}) (tx *DB)                           { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)     { return db }
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)      { return db }
func (db *DB) FindInBatches(dest interface{}, batchSize int, fc func(tx *DB, batch int) error) *DB {
	return db
}
func (db *DB) FirstOrInit(dest interface{}, conds ...interface{}) (tx *DB)   { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) { return db }
func (db *DB) Update(column string, value interface{}) (tx *DB)              { return db }
func (db *DB) Updates(values interface{}) (tx *DB)                           { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB)        { return db }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)                     { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB)       { return db }
func (db *DB) Count(count *int64) (tx *DB)                                   { return db }
func (db *DB) Row() *sql.Row                                                 { panic("stub") }
func (db *DB) Rows() (*sql.Rows, error)                                      { panic("stub") }
func (db *DB) Scan(dest interface{}) (tx *DB)                                { return db }
func (db *DB) Pluck(column string, dest interface{}) (tx *DB)                { return db }
func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error               { panic("stub") }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB)               { return db }
func (db *DB) ToSQL(queryFn func(tx *DB) *DB) string                         { panic("stub") }

// Transactions and connections.

func (db *DB) Connection(fc func(tx *DB) error) (err error) { return fc(db) }
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	return fc(db)
}
func (db *DB) Begin(opts ...*sql.TxOptions) *DB { return db }
func (db *DB) Commit() *DB                      { return db }
func (db *DB) Rollback() *DB                    { return db }
func (db *DB) SavePoint(name string) *DB        { return db }
func (db *DB) RollbackTo(name string) *DB       { return db }

// Miscellaneous.

func (db *DB) AddError(err error) error             { return err }
func (db *DB) DB() (*sql.DB, error)                 { panic("stub") }
func (db *DB) Use(plugin Plugin) error              { panic("stub") }
func (db *DB) Migrator() Migrator                   { panic("stub") }
func (db *DB) AutoMigrate(dst ...interface{}) error { panic("stub") }

// Statement.

type Statement struct {
	*DB
	TableExpr    *clause.Expr
	Table        string
	Model        interface{}
	Unscoped     bool
	Dest         interface{}
	ReflectValue reflect.Value
	Selects      []string
	Omits        []string
	ConnPool     ConnPool
	Context      context.Context
	SQL          strings.Builder
	Vars         []interface{}
}

func (stmt *Statement) WriteString(str string) (int, error) { return stmt.SQL.WriteString(str) }
func (stmt *Statement) WriteByte(c byte) error              { return stmt.SQL.WriteByte(c) }
func (stmt *Statement) WriteQuoted(value interface{})       { panic("stub") }
func (stmt *Statement) QuoteTo(writer clause.Writer, field interface{}) {
	panic("stub")
}
func (stmt *Statement) Quote(field interface{}) string                   { panic("stub") }
func (stmt *Statement) AddVar(writer clause.Writer, vars ...interface{}) { panic("stub") }

// Migrator.

type ViewOption struct {
	Replace     bool
	CheckOption string
	Query       *DB
}

type ColumnType interface {
	Name() string
	DatabaseTypeName() string
	ColumnType() (columnType string, ok bool)
	PrimaryKey() (isPrimaryKey bool, ok bool)
	AutoIncrement() (isAutoIncrement bool, ok bool)
	Length() (length int64, ok bool)
	DecimalSize() (precision int64, scale int64, ok bool)
	Nullable() (nullable bool, ok bool)
	Unique() (unique bool, ok bool)
	ScanType() reflect.Type
	Comment() (value string, ok bool)
	DefaultValue() (value string, ok bool)
}

type Index interface {
	Table() string
	Name() string
	Columns() []string
	PrimaryKey() (isPrimaryKey bool, ok bool)
	Unique() (unique bool, ok bool)
	Option() string
}

type TableType interface {
	Schema() string
	Name() string
	Type() string
	Comment() (comment string, ok bool)
}

type Migrator interface {
	AutoMigrate(dst ...interface{}) error

	CurrentDatabase() string
	FullDataTypeOf(*schema.Field) clause.Expr
	GetTypeAliases(databaseTypeName string) []string

	CreateTable(dst ...interface{}) error
	DropTable(dst ...interface{}) error
	HasTable(dst interface{}) bool
	RenameTable(oldName, newName interface{}) error
	GetTables() (tableList []string, err error)
	TableType(dst interface{}) (TableType, error)

	AddColumn(dst interface{}, field string) error
	DropColumn(dst interface{}, field string) error
	AlterColumn(dst interface{}, field string) error
	MigrateColumn(dst interface{}, field *schema.Field, columnType ColumnType) error
	MigrateColumnUnique(dst interface{}, field *schema.Field, columnType ColumnType) error
	HasColumn(dst interface{}, field string) bool
	RenameColumn(dst interface{}, oldName, field string) error
	ColumnTypes(dst interface{}) ([]ColumnType, error)

	CreateView(name string, option ViewOption) error
	DropView(name string) error

	CreateConstraint(dst interface{}, name string) error
	DropConstraint(dst interface{}, name string) error
	HasConstraint(dst interface{}, name string) bool

	CreateIndex(dst interface{}, name string) error
	DropIndex(dst interface{}, name string) error
	HasIndex(dst interface{}, name string) bool
	RenameIndex(dst interface{}, oldName, newName string) error
	GetIndexes(dst interface{}) ([]Index, error)
}

// Models.

type DeletedAt sql.NullTime

type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}
