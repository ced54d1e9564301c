// Package squirrel is a hand-written stub of github.com/Masterminds/squirrel
// for analysistest. It covers the statement builders, expressions and
// placeholder formats with the real names and signatures; behaviour is not
// implemented.
package squirrel

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

var (
	RunnerNotSet         = fmt.Errorf("cannot run; no Runner set (RunWith)")
	RunnerNotQueryRunner = fmt.Errorf("cannot QueryRow; Runner is not a QueryRower")
	NoContextSupport     = errors.New("DB does not support Context")
)

// Sqlizer is anything that renders to SQL plus bind arguments.
type Sqlizer interface {
	ToSql() (string, []interface{}, error)
}

// Runners.

type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
}

type QueryRower interface {
	QueryRow(query string, args ...interface{}) RowScanner
}

type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
}

type QueryRowerContext interface {
	QueryRowContext(ctx context.Context, query string, args ...interface{}) RowScanner
}

type BaseRunner interface {
	Execer
	Queryer
}

type Runner interface {
	Execer
	Queryer
	QueryRower
}

type RunnerContext interface {
	Runner
	QueryerContext
	QueryRowerContext
	ExecerContext
}

type RowScanner interface {
	Scan(...interface{}) error
}

type StdSql interface {
	Query(string, ...interface{}) (*sql.Rows, error)
	QueryRow(string, ...interface{}) *sql.Row
	Exec(string, ...interface{}) (sql.Result, error)
}

func WrapStdSql(stdSql StdSql) Runner { panic("stub") }

func ExecWith(db Execer, s Sqlizer) (res sql.Result, err error)   { panic("stub") }
func QueryWith(db Queryer, s Sqlizer) (rows *sql.Rows, err error) { panic("stub") }
func QueryRowWith(db QueryRower, s Sqlizer) RowScanner            { panic("stub") }
func DebugSqlizer(s Sqlizer) string                               { panic("stub") }
func Placeholders(count int) string {
	if count < 1 {
		return ""
	}
	return strings.Repeat(",?", count)[1:]
}

// Placeholder formats.

type PlaceholderFormat interface {
	ReplacePlaceholders(sql string) (string, error)
}

type questionFormat struct{}

func (questionFormat) ReplacePlaceholders(sql string) (string, error) { return sql, nil }

type dollarFormat struct{}

func (dollarFormat) ReplacePlaceholders(sql string) (string, error) { panic("stub") }

type colonFormat struct{}

func (colonFormat) ReplacePlaceholders(sql string) (string, error) { panic("stub") }

type atpFormat struct{}

func (atpFormat) ReplacePlaceholders(sql string) (string, error) { panic("stub") }

var (
	Question = questionFormat{}
	Dollar   = dollarFormat{}
	Colon    = colonFormat{}
	AtP      = atpFormat{}
)

// Expressions.

type expr struct {
	sql  string
	args []interface{}
}

func (e expr) ToSql() (sql string, args []interface{}, err error) { return e.sql, e.args, nil }

// Expr builds a raw SQL fragment with bind arguments.
func Expr(sql string, args ...interface{}) Sqlizer { return expr{sql: sql, args: args} }

type concatExpr []interface{}

func (ce concatExpr) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

func ConcatExpr(parts ...interface{}) concatExpr { return concatExpr(parts) }

type aliasExpr struct {
	expr  Sqlizer
	alias string
}

func (e aliasExpr) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

func Alias(expr Sqlizer, alias string) aliasExpr { return aliasExpr{expr, alias} }

type Eq map[string]interface{}

func (eq Eq) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type NotEq Eq

func (neq NotEq) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type Like map[string]interface{}

func (lk Like) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type NotLike Like

func (nlk NotLike) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type ILike Like

func (ilk ILike) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type NotILike Like

func (nilk NotILike) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type Lt map[string]interface{}

func (lt Lt) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type LtOrEq Lt

func (ltOrEq LtOrEq) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type Gt Lt

func (gt Gt) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type GtOrEq Lt

func (gtOrEq GtOrEq) ToSql() (sql string, args []interface{}, err error) { panic("stub") }

