// Package chain is a query builder whose methods return their receiver
// (miniflux's EntryQueryBuilder shape), one of them through another method,
// used by chained calls in another package (chain/api).
package chain

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/lib/pq"
)

type Builder struct {
	db    *sql.DB
	conds []string
	args  []any
	sort  []string
	limit int
}

func New(db *sql.DB, user int64) *Builder {
	return &Builder{db: db, args: []any{user}, conds: []string{"user_id = $1"}}
}

func (b *Builder) WithStatus(s string) *Builder {
	b.conds = append(b.conds, "status = $"+strconv.Itoa(len(b.args)+1))
	b.args = append(b.args, s)
	return b
}

func (b *Builder) WithTags(tags ...string) *Builder {
	b.conds = append(b.conds, fmt.Sprintf("tags @> $%d", len(b.args)+1))
	b.args = append(b.args, pq.Array(tags))
	return b
}

func (b *Builder) WithSorting(column, dir string) *Builder {
	if strings.EqualFold(dir, "DESC") {
		b.sort = append(b.sort, pq.QuoteIdentifier(column)+" DESC")
	} else {
		b.sort = append(b.sort, pq.QuoteIdentifier(column)+" ASC")
	}
	return b
}

func (b *Builder) WithLimit(n int) *Builder {
	b.limit = n
	return b
}

// WithRaw pastes its argument into the conditions.
func (b *Builder) WithRaw(cond string) *Builder {
	b.conds = append(b.conds, cond)
	return b
}

func (b *Builder) Count() (n int, err error) {
	q := "SELECT count(*) FROM items WHERE " + strings.Join(b.conds, " AND ")
	if len(b.sort) > 0 {
		q += " ORDER BY " + strings.Join(b.sort, ", ")
	}
	if b.limit > 0 {
		q += " LIMIT " + strconv.Itoa(b.limit)
	}
	err = b.db.QueryRow(q, b.args...).Scan(&n)
	return n, err
}

// WithPage returns what another method returns: its receiver.
func (b *Builder) WithPage(n int) *Builder {
	return b.WithLimit(n)
}
