// Package fuzzdriver runs jwtlint's analyzer graph on one package held in
// memory, in process and in milliseconds: the engine of the fuzz test
// (FuzzBundle) that feeds mutated Go sources through the bundle.
//
// It stands in for go vet or go/packages, which cost a process and a
// second per input. A Driver parses the source with go/parser and
// type-checks it with go/types against an importer of its own: imports are
// found with go/build in GOPATH mode, the standard library in GOROOT
// (cgo off, so the pure-Go variants are chosen) and anything else under
// the GOPATH given to New (the library stubs of testdata/src), parsed and
// type-checked from source without function bodies, once per Driver.
//
// Run then builds the analysis.Pass values itself, in dependency order
// (each analyzer after those it requires, its ResultOf filled with their
// results), the way go/analysis drivers do for a package whose
// dependencies have no facts: ImportObjectFact and ImportPackageFact
// report false, the Export functions record nothing (but panic, as the
// real drivers do, on a fact of an undeclared type or on an object of
// another package), Report collects the diagnostics, TypesSizes is gc's
// for this architecture, TypesInfo has every map, and Module is nil (the
// package belongs to the module being linted). Every analyzer of the graph
// declares RunDespiteErrors, so Run also runs on packages with type errors.
//
// A panic that escapes an analyzer's Run, an error returned by Run, a
// result of the wrong type and a diagnostic of Category
// finding.InternalCategory are the failures Run returns: each is a
// jwtlint bug.
package fuzzdriver

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/inproc"
)

// Driver type-checks and analyses packages in one file set, which holds
// the imported packages and every package loaded (it grows by a few
// kilobytes per input). Its methods may be called from several
// goroutines; they run one at a time.
type Driver struct {
	mu     sync.Mutex
	ctxt   build.Context
	fset   *token.FileSet
	sizes  types.Sizes
	std    types.ImporterFrom   // export data of the standard library
	export map[string]string    // standard package path → export data file
	pkgs   map[string]*imported // packages checked from source, by directory
	found  map[[2]string]found  // go/build's answers, by import path and directory
}

type found struct {
	bp  *build.Package
	err error
}

type imported struct {
	pkg *types.Package
	err error
}

// New returns a driver whose importer finds non-standard packages under
// gopath (a directory holding src/). It asks the go command once for the
// export data of the standard library (go list -export std: a second or
// two with a warm build cache).
func New(gopath string) (*Driver, error) {
	abs, err := filepath.Abs(gopath)
	if err != nil {
		return nil, err
	}
	ctxt := build.Default
	ctxt.GOPATH = abs
	ctxt.CgoEnabled = false
	// A file-system hook keeps go/build from asking the go command (module
	// mode): packages are found in GOROOT and GOPATH only.
	ctxt.IsDir = func(path string) bool {
		fi, err := os.Stat(path)
		return err == nil && fi.IsDir()
	}
	cmd := exec.Command("go", "list", "-e", "-export", "-f", "{{.ImportPath}}={{.Export}}", "std")
	cmd.Dir = ctxt.GOROOT
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	listing, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export std: %v\n%s", err, stderr.Bytes())
	}
	d := &Driver{
		ctxt:   ctxt,
		fset:   token.NewFileSet(),
		sizes:  types.SizesFor("gc", runtime.GOARCH),
		export: map[string]string{},
		pkgs:   map[string]*imported{},
		found:  map[[2]string]found{},
	}
	for line := range strings.Lines(string(listing)) {
		if path, file, ok := strings.Cut(strings.TrimSpace(line), "="); ok && file != "" {
			d.export[path] = file
		}
	}
	d.std = importer.ForCompiler(d.fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := d.export[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	}).(types.ImporterFrom)
	return d, nil
}

// Package is a parsed and type-checked package, ready for Run.
type Package struct {
	Fset       *token.FileSet
	Files      []*ast.File
	Types      *types.Package
	Info       *types.Info
	TypeErrors []types.Error
	Sizes      types.Sizes

	contents map[string][]byte // by file name, for Pass.ReadFile
}

// Source is one file of a package: its name and content.
type Source struct {
	Name    string
	Content []byte
}

// Load parses and type-checks the files as the package with import path
// path. It returns an error when a file does not parse, or when the type
// checker itself panics (a bug of go/types, not of jwtlint); type errors
// are in Package.TypeErrors.
func (d *Driver) Load(path string, srcs ...Source) (pkg *Package, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			pkg, err = nil, fmt.Errorf("go/types panicked: %v", r)
		}
	}()

	pkg = &Package{Fset: d.fset, Sizes: d.sizes, contents: map[string][]byte{}}
	for _, src := range srcs {
		pkg.contents[src.Name] = src.Content
		f, err := parser.ParseFile(d.fset, src.Name, src.Content, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		pkg.Files = append(pkg.Files, f)
	}
	pkg.Info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer:    (*sourceImporter)(d),
		Sizes:       d.sizes,
		FakeImportC: true,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				pkg.TypeErrors = append(pkg.TypeErrors, te)
			}
		},
	}
	pkg.Types, _ = conf.Check(path, d.fset, pkg.Files, pkg.Info)
	return pkg, nil
}

