// Package fixflag is database/sql code whose placeholder syntax the
// package does not tell: it imports lib/pq (for pq.Array, say) but opens
// SQLite. sqlstring offers no fix by default; with
// -sql-placeholders=question the fix uses ?. The messages are the same
// either way.
package fixflag

import (
	"database/sql"
	"net/http"

	"github.com/lib/pq"
)

var _ = pq.Array

func open() (*sql.DB, error) { return sql.Open("sqlite3", "file.db") }

func query(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM users WHERE name = '" + r.FormValue("name") + "'") // want `sqlstring: the query text of \(\*sql\.DB\)\.Query is built with \+ from remote input`
}
