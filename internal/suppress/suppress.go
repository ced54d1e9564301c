// Package suppress implements //jwtlint:ignore directives:
//
//	//jwtlint:ignore CHECK[,CHECK...] reason
//
// on the line of a finding or the line above it suppresses that check's
// findings there. The reason runs to the end of the comment or to a nested
// "//", which starts an unrelated comment. The reason is required. A directive without a reason, or
// one that suppresses nothing, is itself reported, so stale ignores do not
// accumulate. The directives are read inside the analyzer, so they work the
// same in the standalone binary, under go vet and in golangci-lint.
package suppress

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const prefix = "//jwtlint:ignore"

// Directive is one //jwtlint:ignore comment.
type Directive struct {
	Pos    token.Pos
	End    token.Pos
	File   string
	Line   int
	Checks []string
	Reason string
	used   bool
}

// Set holds the directives of a package.
type Set struct {
	fset *token.FileSet
	byFL map[fileLine][]*Directive
	all  []*Directive
}

type fileLine struct {
	file string
	line int
}

// Collect reads the directives of the package's files.
func Collect(fset *token.FileSet, files []*ast.File) *Set {
	s := &Set{fset: fset, byFL: map[fileLine][]*Directive{}}
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				rest, ok := strings.CutPrefix(c.Text, prefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				// A nested "//" ends the directive: what follows is another
				// comment (tools such as analysistest read it), not the reason.
				if i := strings.Index(rest, "//"); i >= 0 {
					rest = rest[:i]
				}
				fields := strings.Fields(rest)
				d := &Directive{Pos: c.Pos(), End: c.End()}
				p := fset.Position(c.Pos())
				d.File, d.Line = p.Filename, p.Line
				if len(fields) > 0 {
					d.Checks = strings.Split(fields[0], ",")
					d.Reason = strings.Join(fields[1:], " ")
				}
				s.all = append(s.all, d)
				// A directive covers its own line and the next one.
				for _, l := range []int{d.Line, d.Line + 1} {
					k := fileLine{d.File, l}
					s.byFL[k] = append(s.byFL[k], d)
				}
			}
		}
	}
	return s
}

// Suppressed reports whether a finding of check at pos is ignored, and
// marks the directive used.
func (s *Set) Suppressed(check string, pos token.Pos) bool {
	if len(s.all) == 0 || !pos.IsValid() {
		return false
	}
	p := s.fset.Position(pos)
	for _, d := range s.byFL[fileLine{p.Filename, p.Line}] {
		if d.Reason != "" && slices.Contains(d.Checks, check) {
			d.used = true
			return true
		}
	}
	return false
}

// Problems returns diagnostics about the directives themselves: a missing
// check name or reason, an unknown check, or (for checks that ran) an
// ignore that suppressed nothing.
func (s *Set) Problems(known []string, ran func(check string) bool) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	report := func(d *Directive, msg string) {
		out = append(out, analysis.Diagnostic{Pos: d.Pos, End: d.End, Category: "jwtlint", Message: "jwtlint: " + msg})
	}
	for _, d := range s.all {
		switch {
		case len(d.Checks) == 0:
			report(d, "//jwtlint:ignore needs a check name and a reason: //jwtlint:ignore CHECK reason")
			continue
		case d.Reason == "":
			report(d, "//jwtlint:ignore "+strings.Join(d.Checks, ",")+" needs a reason after the check name; it suppresses nothing until it has one")
			continue
		}
		unknown := false
		for _, c := range d.Checks {
			if !slices.Contains(known, c) {
				report(d, "//jwtlint:ignore names unknown check "+c+" (known: "+strings.Join(known, ", ")+")")
				unknown = true
			}
		}
		if unknown || d.used {
			continue
		}
		allRan := true
		for _, c := range d.Checks {
			allRan = allRan && ran(c)
		}
		if allRan {
			report(d, "this //jwtlint:ignore "+strings.Join(d.Checks, ",")+" suppresses nothing; remove it")
		}
	}
	return out
}