// sourceImporter is the Driver seen as a types.ImporterFrom; d.mu is held.
type sourceImporter Driver

func (im *sourceImporter) Import(path string) (*types.Package, error) {
	return im.ImportFrom(path, ".", 0)
}

func (im *sourceImporter) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	return (*Driver)(im).importFrom(path, dir)
}

// importFrom returns the package path imported from dir: a standard one
// from its export data, any other type-checked from source without
// function bodies, once. d.mu is held.
func (d *Driver) importFrom(path, dir string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	key := [2]string{path, dir}
	f, ok := d.found[key]
	if !ok {
		f.bp, f.err = d.ctxt.Import(path, dir, 0)
		d.found[key] = f
	}
	bp, err := f.bp, f.err
	if err != nil {
		return nil, err
	}
	if bp.Goroot {
		return d.std.ImportFrom(bp.ImportPath, dir, 0)
	}
	if imp, ok := d.pkgs[bp.Dir]; ok {
		if imp.pkg == nil && imp.err == nil {
			return nil, fmt.Errorf("import cycle through %s", bp.ImportPath)
		}
		return imp.pkg, imp.err
	}
	imp := &imported{}
	d.pkgs[bp.Dir] = imp
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(d.fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			imp.err = err
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer:         (*sourceImporter)(d),
		Sizes:            d.sizes,
		IgnoreFuncBodies: true,
		FakeImportC:      true,
		Error:            func(error) {}, // keep going: a partial package serves
	}
	imp.pkg, imp.err = conf.Check(bp.ImportPath, d.fset, files, nil)
	if imp.pkg != nil {
		imp.err = nil
	}
	return imp.pkg, imp.err
}

// Outcome is what Run saw.
type Outcome struct {
	// Diagnostics are the root analyzer's diagnostics, internal errors
	// included.
	Diagnostics []analysis.Diagnostic
	// Failures are jwtlint bugs: escaped panics (with their stack),
	// analysis errors, results of the wrong type, internal-error
	// diagnostics of any analyzer.
	Failures []string
}

// Run runs root and every analyzer it requires, transitively, on pkg.
func (d *Driver) Run(pkg *Package, root *analysis.Analyzer) *Outcome {
	out := &Outcome{}
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]bool{}
	for _, a := range inproc.AnalyzerOrder(root) {
		if slices.ContainsFunc(a.Requires, func(r *analysis.Analyzer) bool { return failed[r] }) {
			failed[a] = true
			continue
		}
		if len(pkg.TypeErrors) > 0 && !a.RunDespiteErrors {
			failed[a] = true // as in the real drivers: skipped, with its dependents
			continue
		}
		pass := d.pass(pkg, a, results, out, a == root)
		res, err := inproc.RunAnalyzer(a, pass)
		if err != nil {
			out.Failures = append(out.Failures, fmt.Sprintf("%s: %v", a.Name, err))
			failed[a] = true
			continue
		}
		results[a] = res
	}
	return out
}

func (d *Driver) pass(pkg *Package, a *analysis.Analyzer, results map[*analysis.Analyzer]any, out *Outcome, root bool) *analysis.Pass {
	resultOf := map[*analysis.Analyzer]any{}
	for _, r := range a.Requires {
		resultOf[r] = results[r]
	}
	declared := func(f analysis.Fact) bool {
		return slices.ContainsFunc(a.FactTypes, func(t analysis.Fact) bool { return reflect.TypeOf(t) == reflect.TypeOf(f) })
	}
	return &analysis.Pass{
		Analyzer:   a,
		Fset:       pkg.Fset,
		Files:      pkg.Files,
		Pkg:        pkg.Types,
		TypesInfo:  pkg.Info,
		TypesSizes: pkg.Sizes,
		TypeErrors: pkg.TypeErrors,
		Module:     nil,
		ResultOf:   resultOf,
		ReadFile: func(name string) ([]byte, error) {
			if b, ok := pkg.contents[name]; ok {
				return b, nil
			}
			return nil, fmt.Errorf("fuzzdriver: no file %s", name)
		},
		Report: func(diag analysis.Diagnostic) {
			if diag.Category == finding.InternalCategory {
				out.Failures = append(out.Failures, fmt.Sprintf("%s: %s", pkg.Fset.Position(diag.Pos), diag.Message))
			}
			if root {
				out.Diagnostics = append(out.Diagnostics, diag)
			}
		},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if !declared(fact) {
				panic(fmt.Sprintf("%s: fact of undeclared type %T", a.Name, fact))
			}
			if obj == nil || obj.Pkg() != pkg.Types {
				panic(fmt.Sprintf("%s: fact %T for object %v of another package", a.Name, fact, obj))
			}
		},
		ExportPackageFact: func(fact analysis.Fact) {
			if !declared(fact) {
				panic(fmt.Sprintf("%s: fact of undeclared type %T", a.Name, fact))
			}
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return nil },
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
}
