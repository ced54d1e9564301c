// Package usersinks exercises sqlstring with user-named sinks and
// sanitizers: the test sets
//
//	-sinks=sqlstring/usersinks/dblib.Exec:1,sqlstring/usersinks/dblib.Conn.Run:0
//	-sanitizers=sqlstring/usersinks/dblib.Ident:0
//
// so dblib.Exec and (*dblib.Conn).Run are SQL calls whose named argument is
// the query text, and dblib.Ident ends a flow like pq.QuoteIdentifier.
package usersinks

import (
	"context"
	"fmt"
	"net/http"

	"sqlstring/usersinks/dblib"
)

func param(r *http.Request, k string) string { return r.URL.Query().Get(k) }

// Positives.

func execBuilt(ctx context.Context, r *http.Request) {
	dblib.Exec(ctx, "DELETE FROM notes WHERE owner = '"+param(r, "owner")+"'") // want `sqlstring: the query text of dblib\.Exec is built with \+`
}

func runBuilt(c *dblib.Conn, r *http.Request) {
	c.Run(fmt.Sprintf("SELECT id FROM notes ORDER BY %s", param(r, "sort"))) // want `sqlstring: the query text of \(\*dblib\.Conn\)\.Run is built with fmt\.Sprintf`
}

// Hard negatives.

// The named argument is the text: the others are bind arguments.
func execBind(ctx context.Context, c *dblib.Conn, r *http.Request) {
	dblib.Exec(ctx, "DELETE FROM notes WHERE owner = $1", param(r, "owner"))
	c.Run("SELECT id FROM notes WHERE owner = $1", "owner = '"+param(r, "owner")+"'")
}

func sanitized(c *dblib.Conn, r *http.Request) {
	c.Run("SELECT id FROM notes ORDER BY " + dblib.Ident(param(r, "sort")))
}
