package sqlstring_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestSqlstring runs every sqlstring test package that needs no flags in
// one analysistest run. Wrapper packages are roots too: their own SQL calls
// are silent.
func TestSqlstring(t *testing.T) {
	checktest.Run(t, sqlstring.Analyzer, checktest.Suite(t, "sqlstring", "sqlstring/usersinks", "sqlstring/untrusted")...)
}

func TestUserSinks(t *testing.T) {
	checktest.SetFlags(t,
		"sinks", "sqlstring/usersinks/dblib.Exec:1,sqlstring/usersinks/dblib.Conn.Run:0",
		"sanitizers", "sqlstring/usersinks/dblib.Ident:0")
	checktest.Run(t, sqlstring.Analyzer, checktest.Suite(t, "sqlstring/usersinks")...)
}

// TestUntrusted: -untrusted restricts reporting to the kinds named.
func TestUntrusted(t *testing.T) {
	checktest.SetFlags(t, "untrusted", "remote,stored")
	checktest.Run(t, sqlstring.Analyzer, "sqlstring/untrusted")
}

// TestQuoting runs the quoting and encoding packages alone (a quicker loop while the
// quoted-context reading changes); the suite covers it too.
func TestQuoting(t *testing.T) {
	checktest.Run(t, sqlstring.Analyzer, "sqlstring/quoting", "sqlstring/encodings")
}
