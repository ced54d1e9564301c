package inproc

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/types"
	"os"
	"runtime"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// exportState records the reading of one dependency's export data.
type exportState struct{ err error }

// typeCheck parses the package's files and type-checks them against its
// imports, filling in its placeholder types.Package, Syntax, TypesInfo,
// TypeErrors and Errors as go/packages does. A panic of the type checker
// (a go/types bug met on odd code) is one more error of the package.
func (r *run) typeCheck(p *packages.Package) {
	p.Fset = r.fset
	defer func() {
		if v := recover(); v != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: fmt.Sprintf("type checker failed: %v", v), Kind: packages.TypeError})
			p.IllTyped = true
		}
	}()
	files, errs := r.parse(p.CompiledGoFiles)
	for _, err := range errs {
		p.Errors = append(p.Errors, parseErrors(err)...)
	}
	p.Syntax = files
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			dep := p.Imports[path]
			if dep == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			return r.importPackage(dep)
		}),
		Error: func(err error) {
			if terr, ok := err.(types.Error); ok {
				p.TypeErrors = append(p.TypeErrors, terr)
				p.Errors = append(p.Errors, packages.Error{Pos: terr.Fset.Position(terr.Pos).String(), Msg: terr.Msg, Kind: packages.TypeError})
			}
		},
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	if err := types.NewChecker(conf, r.fset, p.Types, p.TypesInfo).Files(files); err != nil && len(p.Errors) == 0 {
		// Errors the checker returns without passing them to Error
		// ("package requires newer Go version").
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.TypeError})
	}
	p.IllTyped = len(p.Errors) > 0
	for _, dep := range p.Imports {
		if dep.IllTyped {
			p.IllTyped = true
		}
	}
}

// parse parses the files in parallel, as go/packages does (with
// ast.Object resolution: it is part of what go/packages provides).
// Files that fail to parse are kept when the parser returned a tree.
func (r *run) parse(names []string) ([]*ast.File, []error) {
	files := make([]*ast.File, len(names))
	errs := make([]error, len(names))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			src, err := os.ReadFile(name)
			if err != nil {
				errs[i] = err
				return
			}
			files[i], errs[i] = parser.ParseFile(r.fset, name, src, parser.AllErrors|parser.ParseComments)
		}()
	}
	wg.Wait()
	var kept []*ast.File
	for _, f := range files {
		if f != nil {
			kept = append(kept, f)
		}
	}
	var failed []error
	for _, err := range errs {
		if err != nil {
			failed = append(failed, err)
		}
	}
	return kept, failed
}

// parseErrors turns a file's read or parse error into package errors.
func parseErrors(err error) []packages.Error {
	var list scanner.ErrorList
	if errors.As(err, &list) {
		var out []packages.Error
		for _, e := range list {
			out = append(out, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
		return out
	}
	var perr *os.PathError
	if errors.As(err, &perr) {
		return []packages.Error{{Pos: perr.Path + ":1", Msg: perr.Err.Error(), Kind: packages.ParseError}}
	}
	return []packages.Error{{Pos: "-", Msg: err.Error(), Kind: packages.ParseError}}
}

// importPackage returns the types of an import of a source package: a
// source package's are complete (packages are analysed in dependency
// order); any other is read from export data on first use.
func (r *run) importPackage(dep *packages.Package) (*types.Package, error) {
	if r.source[dep] || dep.PkgPath == "unsafe" {
		return dep.Types, nil
	}
	r.exportMu.Lock()
	defer r.exportMu.Unlock()
	st, ok := r.exported[dep]
	if !ok {
		st = &exportState{err: r.readExport(dep)}
		r.exported[dep] = st
		if st.err != nil || len(dep.Errors) > 0 {
			dep.IllTyped = true
		}
	}
	return dep.Types, st.err
}

// readExport reads the dependency's export data into its placeholder.
// The packages it refers to resolve to their placeholders too, so that
// every importer sees one types.Package per package.
func (r *run) readExport(p *packages.Package) error {
	if p.ExportFile == "" {
		return fmt.Errorf("no export data for %s", p.PkgPath)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	rd, err := gcexportdata.NewReader(f)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	view := map[string]*types.Package{}
	packages.Visit([]*packages.Package{p}, func(q *packages.Package) bool {
		if _, ok := view[q.PkgPath]; ok {
			return false
		}
		view[q.PkgPath] = q.Types
		return true
	}, nil)
	_, err = gcexportdata.Read(rd, r.fset, view, p.PkgPath)
	return err
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