type And conj

func (a And) ToSql() (string, []interface{}, error) { return conj(a).join(" AND ") }

type Or conj

func (o Or) ToSql() (string, []interface{}, error) { return conj(o).join(" OR ") }

type conj []Sqlizer

func (c conj) join(sep string) (string, []interface{}, error) { panic("stub") }

// Statement builders. The real builders are immutable maps from
// github.com/lann/builder; here they carry an opaque unexported state.

type builderState struct {
	parts map[string]interface{}
}

type StatementBuilderType struct {
	builderMap *builderState
}

var StatementBuilder = StatementBuilderType{}.PlaceholderFormat(Question)

func (b StatementBuilderType) Select(columns ...string) SelectBuilder {
	return SelectBuilder{b.builderMap}.Columns(columns...)
}
func (b StatementBuilderType) Insert(into string) InsertBuilder {
	return InsertBuilder{b.builderMap}.Into(into)
}
func (b StatementBuilderType) Replace(into string) InsertBuilder {
	return InsertBuilder{b.builderMap}.Into(into)
}
func (b StatementBuilderType) Update(table string) UpdateBuilder {
	return UpdateBuilder{b.builderMap}.Table(table)
}
func (b StatementBuilderType) Delete(from string) DeleteBuilder {
	return DeleteBuilder{b.builderMap}.From(from)
}
func (b StatementBuilderType) PlaceholderFormat(f PlaceholderFormat) StatementBuilderType {
	return b
}
func (b StatementBuilderType) RunWith(runner BaseRunner) StatementBuilderType { return b }
func (b StatementBuilderType) Where(pred interface{}, args ...interface{}) StatementBuilderType {
	return b
}

func Select(columns ...string) SelectBuilder { return StatementBuilder.Select(columns...) }
func Insert(into string) InsertBuilder       { return StatementBuilder.Insert(into) }
func Replace(into string) InsertBuilder      { return StatementBuilder.Replace(into) }
func Update(table string) UpdateBuilder      { return StatementBuilder.Update(table) }
func Delete(from string) DeleteBuilder       { return StatementBuilder.Delete(from) }

type SelectBuilder struct {
	builderMap *builderState
}

