package checktest_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// collector keeps the complaints of a run instead of failing the test.
type collector struct{ errs []string }

func (c *collector) Errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

// TestSameAsAnalysistest holds RunIn, which reads the standard library
// from export data, to analysistest.Run, which loads it from source: on
// packages whose findings cross package boundaries (summaries and verifier
// facts) and use every library stub kind, the bundle reports the same
// diagnostics, and both runs accept the same `// want` comments.
func TestSameAsAnalysistest(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library from source")
	}
	patterns := []string{"jwtsql/crosspkg/...", "jwtverify/wrappers/...", "sqlstring/wrappers/...", "jwtlint/dedup"}
	var fast, slow collector
	var got, want []string
	for _, act := range checktest.RunIn(&fast, checktest.TestData(), jwtlint.Analyzer, patterns...) {
		got = append(got, lines(act)...)
	}
	for _, r := range analysistest.Run(&slow, checktest.TestData(), jwtlint.Analyzer, patterns...) {
		want = append(want, lines(r.Action)...)
	}
	slices.Sort(got)
	slices.Sort(want)
	slices.Sort(fast.errs)
	slices.Sort(slow.errs)
	if len(want) == 0 {
		t.Fatal("analysistest found nothing: the comparison proves nothing")
	}
	t.Logf("%d diagnostics in both runs", len(want))
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics differ\nRunIn:\n%s\nanalysistest.Run:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Equal(fast.errs, slow.errs) {
		t.Errorf("expectation complaints differ\nRunIn:\n%s\nanalysistest.Run:\n%s", strings.Join(fast.errs, "\n"), strings.Join(slow.errs, "\n"))
	}
}

// lines renders the diagnostics of a root package, with their related
// information and fixes.
func lines(act *checker.Action) []string {
	var out []string
	for _, d := range act.Diagnostics {
		s := fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
		for _, r := range d.Related {
			s += fmt.Sprintf("\n\t%s: %s", act.Package.Fset.Position(r.Pos), r.Message)
		}
		for _, f := range d.SuggestedFixes {
			s += fmt.Sprintf("\n\tfix %q (%d edits)", f.Message, len(f.TextEdits))
		}
		out = append(out, s)
	}
	return out
}
