package sqlstring_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

// TestSqlstring runs every sqlstring test package that needs no flags in
// one analysistest run. Wrapper packages are roots too: their own SQL calls
// are silent.
func TestSqlstring(t *testing.T) {
	checktest.Run(t, sqlstring.Analyzer, checktest.Suite(t, "sqlstring", "sqlstring/usersinks", "sqlstring/untrusted")...)
}

// setFlags sets jwtlint flags for one test and restores the defaults after
// it. Flags are process state: tests using them must not run in parallel.
func setFlags(t *testing.T, kv ...string) {
	t.Helper()
	t.Cleanup(config.Reset)
	for i := 0; i+1 < len(kv); i += 2 {
		if err := config.Set(kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
}

func TestUserSinks(t *testing.T) {
	setFlags(t,
		"sinks", "sqlstring/usersinks/dblib.Exec:1,sqlstring/usersinks/dblib.Conn.Run:0",
		"sanitizers", "sqlstring/usersinks/dblib.Ident:0")
	checktest.Run(t, sqlstring.Analyzer, checktest.Suite(t, "sqlstring/usersinks")...)
}

// TestUntrusted: -untrusted restricts reporting to the kinds named.
func TestUntrusted(t *testing.T) {
	setFlags(t, "untrusted", "remote,stored")
	checktest.Run(t, sqlstring.Analyzer, "sqlstring/untrusted")
}
