// Package sqlstring defines an Analyzer that reports SQL text built from
// values that are not proven safe, and SQL text that is request data as it
// came.
//
// sqlstring follows jwtlint's trust model: every value is "not proven
// safe" unless it is proven safe, and untrusted input comes in kinds, each
// named in the message and carried into SARIF:
//
//   - remote input: request data of net/http, gin, echo, fiber, chi and
//     gorilla handlers, connect and gRPC request messages, AWS Lambda
//     events (SARIF level error);
//   - program input: os.Args, flag and pflag values, cobra positional
//     arguments, os.Getenv/LookupEnv/Environ, standard input and other
//     readers, file contents (warning);
//   - stored input: Scan destinations of database/sql and pgx, sqlx
//     Get/Select, gorm Find/First/Scan, bun Scan: data read back from the
//     database, the second-order injection (warning);
//   - a value not proven safe of no known kind: the result of a standard
//     function that reads the outside world (os.Hostname), a variable of a
//     package jwtlint did not analyse (warning).
//
// Token data (claims, header values, the raw token) is jwtsql's.
//
// sqlstring reports an SQL call (database/sql, pgx, sqlx, gorm, bun,
// squirrel, or a sink named with -sinks) whose query text is built — with
// fmt.Sprintf/Sprint, +, +=, strings.Builder, bytes.Buffer, strings.Join,
// strings.Replace, text/template — from any value not proven safe, whatever
// its kind. It follows text built outside the call: held in variables,
// struct fields (also fields set by constructors in other functions and
// packages), returned from functions, computed by generic helpers, or run
// by a wrapper reached through an interface (every implementation the
// package can see).
//
// It also reports query text that is not built at all when it is request
// data as it came: db.Query(r.FormValue("q")), gorm's
// Where/Order/Select/Group/Having/Joins/Or/Not/Raw, bun's
// ColumnExpr/OrderExpr/Where/NewRaw, squirrel's Expr and Where, sqlx's
// Select/Get. Unbuilt text from a function parameter is the caller's to
// judge (the function is a wrapper), and unbuilt text from program input
// or configuration (a migration tool running its files, a report query
// from a config file) is how such programs work: neither is reported.
//
// Proven safe, and not reported: constants and concatenations of constants;
// integers, floats and booleans (including %d and %v of such values) from
// any input; placeholders built with strings.Repeat or a loop of constants,
// also inside generic helpers; values chosen from a constant set (a switch
// over constants, a value tested against constants on every path to the
// query, membership in a map whose keys are all constants however it is
// built — a literal, entry-by-entry stores, a package-level map no
// function inserts another key into — tested as `if m[k]`, `if !m[k] {
// return }` or `v, ok := m[k]`, or slices.Contains of a constant list); a
// guard on a function's parameter or on a field of it clears that
// dependency, so a function admitting its argument only from an allow-list
// is no wrapper. A test with an escape hatch (`m[k] || strings.HasPrefix(k,
// "x_")`) proves nothing. Values passed through quoting helpers
// (pq.QuoteIdentifier, pq.QuoteLiteral, pgx.Identifier.Sanitize) or parsed
// as numbers or UUIDs are safe. Pure standard functions (strings, strconv,
// fmt, bytes, path, encoding...) carry their operands' provenance; library
// query builders too (sqlx.In, sqlx.Rebind); squirrel's ToSql output is
// trusted because unsafe text is reported where it enters the builder.
// Calls into versioned dependencies (not analysed) with constant operands
// give constant results.
//
// -untrusted=remote,stored (any of remote, token, program, stored,
// unknown) restricts reporting to the kinds named; the default reports all.
//
// Text that also carries token data is reported by jwtsql at the same call,
// and the bundle keeps jwtsql's finding (one finding per flaw).
//
// Suggested fix (jwtlint -fix): when the text is built with + or
// fmt.Sprintf in the SQL call, or in a local variable assigned in the
// statement just before it and used only there, and every operand not
// proven safe is a string in a value position (after =, LIKE, BETWEEN, in
// VALUES), the operands become placeholders and move into the bind
// arguments, after the existing ones: $n for pgx and for database/sql and
// sqlx with a PostgreSQL driver (pgx, lib/pq, CockroachDB), ? for gorm,
// bun, squirrel, text inside sqlx's Rebind, and MySQL or SQLite drivers.
// The driver is told by the package's imports or sql.Open's constant
// driver name, else by -sql-placeholders=dollar|question; unknown, no fix.
// Quotes around a value ('%s', '" + v + "') and %q's Go quotes go; %d of
// numbers and operands chosen from constants stay. No fix is offered for
// other verbs, a $n placeholder after a spread (args...), text built with
// += or a strings.Builder, or operands that are part of a pattern
// (LIKE '%...%'). Where the input is a name (table, column, ORDER BY
// term, after FROM/JOIN/INTO/UPDATE, the column side of SET), an IN list
// or a LIMIT, no bind parameter can take its place: the message says so
// and names the remedy (an allow-list of constants, pgx.Identifier).
//
// The finding is reported at the SQL call (or the wrapper call); related
// information points at where the input was read and at the building step.
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
