// Package pgtype is a minimal hand-written stub of
// github.com/jackc/pgx/v5/pgtype: only the types that pgx signatures mention.
package pgtype

type Map struct {
	oidToType map[uint32]any
}

func NewMap() *Map { return &Map{} }
