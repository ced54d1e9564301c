// Package store holds SQL wrappers for sqlstring/wrappers: functions whose
// parameters reach query text. Their own SQL calls are silent (a parameter
// is not unsafe by itself); the findings go to the callers that pass built
// text, through the summaries exported as facts.
package store

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

// Find pastes its parameter into the text it builds.
func (s *Store) Find(where string) (*sql.Rows, error) {
	return s.db.Query("SELECT id FROM notes WHERE " + where)
}

// Run runs the text it is given.
func (s *Store) Run(ctx context.Context, query string, args ...any) error {
	_, err := s.db.ExecContext(ctx, query, args...)
	return err
}

// ByOwner binds its parameter: not a text sink.
func (s *Store) ByOwner(owner string) (*sql.Rows, error) {
	return s.db.Query("SELECT id FROM notes WHERE owner = $1", owner)
}

// SortedBy reaches Find through a second wrapper level.
func (s *Store) SortedBy(column string) (*sql.Rows, error) {
	return s.Find("true ORDER BY " + column)
}

// Count is a package-level wrapper.
func Count(db *sql.DB, table string) int {
	var n int
	db.QueryRow("SELECT count(*) FROM " + table).Scan(&n)
	return n
}

// Archive calls its own wrapper with constant text: silent.
func (s *Store) Archive() error {
	_, err := s.Find("archived = false")
	return err
}
