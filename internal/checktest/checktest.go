// Package checktest runs jwtlint checks on test packages and checks their
// findings against `// want` comments, as analysistest does.
//
// Checks return their findings as results instead of reporting them (the
// bundle reports), so a test wraps the check in a small analyzer that
// reports its findings unfiltered: `// want` comments then assert exactly
// what the check finds, independent of suppression and de-duplication,
// which the bundle's own tests cover.
//
// A run loads the test packages and the library stubs from source and the
// standard library from export data; loading is still most of a run's
// cost, so a check's suite is one run over all its packages (see Suite).
package checktest

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
)

// TestData is the GOPATH-style directory holding test packages and the
// library stubs: testdata/ at the repository root.
func TestData() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// Reporter wraps a check analyzer into one that reports its findings.
func Reporter(check *analysis.Analyzer) *analysis.Analyzer { return reporter(check, false) }

// reporter wraps check; with goldenOnly, suggested fixes are kept only in
// files that have a .golden twin, so that one run over a whole suite
// compares the fixes of the files written for that.
func reporter(check *analysis.Analyzer, goldenOnly bool) *analysis.Analyzer {
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
				d := f.Diagnostic()
				if goldenOnly && !hasGolden(pass.Fset.Position(d.Pos).Filename) {
					d.SuggestedFixes = nil
				}
				pass.Report(d)
			}
			return nil, nil
		},
	}
}

// Testing is the part of testing.TB a run reports through.
type Testing interface {
	Errorf(format string, args ...any)
}

// Run runs check on the packages matching patterns under TestData()/src,
// checks its findings against the `// want` comments, and fails when a root
// package does not type-check: checks run despite type errors and report
// nothing there, so a typo in a test package would pass silently as "no
// findings".
func Run(t *testing.T, check *analysis.Analyzer, patterns ...string) []*checker.Action {
	t.Helper()
	res := RunIn(t, TestData(), Reporter(check), patterns...)
	NoTypeErrors(t, res)
	return res
}

// RunWithSuggestedFixes is Run, also comparing the fixes applied to each
// file that has a .golden twin with that file.
func RunWithSuggestedFixes(t *testing.T, check *analysis.Analyzer, patterns ...string) []*checker.Action {
	t.Helper()
	res := RunIn(t, TestData(), reporter(check, true), patterns...)
	for _, act := range res {
		checkFixes(t, act)
	}
	NoTypeErrors(t, res)
	return res
}

// RunIn runs a on the packages matching patterns in the GOPATH-style tree
// dir and checks, for each root package, its diagnostics and facts against
// the `// want` comments of its files, in analysistest's syntax and with
// its rules. It differs from analysistest.Run only in loading: the
// standard library comes from export data (see Load), which makes a run
// several times faster; TestSameAsAnalysistest holds the two to the same
// results. It returns the root packages' actions.
func RunIn(t Testing, dir string, a *analysis.Analyzer, patterns ...string) []*checker.Action {
	roots, analysed, err := Load(dir, patterns)
	if err != nil {
		t.Errorf("loading %s: %v", patterns, err)
		return nil
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, analysed, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Errorf("Analyze: %v", err)
		return nil
	}
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	var res []*checker.Action
	for _, act := range graph.Roots {
		if !isRoot[act.Package] {
			continue
		}
		if act.Err != nil {
			t.Errorf("error analyzing %s: %v", act, act.Err)
		} else {
			checkExpectations(t, dir, act)
		}
		res = append(res, act)
	}
	return res
}

// NoTypeErrors fails the test for every package of res that does not
// type-check.
func NoTypeErrors(t *testing.T, res []*checker.Action) {
	t.Helper()
	for _, act := range res {
		for _, err := range act.Package.TypeErrors {
			t.Errorf("%s does not type-check: %v", act.Package.PkgPath, err)
		}
	}
}

// Suite returns the test packages of a check: every package under
// TestData()/src/dir, nested ones included, except those in except (which
// need flags and run separately) and those whose files expect facts.
// Fact expectations (`// want Name:"..."`) are what a recogniser exports;
// the recogniser's own test asserts them, and a check's reporter exports
// no facts, so they would go unmatched here.
func Suite(t *testing.T, dir string, except ...string) []string {
	t.Helper()
	root := filepath.Join(TestData(), "src")
	var pkgs []string
	err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if slices.ContainsFunc(except, func(e string) bool { return rel == e || strings.HasPrefix(rel, e+"/") }) {
			return filepath.SkipDir
		}
		if hasGoFiles(path) && !expectsFacts(t, path) {
			pkgs = append(pkgs, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no test packages under %s", dir)
	}
	return pkgs
}

func hasGolden(file string) bool {
	_, err := os.Stat(file + ".golden")
	return err == nil
}

func hasGoFiles(dir string) bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	return len(files) > 0
}

// factWant matches a fact expectation: `// want Name:"..."` or `package:`.
var factWant = regexp.MustCompile("//\\s*want\\s+[A-Za-z_][A-Za-z0-9_]*:[\"`]")

func expectsFacts(t *testing.T, dir string) bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if factWant.Match(src) {
			return true
		}
	}
	return false
}

// SetFlags sets jwtlint flags (name, value pairs) for one test and
// restores the defaults after it. Flags are process state: tests using
// them must not run in parallel.
func SetFlags(t *testing.T, kv ...string) {
	t.Helper()
	t.Cleanup(config.Reset)
	for i := 0; i+1 < len(kv); i += 2 {
		if err := config.Set(kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
}
