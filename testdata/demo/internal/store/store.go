// Package store reads and writes users and notes in CockroachDB.
package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// User is an account of the notes service.
type User struct {
	ID     string `json:"id"`
	Email  string `json:"email"`
	Name   string `json:"name"`
	Tenant string `json:"tenant"`
	Role   string `json:"role"`
}

// Note is a note as listed by the API.
type Note struct {
	ID        string    `db:"id" json:"id"`
	Title     string    `db:"title" json:"title"`
	UpdatedAt time.Time `db:"updated_at" json:"updated_at"`
}

// Store gives access to the service's tables.
type Store struct {
	pool *pgxpool.Pool
	db   *sql.DB
}

// New returns a Store using pool for pgx queries and db for database/sql ones.
func New(pool *pgxpool.Pool, db *sql.DB) *Store {
	return &Store{pool: pool, db: db}
}

// FindUsers returns up to 100 users matching the SQL condition where.
func (s *Store) FindUsers(ctx context.Context, where string) ([]User, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT id, email, name, tenant_id, role FROM users WHERE "+where+" ORDER BY email LIMIT 100")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var users []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Email, &u.Name, &u.Tenant, &u.Role); err != nil {
			return nil, err
		}
		users = append(users, u)
	}
	return users, rows.Err()
}

// UserByID returns the user with the given ID.
func (s *Store) UserByID(ctx context.Context, id string) (User, error) {
	var u User
	err := s.pool.QueryRow(ctx,
		"SELECT id, email, name, tenant_id, role FROM users WHERE id = $1", id,
	).Scan(&u.ID, &u.Email, &u.Name, &u.Tenant, &u.Role)
	if err == pgx.ErrNoRows {
		return User{}, sql.ErrNoRows
	}
	return u, err
}

// ScanNotes collects database/sql rows of (id, title, updated_at).
func ScanNotes(rows *sql.Rows) ([]Note, error) {
	defer rows.Close()
	var notes []Note
	for rows.Next() {
		var n Note
		if err := rows.Scan(&n.ID, &n.Title, &n.UpdatedAt); err != nil {
			return nil, err
		}
		notes = append(notes, n)
	}
	return notes, rows.Err()
}
