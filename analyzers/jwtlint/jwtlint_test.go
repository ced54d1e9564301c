package jwtlint_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestSQLDedup: where jwtsql and sqlstring both find a call, the bundle
// reports jwtsql's finding alone.
func TestSQLDedup(t *testing.T) {
	for _, r := range analysistest.Run(t, checktest.TestData(), jwtlint.Analyzer, "jwtlint/sqldedup") {
		if r.Pass != nil && len(r.Pass.TypeErrors) > 0 {
			t.Errorf("jwtlint/sqldedup does not type-check: %v", r.Pass.TypeErrors)
		}
	}
}

// collector records analysistest's complaints instead of failing.
type collector struct{ errs []string }

func (c *collector) Errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

// TestSQLDedupPremise: run alone, sqlstring also reports the calls of
// sqldedup.both and sqldedup.twoCalls (their `// want` names jwtsql, so
// analysistest complains of a sqlstring diagnostic there): TestSQLDedup
// checks the de-duplication, not a missing sqlstring finding.
func TestSQLDedupPremise(t *testing.T) {
	var c collector
	analysistest.Run(&c, checktest.TestData(), checktest.Reporter(sqlstring.Analyzer), "jwtlint/sqldedup")
	for _, line := range []string{"sqldedup.go:18:", "sqldedup.go:33:"} {
		found := false
		for _, e := range c.errs {
			found = found || strings.Contains(e, line) && strings.Contains(e, `diagnostic "sqlstring:`)
		}
		if !found {
			t.Errorf("sqlstring alone does not report %s; got %q", line, c.errs)
		}
	}
}
