package inproc_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/internal/inproc"
)

// module writes a module example.com/m with the given files (path →
// source) and returns its directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func own(p *packages.Package) bool { return p.Module != nil && p.Module.Main }

type seen struct{}

func (*seen) AFact() {}

// factProbe exports a fact on every function and method of its package
// and a package fact, and reports, at each use of another package's
// function, whether that function's fact is visible, and how many
// package facts it sees.
var factProbe = &analysis.Analyzer{
	Name:             "factprobe",
	Doc:              "reports which facts of other packages a package sees",
	FactTypes:        []analysis.Fact{new(seen)},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		pass.ExportPackageFact(new(seen))
		for id, obj := range pass.TypesInfo.Defs {
			if fn, ok := obj.(*types.Func); ok && id.Name != "_" {
				pass.ExportObjectFact(fn, new(seen))
			}
		}
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); ok && fn.Pkg() != pass.Pkg {
						pass.Reportf(id.Pos(), "%s fact %v", fn.FullName(), pass.ImportObjectFact(fn, new(seen)))
					}
				}
				return true
			})
		}
		pass.Reportf(pass.Files[0].Package, "%d package facts, %d object facts", len(pass.AllPackageFacts()), len(pass.AllObjectFacts()))
		return nil, nil
	},
}

// rendered runs a with inproc and returns its diagnostics on the matched
// packages, one line each, sorted.
func rendered(t *testing.T, cfg inproc.Config, a *analysis.Analyzer, patterns ...string) (lines []string, outcomes map[string]*inproc.Outcome) {
	t.Helper()
	outcomes = map[string]*inproc.Outcome{}
	err := inproc.Run(cfg, patterns, a, func(o *inproc.Outcome) {
		outcomes[o.Package.ID] = o
		if o.Matched {
			lines = append(lines, render(o.Fset.Position, o.Diagnostics)...)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines, outcomes
}

func render(position func(token.Pos) token.Position, diags []analysis.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		s := fmt.Sprintf("%s: %s", position(d.Pos), d.Message)
		for _, r := range d.Related {
			s += fmt.Sprintf("\n\t%s: %s", position(r.Pos), r.Message)
		}
		for _, f := range d.SuggestedFixes {
			s += fmt.Sprintf("\n\tfix %q (%d edits)", f.Message, len(f.TextEdits))
		}
		out = append(out, s)
	}
	return out
}

// withChecker runs a with go/analysis/checker on packages loaded by
// go/packages, the reference inproc is held to.
func withChecker(t *testing.T, cfg *packages.Config, a *analysis.Analyzer, patterns ...string) []string {
	t.Helper()
	cfg.Mode = packages.LoadAllSyntax
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("checker: %v", act.Err)
		}
		lines = append(lines, render(act.Package.Fset.Position, act.Diagnostics)...)
	}
	slices.Sort(lines)
	return lines
}

// Facts cross packages as with go/analysis/checker: a package sees the
// facts of what it imports directly, and, through them, only the facts
// of objects an importer can reach (methods, fields, types), not those of
// functions of packages it does not import.
func TestFactsAsChecker(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\ntype T struct{}\n\nfunc (T) M() {}\n\nfunc F() T { return T{} }\n\nfunc g() {}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc G() a.T { return a.F() }\n",
		"c/c.go": "package c\n\nimport \"example.com/m/b\"\n\nfunc H() { b.G().M() }\n",
	})
	got, _ := rendered(t, inproc.Config{Dir: dir, Source: own}, factProbe, "./c", "./b")
	want := withChecker(t, &packages.Config{Dir: dir}, factProbe, "./c", "./b")
	if !slices.Equal(got, want) {
		t.Errorf("inproc:\n%s\nchecker:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	joined := strings.Join(got, "\n")
	for _, line := range []string{"(example.com/m/a.T).M fact true", "example.com/m/b.G fact true", "example.com/m/a.F fact true", "3 package facts"} {
		if !strings.Contains(joined, line) {
			t.Errorf("no diagnostic %q in\n%s", line, joined)
		}
	}
}

var boom = &analysis.Analyzer{
	Name:             "boom",
	Doc:              "panics on package b",
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[bool](),
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "b" {
			panic("boom on b")
		}
		return true, nil
	},
}

var afterBoom = &analysis.Analyzer{
	Name:             "afterboom",
	Doc:              "reports each package it runs on",
	Requires:         []*analysis.Analyzer{boom},
	FactTypes:        []analysis.Fact{new(seen)},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		pass.Reportf(pass.Files[0].Package, "ran on %s", pass.Pkg.Name())
		return nil, nil
	},
}

