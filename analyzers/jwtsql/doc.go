// Package jwtsql defines an Analyzer that reports data from a JWT reaching
// SQL: token claims or header values pasted into the text of a query, and
// claims of a token that was never verified used in any SQL call.
//
// Sources are claim values (map entries of jwt.MapClaims, fields of claims
// types such as a struct embedding jwt.RegisteredClaims, getters such as
// GetSubject), header values (token.Header["kid"]) and the raw token string,
// wherever the token or claims value comes from: a parse, a request
// context, a handler parameter, a key function's token. Flows are followed
// through assignments, string building (+, fmt.Sprintf, strings.Builder,
// strings.Join...), conversions, struct fields, slices, maps, closures, and
// calls into other functions and packages (summaries travel as facts). A
// wrapper whose parameter reaches SQL text, such as
// func (s *Store) Find(where string), is found by itself; the finding is
// reported where token data is passed to it.
//
// lestrrat-go/jwx (v2, v3) and go-jose (v3, v4, gopkg.in v2) tokens are
// sources too: jwx Token accessors (Subject(), Get("tenant"), in v3 also
// Get("tenant", &dst)) and jws.Headers accessors (KeyID(), JWKSetURL())
// name the claim or header they read; the values go-jose's
// tok.Claims(key, &c) fills are claims, each field named by its json key.
// jwx's ParseInsecure and go-jose's UnsafeClaimsWithoutVerification hand
// out claims of a token that was not verified.
//
// jwtsql reports:
//
//   - a source that reaches the text of a query of database/sql, pgx
//     (Conn, pgxpool, Tx, Batch.Queue), sqlx, gorm, bun, squirrel, or a sink
//     named with -sinks. Numbers (including numeric claims), values converted
//     with strconv/uuid.Parse, identifiers quoted with pq.QuoteIdentifier or
//     pgx.Identifier.Sanitize, and values tested against a constant set
//     (a switch, a lookup in a constant map, slices.Contains of a constant
//     list) cannot carry SQL syntax and end the flow;
//   - claims of a token that was not verified (the result of
//     ParseUnverified, ParseInsecure or UnsafeClaimsWithoutVerification, or
//     of a parse whose error is dropped or not checked, see jwtverify) reaching any argument of an SQL call, bind parameters
//     included: an authorization decision on forged data. Inside a key
//     function, header values and claims used as bind parameters of the key
//     lookup are the correct pattern and are not reported.
//
// Claims of a verified token passed as bind parameters are the correct
// pattern and are not reported. When jwtsql reports a call, sqlstring does
// not report it again.
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
// The finding is reported at the SQL call (or the call of the wrapper);
// related information points at the claim read, the parse, and the step
// that built the text.
//
// Bad:
//
//	q := fmt.Sprintf("SELECT * FROM notes WHERE tenant = '%s'", claims.Tenant)
//	rows, err := conn.Query(ctx, q)
//
// Good:
//
//	rows, err := conn.Query(ctx, "SELECT * FROM notes WHERE tenant = $1", claims.Tenant)
package jwtsql
