package inproc_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/inproc"
)

// The bundle finds the same on packages whose findings depend on facts
// across packages (summaries, wrappers, verifier helpers) whether run by
// inproc or by go/analysis/checker on packages go/packages type-checked.
func TestBundleAsChecker(t *testing.T) {
	dir := checktest.TestData()
	patterns := []string{"jwtsql/crosspkg/...", "jwtverify/wrappers/...", "sqlstring/wrappers/...", "jwtlint/dedup", "jwtverify/ifaceverifier/..."}
	cfg := inproc.Config{Dir: dir, Tests: true, Source: checktest.UnderDir(dir), Env: checktest.GopathEnv(dir)}
	got, outcomes := rendered(t, cfg, jwtlint.Analyzer, patterns...)
	for _, o := range outcomes {
		if len(o.Errors) > 0 || len(o.Failures) > 0 || o.Skipped {
			t.Errorf("%s: errors %v, failures %v, skipped %v", o.Package.ID, o.Errors, o.Failures, o.Skipped)
		}
	}

	roots, analysed, err := checktest.Load(dir, patterns)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{jwtlint.Analyzer}, analysed, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, act := range graph.Roots {
		if slices.Contains(roots, act.Package) {
			want = append(want, render(act.Package.Fset.Position, act.Diagnostics)...)
		}
	}
	slices.Sort(want)
	if len(want) < 10 {
		t.Fatalf("checker found %d diagnostics: the comparison proves little", len(want))
	}
	t.Logf("%d diagnostics in both runs", len(want))
	if !slices.Equal(got, want) {
		t.Errorf("inproc:\n%s\nchecker:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
