// Package service admits an ORDER BY key only when an allow-list has it:
// its summaries say no parameter reaches the query text, except for
// ListUnchecked.
package service

import (
	"context"
	"database/sql"
	"errors"
)

type Service struct{ db *sql.DB }

var allowed = map[string]bool{"created_at": true, "title": true}

var errBadOrder = errors.New("bad order")

func (s *Service) List(ctx context.Context, orderKey string) error {
	if !allowed[orderKey] {
		return errBadOrder
	}
	_, err := s.db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+orderKey)
	return err
}

func (s *Service) ListOK(ctx context.Context, orderKey string) error {
	if _, ok := allowed[orderKey]; ok {
		_, err := s.db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+orderKey)
		return err
	}
	return errBadOrder
}

func (s *Service) ListUnchecked(ctx context.Context, orderKey string) error {
	_, err := s.db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+orderKey)
	return err
}
