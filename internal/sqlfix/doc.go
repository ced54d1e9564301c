// Package sqlfix computes the suggested fixes of sqlstring and jwtsql: SQL
// text built with + or fmt.Sprintf from values that are not proven safe
// becomes constant text with placeholders, and the values move into the
// call's bind arguments.
//
// A fix is offered only when the rewrite is mechanical and exact:
//
//   - the text is built in the SQL call itself, or in a local variable
//     assigned once in the statement just before the call and used only
//     there;
//   - every operand not proven safe sits in a value position (after a
//     comparison, LIKE, BETWEEN, in a VALUES tuple), either alone inside a
//     quoted literal ('%s', '" + v + "'), whose quotes go, or as a whole
//     token;
//   - it is a string pasted with +, %s, %v or %q (whose Go quotes go too);
//   - the placeholder style is known: $n for pgx, and for database/sql and
//     sqlx when the package's driver is PostgreSQL-like (pgx, lib/pq,
//     CockroachDB); ? for gorm, bun, squirrel, text passed through sqlx's
//     Rebind, and MySQL or SQLite drivers; -sql-placeholders decides for
//     database/sql and sqlx when the package does not tell;
//   - moving a value cannot change what is evaluated, or in which order
//     calls run.
//
// Operands proven safe without data flow (constants, numbers, quoting
// helpers, locals only ever assigned constants) stay where they are, so a
// Sprintf keeping a %d or an allow-listed ORDER BY column stays a Sprintf.
//
// When an operand not proven safe is a name (table, column, ORDER BY term,
// after FROM/JOIN/INTO/UPDATE, the column side of SET), an IN list or a
// LIMIT, no bind parameter can take its place: the Outcome says so, and the
// checks word their message accordingly.
//
// Text built with += or a strings.Builder is not rewritten: the building
// steps are spread over statements and loops, and no edit of one
// expression makes them constant.
package sqlfix
