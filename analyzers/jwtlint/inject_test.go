package jwtlint_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/finding"
)

// TestInjectedFailures makes each recogniser and each check panic in turn
// on a package holding one finding of every check: the failure is one
// internal-error diagnostic naming the component, the package and our
// frame, and every check that does not depend on the component still
// reports.
func TestInjectedFailures(t *testing.T) {
	roots, pkgs, err := checktest.Load(checktest.TestData(), []string{"jwtlint/inject"})
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading jwtlint/inject: %v", err)
	}
	if len(roots) != 1 {
		t.Fatalf("jwtlint/inject: %d root packages, want 1", len(roots))
	}
	all := []string{"jwtalg", "jwtclaims", "jwtsql", "jwtverify", "sqlstring"}
	for _, tc := range []struct {
		component string
		left      []string // checks still reporting
	}{
		{"", all},
		// Without SSA only the import-level jwtclaims finding is possible.
		{"ssa", []string{"jwtclaims"}},
		{"jwtparse", []string{"jwtclaims", "jwtsql", "sqlstring"}},
		{"flow", []string{"jwtalg", "jwtclaims", "jwtverify"}},
		{"jwtalg", []string{"jwtclaims", "jwtsql", "jwtverify", "sqlstring"}},
		{"jwtverify", []string{"jwtalg", "jwtclaims", "jwtsql", "sqlstring"}},
		{"jwtclaims", []string{"jwtalg", "jwtsql", "jwtverify", "sqlstring"}},
		{"jwtsql", []string{"jwtalg", "jwtclaims", "jwtverify", "sqlstring"}},
		{"sqlstring", []string{"jwtalg", "jwtclaims", "jwtsql", "jwtverify"}},
	} {
		t.Run("fail="+tc.component, func(t *testing.T) {
			t.Setenv(finding.InjectEnv, tc.component)
			graph, err := checker.Analyze([]*analysis.Analyzer{jwtlint.Analyzer}, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			var checks, internal []string
			for _, act := range graph.Roots {
				if act.Package != roots[0] {
					continue // a library stub, loaded from source beside the test package
				}
				if act.Err != nil {
					t.Fatalf("the bundle failed: %v", act.Err)
				}
				for _, d := range act.Diagnostics {
					if d.Category == finding.InternalCategory {
						internal = append(internal, d.Message)
					} else {
						checks = append(checks, d.Category)
					}
				}
			}
			slices.Sort(checks)
			if got := slices.Compact(checks); !slices.Equal(got, tc.left) {
				t.Errorf("checks reporting: %v, want %v", got, tc.left)
			}
			if tc.component == "" {
				if len(internal) > 0 {
					t.Errorf("internal errors without injection: %v", internal)
				}
				return
			}
			if len(internal) != 1 {
				t.Fatalf("internal-error diagnostics: %q, want one", internal)
			}
			for _, want := range []string{"internal error in " + tc.component + " on package jwtlint/inject", "injected failure", ".go:", "please report it"} {
				if !strings.Contains(internal[0], want) {
					t.Errorf("internal error %q lacks %q", internal[0], want)
				}
			}
			if strings.Contains(internal[0], "\n") {
				t.Errorf("internal error spans lines: %q", internal[0])
			}
		})
	}
}
