package sqlfix_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestFixedCodeIsClean runs the checks again on the fixed files (the
// .golden twins): they must type-check, the calls a fix rewrote must no
// longer be reported, and the calls it left alone must be reported as
// before. The golden files go to a scratch GOPATH beside the stubs; a
// `// want` stays only on lines the fix did not change.
func TestFixedCodeIsClean(t *testing.T) {
	src := filepath.Join(checktest.TestData(), "src")
	tmp := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(tmp, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := os.Symlink(filepath.Join(src, e.Name()), filepath.Join(tmp, "src", e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	pkgs := map[string][]string{}
	for _, check := range []string{"sqlstring", "jwtsql"} {
		goldens, _ := filepath.Glob(filepath.Join(src, check, "*", "*.go.golden"))
		more, _ := filepath.Glob(filepath.Join(src, check, "*", "*", "*.go.golden"))
		for _, g := range append(goldens, more...) {
			rel, _ := filepath.Rel(src, filepath.Dir(g))
			pkg := "fixed/" + filepath.ToSlash(rel)
			dir := filepath.Join(tmp, "src", "fixed", rel)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			orig, err := os.ReadFile(strings.TrimSuffix(g, ".golden"))
			if err != nil {
				t.Fatal(err)
			}
			fixed, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			out := keepWantsOnUnchangedLines(string(orig), string(fixed))
			if err := os.WriteFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(g), ".golden")), []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			pkgs[check] = append(pkgs[check], pkg)
		}
	}
	if len(pkgs["sqlstring"]) == 0 || len(pkgs["jwtsql"]) == 0 {
		t.Fatalf("no golden files found: %v", pkgs)
	}
	checktest.SetFlags(t, "sql-placeholders", "question") // for sqlstring/fixflag; the others tell their syntax
	for check, a := range map[string]*analysis.Analyzer{"sqlstring": sqlstring.Analyzer, "jwtsql": jwtsql.Analyzer} {
		res := checktest.RunIn(t, tmp, checktest.Reporter(a), pkgs[check]...)
		checktest.NoTypeErrors(t, res)
	}
}

var wantComment = regexp.MustCompile(`\s*// want .*$`)
var spaces = regexp.MustCompile(`\s+`)

// keepWantsOnUnchangedLines drops the `// want` comments of the fixed
// file's lines that are not in the original file (whitespace aside: gofmt
// realigns comments).
func keepWantsOnUnchangedLines(orig, fixed string) string {
	seen := map[string]bool{}
	for _, l := range strings.Split(orig, "\n") {
		seen[spaces.ReplaceAllString(l, " ")] = true
	}
	lines := strings.Split(fixed, "\n")
	for i, l := range lines {
		if !seen[spaces.ReplaceAllString(l, " ")] {
			lines[i] = wantComment.ReplaceAllString(l, "")
		}
	}
	return strings.Join(lines, "\n")
}
