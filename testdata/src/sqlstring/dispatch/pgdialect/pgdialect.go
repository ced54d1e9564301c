// Package pgdialect binds every value.
package pgdialect

import "database/sql"

type Dialect struct{ Schema string }

func (d *Dialect) Columns(db *sql.DB, table string) ([]string, error) {
	_, err := db.Query("SELECT column_name FROM information_schema.columns WHERE table_name = $1", table)
	return nil, err
}

func (d *Dialect) Count(db *sql.DB, owner string) (int, error) {
	var n int
	err := db.QueryRow("SELECT count(*) FROM notes WHERE owner = $1", owner).Scan(&n)
	return n, err
}
