// Package store holds SQL wrappers for jwtsql/crosspkg. It knows nothing of
// tokens: whether what its callers pass is token data is decided there.
package store

import "database/sql"

type Store struct{ db *sql.DB }

// Find pastes where into its query.
func (s *Store) Find(where string) (*sql.Rows, error) {
	return s.db.Query("SELECT id FROM notes WHERE " + where)
}

// ByOwner binds owner.
func (s *Store) ByOwner(owner string) (*sql.Rows, error) {
	return s.db.Query("SELECT id FROM notes WHERE owner = $1", owner)
}
