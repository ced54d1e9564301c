package fuzzdriver_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/fuzzdriver"
)

// TestSeeds runs the bundle through the driver on every seed as it is
// (it must type-check, and report what its // want comments expect at
// least once), and on variants with type errors, which the analyzers run
// on too (RunDespiteErrors): no variant may panic or report an internal
// error.
func TestSeeds(t *testing.T) {
	d := sharedDriver(t)
	for _, s := range seeds(t) {
		t.Run(s.pkgPath, func(t *testing.T) {
			pkg, err := d.Load(s.pkgPath, s.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range pkg.TypeErrors {
				t.Errorf("type error: %v", e)
			}
			out := d.Run(pkg, jwtlint.Analyzer)
			for _, f := range out.Failures {
				t.Errorf("failure: %s", f)
			}
			if bytes.Contains(s.src.Content, []byte("// want ")) && len(out.Diagnostics) == 0 {
				t.Errorf("no diagnostics, but the seed wants some")
			}

			for name, variant := range typeErrorVariants(s.src.Content) {
				pkg, err := d.Load(s.pkgPath, fuzzdriver.Source{Name: s.src.Name, Content: variant})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(pkg.TypeErrors) == 0 {
					t.Fatalf("%s: no type errors", name)
				}
				for _, f := range d.Run(pkg, jwtlint.Analyzer).Failures {
					t.Errorf("%s: failure: %s", name, f)
				}
			}
		})
	}
}

// typeErrorVariants breaks a seed in ways real code is broken: a stray
// ill-typed declaration, an import that does not resolve (every use of the
// package is then invalid), a call of an undefined function in every
// function body.
func typeErrorVariants(src []byte) map[string][]byte {
	out := map[string][]byte{
		"ill-typed declaration": append(bytes.Clone(src), "\nvar _ int = \"fuzz\"\n"...),
		"undefined call":        callUndefined(src),
	}
	for _, lib := range []string{`"github.com/golang-jwt/jwt/v5"`, `"database/sql"`, `"github.com/jackc/pgx/v5"`} {
		if bytes.Contains(src, []byte(lib)) {
			out["missing "+lib] = bytes.Replace(src, []byte(lib), []byte(`"example.com/missing/`+strings.Trim(lib, `"`)+`"`), 1)
		}
	}
	return out
}

// callUndefined inserts a call of an undefined function at the start of
// every function body of src.
func callUndefined(src []byte) []byte {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	var at []int // offsets just after each body's {, last first
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				at = append(at, int(n.Body.Lbrace-f.FileStart)+1)
			}
		case *ast.FuncLit:
			at = append(at, int(n.Body.Lbrace-f.FileStart)+1)
		}
		return true
	})
	slices.Sort(at)
	out := bytes.Clone(src)
	for _, off := range slices.Backward(at) {
		out = slices.Insert(out, off, []byte(" undefinedFuzz();")...)
	}
	return out
}

// TestDriverFailures checks that the driver notices what it is for: a
// panic escaping an analyzer and an internal-error diagnostic.
func TestDriverFailures(t *testing.T) {
	d := sharedDriver(t)
	pkg, err := d.Load("p", fuzzdriver.Source{Name: "p.go", Content: []byte("package p\n\nfunc f() {}\n")})
	if err != nil {
		t.Fatal(err)
	}
	panicky := &analysis.Analyzer{Name: "panicky", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	if out := d.Run(pkg, panicky); len(out.Failures) != 1 || !strings.Contains(out.Failures[0], "panic: boom") {
		t.Errorf("escaped panic: failures %q", out.Failures)
	}
	internal := &analysis.Analyzer{Name: "internal", Doc: "reports an internal error", Run: func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Pos: pass.Files[0].Package, Category: "jwtlint-internal-error", Message: "internal error in x"})
		return nil, nil
	}}
	if out := d.Run(pkg, internal); len(out.Failures) != 1 || len(out.Diagnostics) != 1 {
		t.Errorf("internal error: failures %q, diagnostics %v", out.Failures, out.Diagnostics)
	}
	t.Setenv("JWTLINT_INJECT_PANIC", "jwtalg")
	if out := d.Run(pkg, jwtlint.Analyzer); len(out.Failures) != 1 || !strings.Contains(out.Failures[0], "internal error in jwtalg") {
		t.Errorf("injected failure of jwtalg: failures %q", out.Failures)
	}
}

// BenchmarkSeed is the cost of one well-typed input of the fuzz target:
// parse, type-check and run the bundle on a seed.
func BenchmarkSeed(b *testing.B) {
	d := sharedDriver(b)
	ss := seeds(b)
	for i := 0; b.Loop(); i++ {
		s := ss[i%len(ss)]
		pkg, err := d.Load(s.pkgPath, s.src)
		if err != nil {
			b.Fatal(err)
		}
		if out := d.Run(pkg, jwtlint.Analyzer); len(out.Failures) > 0 {
			b.Fatal(out.Failures)
		}
	}
}
