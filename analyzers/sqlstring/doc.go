// Package sqlstring defines an Analyzer that reports SQL text built from
// strings that are not proven safe.
//
// sqlstring reports an SQL call (database/sql, pgx, sqlx, gorm, bun,
// squirrel, or a sink named with -sinks) whose query text is built — with
// fmt.Sprintf/Sprint, +, +=, strings.Builder, bytes.Buffer, strings.Join,
// strings.Replace, text/template — from any value not proven safe. It follows
// text built outside the call: held in variables, struct fields, or returned
// from functions, also in other packages.
//
// Proven safe, and not reported: constants and concatenations of constants;
// integers, floats and booleans (including %d and %v of such values);
// placeholders built with strings.Repeat or a loop of constants; values chosen
// from a constant set (a switch or map of constant strings, or a value tested
// against constants on the branch that leads to the query); values passed
// through quoting helpers (pq.QuoteIdentifier, pq.QuoteLiteral,
// pgx.Identifier.Sanitize) or parsed as numbers or UUIDs. Library query
// builders carry their inputs' provenance (sqlx.In, sqlx.Rebind); squirrel's
// ToSql output is trusted because unsafe text is reported where it enters the
// builder. A query string that is not built at all (a parameter, a value
// read from configuration) is not reported here: when it comes from a
// function parameter, the function is a wrapper and the finding goes to the
// caller that passes built text.
//
// Token data (claims, header values, the raw token) pasted into the text is
// jwtsql's finding: text whose only unsafe part is token data is not
// reported here. Text that also carries other unsafe values is reported by
// both checks at the same call, and the bundle keeps jwtsql's finding (one
// finding per flaw).
//
// Functions of other packages are followed through the summaries those
// packages export; a helper in a package that imports no SQL or JWT library
// (nor a package with summaries) is not analysed, and its results count as
// not proven safe.
//
// The finding is reported at the SQL call (or the wrapper call); related
// information points at the building step.
//
// Bad:
//
//	q := "SELECT * FROM notes ORDER BY " + r.URL.Query().Get("sort")
//	rows, err := db.QueryContext(ctx, q)
//
// Good:
//
//	col := "created_at"
//	switch r.URL.Query().Get("sort") {
//	case "title":
//		col = "title"
//	}
//	rows, err := db.QueryContext(ctx, "SELECT * FROM notes ORDER BY "+col)
package sqlstring
