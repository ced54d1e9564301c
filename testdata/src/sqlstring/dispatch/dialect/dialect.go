// Package dialect declares the interface a store uses to talk to its
// database; implementations live in other packages.
package dialect

import "database/sql"

type Dialect interface {
	// Columns lists the columns of a table.
	Columns(db *sql.DB, table string) ([]string, error)
	// Count counts the rows of a table matching owner.
	Count(db *sql.DB, owner string) (int, error)
}
