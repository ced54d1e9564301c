// Package checktest runs a single jwtlint check under analysistest.
//
// Checks return their findings as results instead of reporting them (the
// bundle reports), so a test wraps the check in a small analyzer that
// reports its findings unfiltered: `// want` comments then assert exactly
// what the check finds, independent of suppression and de-duplication,
// which the bundle's own tests cover.
package checktest

import (
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/jwtlint/jwtlint/internal/finding"
)

// TestData is the GOPATH-style directory holding test packages and the
// library stubs: testdata/ at the repository root.
func TestData() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// Reporter wraps a check analyzer into one that reports its findings.
func Reporter(check *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             check.Name,
		Doc:              check.Doc,
		Requires:         []*analysis.Analyzer{check},
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[check].(*finding.Result)
			if res.Err != nil {
				return nil, res.Err
			}
			for _, f := range res.Findings {
				pass.Report(f.Diagnostic())
			}
			return nil, nil
		},
	}
}

// Run runs check on the packages matching patterns under TestData()/src.
func Run(t *testing.T, check *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.Run(t, TestData(), Reporter(check), patterns...)
}

// RunWithSuggestedFixes is Run, also comparing applied fixes with .golden files.
func RunWithSuggestedFixes(t *testing.T, check *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.RunWithSuggestedFixes(t, TestData(), Reporter(check), patterns...)
}
