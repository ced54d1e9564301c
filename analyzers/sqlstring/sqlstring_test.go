package sqlstring_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

// run runs sqlstring on the test packages and fails when one of them does
// not type-check: the checks run despite type errors and report nothing
// there, so a typo in a test package would pass silently as "no findings".
func run(t *testing.T, patterns ...string) {
	t.Helper()
	for _, r := range checktest.Run(t, sqlstring.Analyzer, patterns...) {
		if r.Pass != nil {
			for _, err := range r.Pass.TypeErrors {
				t.Errorf("%s does not type-check: %v", r.Pass.Pkg.Path(), err)
			}
		}
	}
}

func TestDatabaseSQL(t *testing.T) { run(t, "sqlstring/databasesql") }

func TestPgx(t *testing.T) { run(t, "sqlstring/pgx") }

func TestSqlx(t *testing.T) { run(t, "sqlstring/sqlx") }

func TestGorm(t *testing.T) { run(t, "sqlstring/gorm") }

func TestBun(t *testing.T) { run(t, "sqlstring/bun") }

func TestSquirrel(t *testing.T) { run(t, "sqlstring/squirrel") }

func TestCrdb(t *testing.T) { run(t, "sqlstring/crdb") }

func TestShapes(t *testing.T) { run(t, "sqlstring/shapes") }

// TestWrappers runs the wrapper package too: its own SQL calls are silent.
func TestWrappers(t *testing.T) { run(t, "sqlstring/wrappers", "sqlstring/wrappers/store") }

func TestReturns(t *testing.T) { run(t, "sqlstring/returns") }

func TestSafe(t *testing.T) { run(t, "sqlstring/safe") }

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
	run(t, "sqlstring/usersinks")
}

// TestJWTText: what sqlstring alone reports for text carrying token data
// (the package comment of testdata/src/sqlstring/jwttext states the rule).
func TestJWTText(t *testing.T) { run(t, "sqlstring/jwttext") }
