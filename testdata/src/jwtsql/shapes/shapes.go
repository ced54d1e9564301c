// Package shapes exercises how jwtsql follows a claim into query text:
// assignments, branches, +, += in loops, fmt.Sprintf/Sprint, strings.Builder
// and bytes.Buffer (WriteString, fmt.Fprintf), strings.Join/Replace/ToLower,
// []byte/string conversions, struct fields, slices, maps, closures, method
// values, interface calls whose concrete type is known, functions of the
// package returning the text, and text/template. The claims come from a
// handler parameter (token data by their type). Negatives bind the claim.
package shapes

import (
	"bytes"
	"database/sql"
	"fmt"
	"strings"
	"text/template"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	Tenant string   `json:"tenant"`
	Groups []string `json:"groups"`
	jwt.RegisteredClaims
}

func assignAndPhi(db *sql.DB, c *Claims, mine bool) {
	q := "SELECT id FROM notes"
	if mine {
		owner := c.Subject
		q = q + " WHERE owner = '" + owner + "'"
	}
	q2 := q
	db.Query(q2) // want `jwtsql: claim "sub" of shapes\.Claims reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
}

func plusEqualLoop(db *sql.DB, c *Claims) {
	q := "SELECT id FROM notes WHERE false"
	for _, g := range c.Groups {
		q += " OR grp = '" + g + "'"
	}
	db.Query(q) // want `jwtsql: claim "groups" .*reaches the query text`
}

func sprint(db *sql.DB, c *Claims) {
	db.Query(fmt.Sprint("SELECT id FROM notes WHERE tenant = '", c.Tenant, "'")) // want `jwtsql: claim "tenant" .*reaches the query text`
}

func builderAndFprintf(db *sql.DB, c *Claims) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM notes WHERE tenant = '")
	sb.WriteString(c.Tenant)
	sb.WriteString("'")
	db.Query(sb.String()) // want `jwtsql: claim "tenant" .*reaches the query text`

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "SELECT id FROM notes WHERE owner = '%s'", c.Subject)
	db.Query(buf.String()) // want `jwtsql: claim "sub" .*reaches the query text`
}

func stringsHelpers(db *sql.DB, c *Claims) {
	db.Query("SELECT id FROM notes WHERE grp IN ('" + strings.Join(c.Groups, "','") + "')")                // want `jwtsql: claim "groups" .*reaches the query text`
	db.Query(strings.Replace("SELECT id FROM {schema}.notes", "{schema}", c.Tenant, 1))                    // want `jwtsql: claim "tenant" .*reaches the query text`
	db.Query("SELECT id FROM notes WHERE owner = '" + strings.ToLower(strings.TrimSpace(c.Subject)) + "'") // want `jwtsql: claim "sub" .*reaches the query text`
}

func conversions(db *sql.DB, c *Claims) {
	b := []byte("SELECT id FROM notes WHERE tenant = '")
	b = append(b, []byte(c.Tenant)...)
	b = append(b, '\'')
	db.Query(string(b)) // want `jwtsql: claim "tenant" .*reaches the query text`
}

type query struct {
	text string
	args []any
}

func structFields(db *sql.DB, c *Claims) {
	q := query{text: "SELECT id FROM notes WHERE tenant = '" + c.Tenant + "'"}
	db.Query(q.text, q.args...) // want `jwtsql: claim "tenant" .*reaches the query text`
}

// A struct carrying the claim is handed to another function, which builds
// the text from its field.
type filter struct{ tenant string }

func (f *filter) run(db *sql.DB) {
	db.Query("SELECT id FROM notes WHERE tenant = '" + f.tenant + "'")
}

func structPassedAround(db *sql.DB, c *Claims) {
	f := &filter{tenant: c.Tenant}
	f.run(db) // want `jwtsql: claim "tenant" .*reaches the query text of \(\*sql\.DB\)\.Query \(through \(\*shapes\.filter\)\.run`
}

func slicesAndMaps(db *sql.DB, c *Claims) {
	parts := []string{"SELECT id FROM notes WHERE owner = '", c.Subject, "'"}
	db.Query(strings.Join(parts, "")) // want `jwtsql: claim "sub" .*reaches the query text`
	m := map[string]string{}
	m["where"] = "tenant = '" + c.Tenant + "'"
	db.Query("SELECT id FROM notes WHERE " + m["where"]) // want `jwtsql: claim "tenant" .*reaches the query text`
}

func closures(db *sql.DB, c *Claims) {
	tenant := c.Tenant
	run := func() {
		db.Query("SELECT id FROM notes WHERE tenant = '" + tenant + "'") // want `jwtsql: claim "tenant" .*reaches the query text`
	}
	run()
	build := func() string { return "SELECT id FROM notes WHERE owner = '" + c.Subject + "'" }
	db.Query(build()) // want `jwtsql: claim "sub" .*reaches the query text`
}

func methodValue(db *sql.DB, c *Claims) {
	exec := db.Exec
	exec("DELETE FROM notes WHERE owner = '" + c.Subject + "'") // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.Exec`
}

type statement interface{ SQL() string }

type byTenant struct{ tenant string }

func (b byTenant) SQL() string { return "SELECT id FROM notes WHERE tenant = '" + b.tenant + "'" }

func interfaceCall(db *sql.DB, c *Claims) {
	var st statement = byTenant{tenant: c.Tenant}
	db.Query(st.SQL()) // want `jwtsql: claim "tenant" .*reaches the query text`
}

func notesOf(owner string) string {
	return "SELECT id FROM notes WHERE owner = '" + owner + "'"
}

func returnValue(db *sql.DB, c *Claims) {
	db.Query(notesOf(c.Subject)) // want `jwtsql: claim "sub" .*reaches the query text`
}

var tenantTmpl = template.Must(template.New("t").Parse("SELECT id FROM {{.Schema}}.notes"))

func templateExecute(db *sql.DB, c *Claims) {
	var buf bytes.Buffer
	tenantTmpl.Execute(&buf, struct{ Schema string }{c.Tenant})
	db.Query(buf.String()) // want `jwtsql: claim "tenant" .*reaches the query text`
}

// Hard negatives: the same shapes with the claim bound.

func boundShapes(db *sql.DB, c *Claims) {
	q := query{text: "SELECT id FROM notes WHERE tenant = $1", args: []any{c.Tenant}}
	db.Query(q.text, q.args...)
	args := []any{c.Subject}
	run := func() { db.Query("SELECT id FROM notes WHERE owner = $1", args...) }
	run()
	var sb strings.Builder
	sb.WriteString("SELECT id FROM notes WHERE owner = $1")
	db.Query(sb.String(), c.Subject)
	db.Query(notesOf("admin"))
	var st statement = byTenant{tenant: "public"}
	db.Query(st.SQL())
}
