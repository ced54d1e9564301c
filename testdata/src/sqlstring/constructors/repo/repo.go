// Package repo keeps a table name in a struct set by its constructor: its
// summaries say which field of which result holds which parameter, and
// which field of the receiver reaches the query text.
package repo

import "database/sql"

type Repo struct {
	db    *sql.DB
	table string
	order string
}

func New(db *sql.DB, table string) *Repo {
	return &Repo{db: db, table: table, order: "id"}
}

// All pastes the table and the order into its query text.
func (r *Repo) All() error {
	_, err := r.db.Query("SELECT * FROM " + r.table + " ORDER BY " + r.order)
	return err
}

// Ordered pastes only the order.
func (r *Repo) Ordered() error {
	_, err := r.db.Query("SELECT * FROM notes ORDER BY " + r.order)
	return err
}