func (b SelectBuilder) PlaceholderFormat(f PlaceholderFormat) SelectBuilder        { return b }
func (b SelectBuilder) RunWith(runner BaseRunner) SelectBuilder                    { return b }
func (b SelectBuilder) Exec() (sql.Result, error)                                  { panic("stub") }
func (b SelectBuilder) ToSql() (string, []interface{}, error)                      { panic("stub") }
func (b SelectBuilder) MustSql() (string, []interface{})                           { panic("stub") }
func (b SelectBuilder) Prefix(sql string, args ...interface{}) SelectBuilder       { return b }
func (b SelectBuilder) PrefixExpr(expr Sqlizer) SelectBuilder                      { return b }
func (b SelectBuilder) Suffix(sql string, args ...interface{}) SelectBuilder       { return b }
func (b SelectBuilder) SuffixExpr(expr Sqlizer) SelectBuilder                      { return b }
func (b SelectBuilder) Query() (*sql.Rows, error)                                  { panic("stub") }
func (b SelectBuilder) ExecContext(ctx context.Context) (sql.Result, error)        { panic("stub") }
func (b SelectBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { panic("stub") }
func (b SelectBuilder) QueryRowContext(ctx context.Context) RowScanner             { panic("stub") }
func (b SelectBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { panic("stub") }

func (b SelectBuilder) QueryRow() RowScanner           { panic("stub") }
func (b SelectBuilder) Scan(dest ...interface{}) error { panic("stub") }

func (b SelectBuilder) Distinct() SelectBuilder                                        { return b }
func (b SelectBuilder) Options(options ...string) SelectBuilder                        { return b }
func (b SelectBuilder) Columns(columns ...string) SelectBuilder                        { return b }
func (b SelectBuilder) RemoveColumns() SelectBuilder                                   { return b }
func (b SelectBuilder) Column(column interface{}, args ...interface{}) SelectBuilder   { return b }
func (b SelectBuilder) From(from string) SelectBuilder                                 { return b }
func (b SelectBuilder) FromSelect(from SelectBuilder, alias string) SelectBuilder      { return b }
func (b SelectBuilder) JoinClause(pred interface{}, args ...interface{}) SelectBuilder { return b }
func (b SelectBuilder) Join(join string, rest ...interface{}) SelectBuilder            { return b }
func (b SelectBuilder) LeftJoin(join string, rest ...interface{}) SelectBuilder        { return b }
func (b SelectBuilder) RightJoin(join string, rest ...interface{}) SelectBuilder       { return b }
func (b SelectBuilder) InnerJoin(join string, rest ...interface{}) SelectBuilder       { return b }
func (b SelectBuilder) CrossJoin(join string, rest ...interface{}) SelectBuilder       { return b }
func (b SelectBuilder) Where(pred interface{}, args ...interface{}) SelectBuilder      { return b }
func (b SelectBuilder) GroupBy(groupBys ...string) SelectBuilder                       { return b }
func (b SelectBuilder) Having(pred interface{}, rest ...interface{}) SelectBuilder     { return b }
func (b SelectBuilder) OrderByClause(pred interface{}, args ...interface{}) SelectBuilder {
	return b
}
func (b SelectBuilder) OrderBy(orderBys ...string) SelectBuilder { return b }
func (b SelectBuilder) Limit(limit uint64) SelectBuilder         { return b }
func (b SelectBuilder) RemoveLimit() SelectBuilder               { return b }
func (b SelectBuilder) Offset(offset uint64) SelectBuilder       { return b }
func (b SelectBuilder) RemoveOffset() SelectBuilder              { return b }

type InsertBuilder struct {
	builderMap *builderState
}

func (b InsertBuilder) PlaceholderFormat(f PlaceholderFormat) InsertBuilder        { return b }
func (b InsertBuilder) RunWith(runner BaseRunner) InsertBuilder                    { return b }
func (b InsertBuilder) Exec() (sql.Result, error)                                  { panic("stub") }
func (b InsertBuilder) ToSql() (string, []interface{}, error)                      { panic("stub") }
func (b InsertBuilder) MustSql() (string, []interface{})                           { panic("stub") }
func (b InsertBuilder) Prefix(sql string, args ...interface{}) InsertBuilder       { return b }
func (b InsertBuilder) PrefixExpr(expr Sqlizer) InsertBuilder                      { return b }
func (b InsertBuilder) Suffix(sql string, args ...interface{}) InsertBuilder       { return b }
func (b InsertBuilder) SuffixExpr(expr Sqlizer) InsertBuilder                      { return b }
func (b InsertBuilder) Query() (*sql.Rows, error)                                  { panic("stub") }
func (b InsertBuilder) ExecContext(ctx context.Context) (sql.Result, error)        { panic("stub") }
func (b InsertBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { panic("stub") }
func (b InsertBuilder) QueryRowContext(ctx context.Context) RowScanner             { panic("stub") }
func (b InsertBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { panic("stub") }

func (b InsertBuilder) QueryRow() RowScanner           { panic("stub") }
func (b InsertBuilder) Scan(dest ...interface{}) error { panic("stub") }

func (b InsertBuilder) Options(options ...string) InsertBuilder             { return b }
func (b InsertBuilder) Into(from string) InsertBuilder                      { return b }
func (b InsertBuilder) Columns(columns ...string) InsertBuilder             { return b }
func (b InsertBuilder) Values(values ...interface{}) InsertBuilder          { return b }
func (b InsertBuilder) SetMap(clauses map[string]interface{}) InsertBuilder { return b }
func (b InsertBuilder) Select(sb SelectBuilder) InsertBuilder               { return b }

type UpdateBuilder struct {
	builderMap *builderState
}

func (b UpdateBuilder) PlaceholderFormat(f PlaceholderFormat) UpdateBuilder        { return b }
func (b UpdateBuilder) RunWith(runner BaseRunner) UpdateBuilder                    { return b }
func (b UpdateBuilder) Exec() (sql.Result, error)                                  { panic("stub") }
func (b UpdateBuilder) ToSql() (string, []interface{}, error)                      { panic("stub") }
func (b UpdateBuilder) MustSql() (string, []interface{})                           { panic("stub") }
func (b UpdateBuilder) Prefix(sql string, args ...interface{}) UpdateBuilder       { return b }
func (b UpdateBuilder) PrefixExpr(expr Sqlizer) UpdateBuilder                      { return b }
func (b UpdateBuilder) Suffix(sql string, args ...interface{}) UpdateBuilder       { return b }
func (b UpdateBuilder) SuffixExpr(expr Sqlizer) UpdateBuilder                      { return b }
func (b UpdateBuilder) Query() (*sql.Rows, error)                                  { panic("stub") }
func (b UpdateBuilder) ExecContext(ctx context.Context) (sql.Result, error)        { panic("stub") }
func (b UpdateBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { panic("stub") }
func (b UpdateBuilder) QueryRowContext(ctx context.Context) RowScanner             { panic("stub") }
func (b UpdateBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { panic("stub") }

func (b UpdateBuilder) QueryRow() RowScanner           { panic("stub") }
func (b UpdateBuilder) Scan(dest ...interface{}) error { panic("stub") }

func (b UpdateBuilder) Table(table string) UpdateBuilder                          { return b }
func (b UpdateBuilder) Set(column string, value interface{}) UpdateBuilder        { return b }
func (b UpdateBuilder) SetMap(clauses map[string]interface{}) UpdateBuilder       { return b }
func (b UpdateBuilder) From(from string) UpdateBuilder                            { return b }
func (b UpdateBuilder) FromSelect(from SelectBuilder, alias string) UpdateBuilder { return b }
func (b UpdateBuilder) Where(pred interface{}, args ...interface{}) UpdateBuilder { return b }
func (b UpdateBuilder) OrderBy(orderBys ...string) UpdateBuilder                  { return b }
func (b UpdateBuilder) Limit(limit uint64) UpdateBuilder                          { return b }
func (b UpdateBuilder) Offset(offset uint64) UpdateBuilder                        { return b }

type DeleteBuilder struct {
	builderMap *builderState
}

func (b DeleteBuilder) PlaceholderFormat(f PlaceholderFormat) DeleteBuilder        { return b }
func (b DeleteBuilder) RunWith(runner BaseRunner) DeleteBuilder                    { return b }
func (b DeleteBuilder) Exec() (sql.Result, error)                                  { panic("stub") }
func (b DeleteBuilder) ToSql() (string, []interface{}, error)                      { panic("stub") }
func (b DeleteBuilder) MustSql() (string, []interface{})                           { panic("stub") }
func (b DeleteBuilder) Prefix(sql string, args ...interface{}) DeleteBuilder       { return b }
func (b DeleteBuilder) PrefixExpr(expr Sqlizer) DeleteBuilder                      { return b }
func (b DeleteBuilder) Suffix(sql string, args ...interface{}) DeleteBuilder       { return b }
func (b DeleteBuilder) SuffixExpr(expr Sqlizer) DeleteBuilder                      { return b }
func (b DeleteBuilder) Query() (*sql.Rows, error)                                  { panic("stub") }
func (b DeleteBuilder) ExecContext(ctx context.Context) (sql.Result, error)        { panic("stub") }
func (b DeleteBuilder) QueryContext(ctx context.Context) (*sql.Rows, error)        { panic("stub") }
func (b DeleteBuilder) QueryRowContext(ctx context.Context) RowScanner             { panic("stub") }
func (b DeleteBuilder) ScanContext(ctx context.Context, dest ...interface{}) error { panic("stub") }

func (b DeleteBuilder) From(from string) DeleteBuilder                            { return b }
func (b DeleteBuilder) Where(pred interface{}, args ...interface{}) DeleteBuilder { return b }
func (b DeleteBuilder) OrderBy(orderBys ...string) DeleteBuilder                  { return b }
func (b DeleteBuilder) Limit(limit uint64) DeleteBuilder                          { return b }
func (b DeleteBuilder) Offset(offset uint64) DeleteBuilder                        { return b }
