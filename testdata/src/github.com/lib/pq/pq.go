// Package pq is a minimal hand-written stub of github.com/lib/pq: the
// quoting helpers and array adapters.
package pq

import (
	"bytes"
	"database/sql"
	"database/sql/driver"
	"strings"
)

// QuoteIdentifier double-quotes an identifier, doubling embedded quotes.
func QuoteIdentifier(name string) string {
	if end := strings.IndexRune(name, 0); end > -1 {
		name = name[:end]
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

func BufferQuoteIdentifier(name string, buffer *bytes.Buffer) {
	buffer.WriteString(QuoteIdentifier(name))
}

// QuoteLiteral single-quotes a string literal, doubling embedded quotes and
// switching to E” syntax when it contains backslashes.
func QuoteLiteral(literal string) string {
	literal = strings.ReplaceAll(literal, `'`, `''`)
	if strings.Contains(literal, `\`) {
		return ` E'` + strings.ReplaceAll(literal, `\`, `\\`) + `'`
	}
	return `'` + literal + `'`
}

// Array adapts a Go slice to a PostgreSQL array parameter or scan target.
func Array(a any) interface {
	driver.Valuer
	sql.Scanner
} {
	return GenericArray{a}
}

type GenericArray struct {
	A any
}

func (a GenericArray) Scan(src any) error           { panic("stub") }
func (a GenericArray) Value() (driver.Value, error) { panic("stub") }

type StringArray []string

func (a *StringArray) Scan(src any) error          { panic("stub") }
func (a StringArray) Value() (driver.Value, error) { panic("stub") }

type Int64Array []int64

func (a *Int64Array) Scan(src any) error          { panic("stub") }
func (a Int64Array) Value() (driver.Value, error) { panic("stub") }
