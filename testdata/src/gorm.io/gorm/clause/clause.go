// Package clause is a minimal hand-written stub of gorm.io/gorm/clause: the
// expression and writer types that gorm's query API mentions.
package clause

type Writer interface {
	WriteByte(byte) error
	WriteString(string) (int, error)
}

type Builder interface {
	Writer
	WriteQuoted(field interface{})
	AddVar(Writer, ...interface{})
	AddError(error) error
}

type Expression interface {
	Build(builder Builder)
}

// Expr is a raw SQL fragment with bind variables.
type Expr struct {
	SQL                string
	Vars               []interface{}
	WithoutParentheses bool
}

func (expr Expr) Build(builder Builder) { panic("stub") }

// NamedExpr is a raw SQL fragment with @name bind variables.
type NamedExpr struct {
	SQL  string
	Vars []interface{}
}

func (expr NamedExpr) Build(builder Builder) { panic("stub") }

type Column struct {
	Table string
	Name  string
	Alias string
	Raw   bool
}

type Table struct {
	Name  string
	Alias string
	Raw   bool
}

type OrderByColumn struct {
	Column  Column
	Desc    bool
	Reorder bool
}

type OrderBy struct {
	Columns    []OrderByColumn
	Expression Expression
}

func (orderBy OrderBy) Name() string          { return "ORDER BY" }
func (orderBy OrderBy) Build(builder Builder) { panic("stub") }

type Eq struct {
	Column interface{}
	Value  interface{}
}

func (eq Eq) Build(builder Builder) { panic("stub") }
