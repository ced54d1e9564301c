package sqlstring_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestSqlstring runs every sqlstring test package that needs no flags in
// one analysistest run, and compares the suggested fixes of the files that
// have a .golden twin (sqlstring/fix/...). Wrapper packages are roots too:
// their own SQL calls are silent.
func TestSqlstring(t *testing.T) {
	checktest.RunWithSuggestedFixes(t, sqlstring.Analyzer, checktest.Suite(t, "sqlstring", "sqlstring/usersinks", "sqlstring/untrusted", "sqlstring/fixflag")...)
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

// TestPlaceholderFlag: a package whose driver is ambiguous gets no fix,
// until -sql-placeholders names the syntax.
func TestPlaceholderFlag(t *testing.T) {
	for _, r := range checktest.Run(t, sqlstring.Analyzer, "sqlstring/fixflag") {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: fix %q offered without -sql-placeholders", r.Package.Fset.Position(d.Pos), d.SuggestedFixes[0].Message)
			}
		}
	}
	checktest.SetFlags(t, "sql-placeholders", "question")
	checktest.RunWithSuggestedFixes(t, sqlstring.Analyzer, "sqlstring/fixflag")
}
