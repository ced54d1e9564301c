package jwtlint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

// TestBundle runs the bundle on its test packages in one analysistest run:
//   - dedup, sqldedup: one finding per flaw (jwtverify over jwtclaims on a
//     parse, jwtsql over sqlstring on an SQL call);
//   - suppress: //jwtlint:ignore hides the named checks' findings on its line
//     and the next; directives without a reason, naming unknown checks, or
//     suppressing nothing are reported; generated files are skipped;
//   - testfiles: findings in _test.go files are left out by default.
func TestBundle(t *testing.T) {
	res := checktest.RunIn(t, checktest.TestData(), jwtlint.Analyzer,
		"jwtlint/dedup", "jwtlint/sqldedup", "jwtlint/suppress", "jwtlint/testfiles")
	checktest.NoTypeErrors(t, res)
}

// collector records analysistest's complaints instead of failing.
type collector struct{ errs []string }

func (c *collector) Errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

// TestSQLDedupPremise: run alone, sqlstring also reports the calls of
// sqldedup.both and sqldedup.twoCalls (their `// want` names jwtsql, so
// analysistest complains of a sqlstring diagnostic there): TestBundle
// checks the de-duplication, not a missing sqlstring finding.
func TestSQLDedupPremise(t *testing.T) {
	file := filepath.Join(checktest.TestData(), "src", "jwtlint", "sqldedup", "sqldedup.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var c collector
	checktest.RunIn(&c, checktest.TestData(), checktest.Reporter(sqlstring.Analyzer), "jwtlint/sqldedup")
	// The calls of both and twoCalls whose text mixes a claim and request data.
	for _, call := range []string{"\tdb.Query(q) // want", `' AND kind = '" + r.FormValue("kind")`} {
		i := strings.Index(string(src), call)
		if i < 0 {
			t.Fatalf("%q not in %s", call, file)
		}
		at := fmt.Sprintf("sqldedup.go:%d:", strings.Count(string(src[:i]), "\n")+1)
		found := false
		for _, e := range c.errs {
			found = found || strings.Contains(e, at) && strings.Contains(e, `diagnostic "sqlstring:`)
		}
		if !found {
			t.Errorf("sqlstring alone does not report %s; got %q", at, c.errs)
		}
	}
}

// TestTestFilesIncluded: with -include-tests, findings in _test.go files
// are reported.
func TestTestFilesIncluded(t *testing.T) {
	if err := config.Set("include-tests", "true"); err != nil {
		t.Fatal(err)
	}
	defer config.Reset()
	checktest.NoTypeErrors(t, checktest.RunIn(t, checktest.TestData(), jwtlint.Analyzer, "jwtlint/testfilesincluded"))
}

// TestLibraries runs the bundle on one package per modelled JWT library:
// every pitfall of the library beside its correct twin, findings of all
// parse checks asserted together.
func TestLibraries(t *testing.T) {
	checktest.NoTypeErrors(t, checktest.RunIn(t, checktest.TestData(), jwtlint.Analyzer, checktest.Suite(t, "libs")...))
}
