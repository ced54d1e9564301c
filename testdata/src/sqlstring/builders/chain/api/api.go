// Package api uses the chain builder with request data, in chained calls
// and step by step: bound values and
// quoted sort columns are silent, a raw condition is reported.
package api

import (
	"database/sql"
	"net/http"
	"strconv"

	"sqlstring/builders/chain"
)

var db *sql.DB

func List(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	b := chain.New(db, 1).
		WithStatus(q.Get("status")).
		WithTags(q["tags"]...).
		WithSorting(q.Get("order"), q.Get("direction")).
		WithPage(limit).
		WithStatus(q.Get("status2"))
	n, err := b.Count()
	_, _ = n, err
}

func Search(w http.ResponseWriter, r *http.Request) {
	b := chain.New(db, 1).WithStatus(r.FormValue("status")).WithRaw(r.FormValue("where"))
	n, err := b.Count() // want `sqlstring: .*chain\.Builder\)\.Count .*from remote input`
	_, _ = n, err
}

func ListSteps(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	b := chain.New(db, 1)
	b.WithStatus(q.Get("status"))
	b.WithTags(q["tags"]...)
	b.WithSorting(q.Get("order"), q.Get("direction"))
	n, err := b.Count()
	_, _ = n, err
}

func ListLoop(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	b := chain.New(db, 1).WithSorting(q.Get("order"), "ASC")
	for _, s := range q["status"] {
		b = b.WithStatus(s)
	}
	n, err := b.Count()
	_, _ = n, err
}

func SearchLoop(w http.ResponseWriter, r *http.Request) {
	b := chain.New(db, 1)
	for _, c := range r.Form["where"] {
		b = b.WithRaw(c)
	}
	n, err := b.Count() // want `sqlstring: .*chain\.Builder\)\.Count .*from remote input`
	_, _ = n, err
}
