package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/jwtlint/jwtlint/internal/fixfmt"
)

// -fix through the go vet backend. go vet -json reports each diagnostic's
// suggested fixes as byte offsets into the files it analysed
// ("suggested_fixes": [{"message", "edits": [{"filename", "start", "end",
// "new"}]}]); the binary applies them itself once go vet has finished.
// Every fix is seen once: duplicates (a package and its test variant
// report the same ones) are dropped, fixes overlapping an accepted one
// are skipped (a second run applies them), and each file is written once,
// formatted, with the imports a fix left unused removed — what
// singlechecker's -fix does.
//
// `go vet -fix -vettool=jwtlint` (Go 1.26) works too: each package's
// process writes its fixed files into an archive and the go command writes
// them after the build. It compares whole files, so a package and its
// test variant fixing a file differently is an error there, where here
// their edits merge; and the run here uses the same cache key, tags and
// analyzer flags as the binary's ordinary runs.

// jsonFix is a suggested fix in go vet's JSON.
type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// key identifies a fix by its edits.
func (f jsonFix) key() string {
	var b strings.Builder
	for _, e := range f.Edits {
		fmt.Fprintf(&b, "%s\x00%d\x00%d\x00%s\x00", e.Filename, e.Start, e.End, e.New)
	}
	return b.String()
}

// applyFixes applies the first fix of each diagnostic (given in fixes)
// to the files. It returns the number of fixes applied and of files
// written; a fix overlapping one already accepted is skipped (a second run
// applies it), and reported as an error.
func applyFixes(fixes []jsonFix) (applied, written int, err error) {
	seen := map[string]bool{}
	accepted := map[string][]jsonEdit{} // by file
	skipped := 0
fixes:
	for _, f := range fixes {
		if len(f.Edits) == 0 || seen[f.key()] {
			continue
		}
		seen[f.key()] = true
		for _, e := range f.Edits {
			if e.Start < 0 || e.End < e.Start {
				skipped++
				continue fixes
			}
			for _, a := range accepted[e.Filename] {
				if e.Start < a.End && a.Start < e.End || e.Start == e.End && e.Start == a.Start {
					skipped++
					continue fixes
				}
			}
		}
		for _, e := range f.Edits {
			accepted[e.Filename] = append(accepted[e.Filename], e)
		}
		applied++
	}
	files := make([]string, 0, len(accepted))
	for name := range accepted {
		files = append(files, name)
	}
	sort.Strings(files)
	for _, name := range files {
		if err := rewriteFile(name, accepted[name]); err != nil {
			return applied, written, err
		}
		written++
	}
	if skipped > 0 {
		return applied, written, fmt.Errorf("applied %d fixes, skipped %d that conflict with them: run again to apply more", applied, skipped)
	}
	return applied, written, nil
}

// rewriteFile applies edits to a file, formats it and drops the imports
// the edits left unused.
func rewriteFile(name string, edits []jsonEdit) error {
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var fe []fixfmt.Edit
	for _, e := range edits {
		fe = append(fe, fixfmt.Edit{Start: e.Start, End: e.End, New: e.New})
	}
	out, err := fixfmt.Apply(src, fe)
	if err != nil {
		return fmt.Errorf("%s: %v: was it changed during the run?", name, err)
	}
	fixed, err := fixfmt.Tidy(src, out)
	if err != nil {
		return fmt.Errorf("%s: the fixed file does not parse (%v); left unchanged", name, err)
	}
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, fixed, info.Mode().Perm())
}