// A panic in one analyzer on one package is that package's failure: its
// importers are analysed all the same (go/analysis/checker would fail them
// for a failed prerequisite, and hide their findings).
func TestPanicHidesNothingElse(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nfunc F() {}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc G() { a.F() }\n",
		"c/c.go": "package c\n\nimport \"example.com/m/b\"\n\nfunc H() { b.G() }\n",
	})
	got, outcomes := rendered(t, inproc.Config{Dir: dir, Source: own}, afterBoom, "./...")
	if len(got) != 2 || !strings.Contains(got[0], "ran on a") || !strings.Contains(got[1], "ran on c") {
		t.Errorf("diagnostics: %q, want a's and c's", got)
	}
	b := outcomes["example.com/m/b"]
	if b == nil || len(b.Failures) != 1 || !strings.HasPrefix(b.Failures[0], "boom: panic: boom on b") || !b.Skipped {
		t.Errorf("b's outcome: %+v, want boom's panic and afterboom skipped", b)
	}
}

var notDespiteErrors = &analysis.Analyzer{
	Name: "strict",
	Doc:  "does not run on ill-typed packages",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

var despiteErrors = &analysis.Analyzer{
	Name:             "lenient",
	Doc:              "runs on ill-typed packages",
	Requires:         []*analysis.Analyzer{notDespiteErrors},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		pass.Reportf(pass.Files[0].Package, "%d type errors", len(pass.TypeErrors))
		return nil, nil
	},
}

// A package with a type error, and its importer, are ill-typed: analyzers
// that do not run despite errors are skipped, with those that require
// them. The outcome carries the errors and no syntax or type information
// any more; the types stay, complete.
func TestIllTypedAndDropped(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nfunc F() int { return \"x\" }\n",
		"b/b.go": "package b\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/m/a\"\n)\n\nfunc G() { fmt.Println(a.F()) }\n",
		"c/c.go": "package c\n\ntype T struct{}\n",
	})
	lenient := &analysis.Analyzer{Name: "lenient2", Doc: "runs on everything", RunDespiteErrors: true, Requires: []*analysis.Analyzer{despiteErrors},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	_, outcomes := rendered(t, inproc.Config{Dir: dir, Source: own}, lenient, "./...")
	a, b, c := outcomes["example.com/m/a"], outcomes["example.com/m/b"], outcomes["example.com/m/c"]
	if a == nil || b == nil || c == nil {
		t.Fatalf("outcomes: %v", outcomes)
	}
	// go list's compile error (export data) comes with the type error.
	if !slices.ContainsFunc(a.Errors, func(e packages.Error) bool { return e.Kind == packages.TypeError }) || !a.Skipped {
		t.Errorf("a: errors %v, skipped %v; want a type error, skipped", a.Errors, a.Skipped)
	}
	if len(b.Errors) != 0 || !b.Skipped || !b.Package.IllTyped {
		t.Errorf("b: errors %v, skipped %v, ill-typed %v; want no error of its own, ill-typed, skipped", b.Errors, b.Skipped, b.Package.IllTyped)
	}
	if c.Skipped || len(c.Errors) != 0 {
		t.Errorf("c: errors %v, skipped %v", c.Errors, c.Skipped)
	}
	for _, o := range []*inproc.Outcome{a, b, c} {
		if o.Package.Syntax != nil || o.Package.TypesInfo != nil || !o.Package.Types.Complete() {
			t.Errorf("%s: syntax %v, info %v, complete types %v: want the syntax and info dropped", o.Package.ID, o.Package.Syntax != nil, o.Package.TypesInfo != nil, o.Package.Types.Complete())
		}
	}
	if b.Package.Types.Scope().Lookup("G") == nil {
		t.Errorf("b's types lack G")
	}
}

var noop = &analysis.Analyzer{
	Name:             "noop",
	Doc:              "does nothing",
	RunDespiteErrors: true,
	Run:              func(*analysis.Pass) (any, error) { return nil, nil },
}

// A package read from export data may import a package analysed from
// source: crypto/ecdsa imports golang.org/x/crypto/cryptobyte (vendored,
// not named: export data), which imports encoding/asn1 (named: source).
// encoding/asn1 must be type-checked before cryptobyte's export data is
// read, or that reading fills its types first and the type-check finds
// every declaration redeclared.
func TestExportDataImportingSource(t *testing.T) {
	_, outcomes := rendered(t, inproc.Config{}, noop, "crypto/ecdsa", "encoding/asn1")
	if len(outcomes) < 2 {
		t.Fatalf("outcomes: %v", outcomes)
	}
	for id, o := range outcomes {
		if len(o.Errors) > 0 || o.Skipped {
			t.Errorf("%s: errors %v, skipped %v", id, o.Errors, o.Skipped)
		}
	}
}
