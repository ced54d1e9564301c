// Package squirrel exercises sqlstring's suggested fix on squirrel's
// expressions and string predicates: ?, which squirrel turns into the
// builder's placeholder format.
package squirrel

import (
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

func build(r *http.Request) {
	name := r.FormValue("name")
	sq.Expr("name = '" + name + "'")                             // want `sqlstring: the query text of squirrel\.Expr is built with \+`
	sq.Select("id").From("users").Where("name = '" + name + "'") // want `sqlstring: the query text of \(squirrel\.SelectBuilder\)\.Where is built with \+`
}
