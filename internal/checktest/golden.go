package checktest

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/fixfmt"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/txtar"
)

// checkFixes applies the suggested fixes act reported to each file they
// edit and compares the result with the file's .golden twin, as
// analysistest.RunWithSuggestedFixes does: a plain golden file holds the
// file with every fix applied; a txtar golden file holds one section per
// fix message, with the fixes of that message applied.
func checkFixes(t Testing, act *checker.Action) {
	pkg := act.Package
	generated := map[string]bool{}
	for _, f := range pkg.Syntax {
		generated[pkg.Fset.File(f.Pos()).Name()] = ast.IsGenerated(f)
	}
	byMessage := map[string]map[string][]fixfmt.Edit{} // message → file → edits
	files := map[string]bool{}
	for _, d := range act.Diagnostics {
	fixes:
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				if generated[pkg.Fset.File(e.Pos).Name()] {
					continue fixes
				}
			}
			if byMessage[fix.Message] == nil {
				byMessage[fix.Message] = map[string][]fixfmt.Edit{}
			}
			for _, e := range fix.TextEdits {
				tf := pkg.Fset.File(e.Pos)
				files[tf.Name()] = true
				byMessage[fix.Message][tf.Name()] = append(byMessage[fix.Message][tf.Name()],
					fixfmt.Edit{Start: tf.Offset(e.Pos), End: tf.Offset(e.End), New: string(e.NewText)})
			}
		}
	}
	for _, file := range slices.Sorted(maps.Keys(files)) {
		original, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("reading %s: %v", file, err)
			continue
		}
		ar, err := txtar.ParseFile(file + ".golden")
		if err != nil {
			t.Errorf("reading %s.golden: %v", file, err)
			continue
		}
		compare := func(what string, edits []fixfmt.Edit, want []byte) {
			if err := compareFixed(file, original, edits, want); err != nil {
				t.Errorf("%s: %v", what, err)
			}
		}
		if len(ar.Files) == 0 {
			var all []fixfmt.Edit
			for _, m := range slices.Sorted(maps.Keys(byMessage)) {
				all = append(all, byMessage[m][file]...)
			}
			compare("all fixes", all, ar.Comment)
			continue
		}
		if len(ar.Comment) > 0 {
			t.Errorf("%s.golden has a leading comment", file)
			continue
		}
		for _, section := range ar.Files {
			compare(fmt.Sprintf("fixes of message %q", section.Name), byMessage[section.Name][file], section.Data)
		}
	}
}

// compareFixed applies edits to original, formats the result as -fix
// writes it (fixfmt.Tidy: without the imports the fixes left unused), and
// compares it with want.
func compareFixed(file string, original []byte, edits []fixfmt.Edit, want []byte) error {
	if len(edits) == 0 {
		return fmt.Errorf("%s: no edits", file)
	}
	fixed, err := fixfmt.Apply(original, edits)
	if err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	got, err := fixfmt.Tidy(original, fixed)
	if err != nil {
		return fmt.Errorf("%s: formatting the fixed file: %v\n%s", file, err, fixed)
	}
	if want, err = format.Source(want); err != nil {
		return fmt.Errorf("%s.golden: %v", file, err)
	}
	if g, w := bytes.TrimSpace(got), bytes.TrimSpace(want); !bytes.Equal(g, w) {
		return fmt.Errorf("%s: fixed file differs from %s.golden:\n%s", file, file, lineDiff(string(w), string(g)))
	}
	return nil
}

// lineDiff lists the lines of want missing from got (-) and those of got
// not in want (+), in order: enough to read a golden mismatch.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i, j = i+1, j+1
		case j < len(g) && !slices.Contains(w[i:], g[j]):
			fmt.Fprintf(&b, "+ %s\n", g[j])
			j++
		case i < len(w):
			fmt.Fprintf(&b, "- %s\n", w[i])
			i++
		default:
			fmt.Fprintf(&b, "+ %s\n", g[j])
			j++
		}
	}
	return b.String()
}
