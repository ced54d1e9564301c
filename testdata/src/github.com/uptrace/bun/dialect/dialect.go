// Package dialect is a minimal hand-written stub of
// github.com/uptrace/bun/dialect: the dialect Name type.
package dialect

type Name int

const (
	Invalid Name = iota
	PG
	SQLite
	MySQL
	MSSQL
	Oracle
)

func (n Name) String() string { panic("stub") }
