// Package builders exercises query builders keeping WHERE fragments in a
// []string field and bind values in a []any field (miniflux's entry query
// builders). Hard negative: every fragment is a constant, "$"+strconv.Itoa
// or Sprintf("$%d") of a placeholder number, and the ORDER BY column goes
// through pq.QuoteIdentifier, while one method calls another on the same
// receiver and a bind value stored in the []any field is the result of an
// opaque call (pq.Array): the bind values must not reach the fragments.
package builders

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/lib/pq"
)

type pager struct {
	db      *sql.DB
	conds   []string
	args    []any
	order   string
	current int64
}

func NewPager(db *sql.DB, user, current int64, order string) *pager {
	return &pager{db: db, args: []any{user}, conds: []string{"owner = $1"}, current: current, order: pq.QuoteIdentifier(order)}
}

func (p *pager) status(s string) *pager {
	p.conds = append(p.conds, "status = $"+strconv.Itoa(len(p.args)+1))
	p.args = append(p.args, s)
	return p
}

func (p *pager) StatusOr(s string, id int64) *pager {
	if id == 0 {
		return p.status(s) // (a)
	}
	p.conds = append(p.conds, fmt.Sprintf("(status = $%d OR id = $%d)", len(p.args)+1, len(p.args)+2))
	p.args = append(p.args, s, id)
	return p
}

func (p *pager) Tags(tags []string) *pager {
	p.conds = append(p.conds, fmt.Sprintf("tags @> $%d", len(p.args)+1))
	p.args = append(p.args, pq.Array(tags)) // (b)
	return p
}

func (p *pager) Neighbours(tx *sql.Tx) (prev, next int64, err error) {
	tmpl := `WITH w AS (SELECT id, lag(id) OVER (ORDER BY %[1]s) AS p, lead(id) OVER (ORDER BY %[1]s) AS n FROM items WHERE %[2]s) SELECT p, n FROM w WHERE %[3]s`
	final := "w.id = $" + strconv.Itoa(len(p.args)+1)
	q := fmt.Sprintf(tmpl, p.order, strings.Join(p.conds, " AND "), final)
	p.args = append(p.args, p.current)
	err = tx.QueryRow(q, p.args...).Scan(&prev, &next) // (no finding: every fragment is constant or a placeholder number)
	return prev, next, err
}

// Positive: the same builder shape, with one fragment taken from the
// request.
type rawPager struct {
	db    *sql.DB
	conds []string
	args  []any
}

func (p *rawPager) status(s string) *rawPager {
	p.conds = append(p.conds, "status = $"+strconv.Itoa(len(p.args)+1))
	p.args = append(p.args, s)
	return p
}

func (p *rawPager) StatusOr(s string, id int64) *rawPager {
	if id == 0 {
		return p.status(s)
	}
	p.conds = append(p.conds, fmt.Sprintf("(status = $%d OR id = $%d)", len(p.args)+1, len(p.args)+2))
	p.args = append(p.args, s, id)
	return p
}

func (p *rawPager) Filter(r *http.Request) *rawPager {
	p.conds = append(p.conds, r.FormValue("filter"))
	return p
}

func (p *rawPager) Count(tx *sql.Tx) (n int64, err error) {
	q := "SELECT count(*) FROM items WHERE " + strings.Join(p.conds, " AND ")
	err = tx.QueryRow(q, p.args...).Scan(&n) // want `sqlstring: .*built with strings\.Join from remote input`
	return n, err
}
