// Package bun exercises sqlstring's suggested fix on bun's raw queries and
// conditions: ?, which bun's formatter replaces itself.
package bun

import (
	"fmt"
	"net/http"

	"github.com/uptrace/bun"
)

func raw(db *bun.DB, r *http.Request) {
	name := r.FormValue("name")
	db.NewRaw("SELECT id FROM users WHERE name = '" + name + "'")             // want `sqlstring: the query text of \(\*bun\.DB\)\.NewRaw is built with \+`
	db.NewSelect().Where(fmt.Sprintf("name = '%s' AND age > ?", name), 18)    // want `sqlstring: the query text of \(\*bun\.SelectQuery\)\.Where is built with fmt\.Sprintf`
	db.NewRaw("SELECT ?TableColumns FROM users WHERE name = '"+name+"'", nil) // want `sqlstring: .*; use bind parameters`
}
