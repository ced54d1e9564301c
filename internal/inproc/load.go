package inproc

import (
	"cmp"
	"errors"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// listMode asks go list for the package graph, the files and the export
// data of every package, and nothing that needs parsing or type-checking.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes |
	packages.NeedExportFile

// Run loads the packages the patterns name and analyses them and the
// source dependencies cfg selects with root (and the analyzers it
// requires), calling each for every package analysed, in dependency
// order, and for every other package with errors. It fails only when go
// list does, or the patterns match nothing.
func Run(cfg Config, patterns []string, root *analysis.Analyzer, each func(*Outcome)) error {
	if err := analysis.Validate([]*analysis.Analyzer{root}); err != nil {
		return err
	}
	conf := &packages.Config{Mode: listMode, Tests: cfg.Tests, Dir: cfg.Dir, Env: cfg.Env}
	if cfg.Tags != "" {
		conf.BuildFlags = []string{"-tags=" + cfg.Tags}
	}
	roots, err := packages.Load(conf, patterns...)
	if err != nil {
		return err
	}
	if len(roots) == 0 {
		return ErrNoPackages
	}
	r := &run{
		fset:     token.NewFileSet(),
		analyzer: root,
		order:    AnalyzerOrder(root),
		source:   map[*packages.Package]bool{},
		matched:  map[*packages.Package]bool{},
		exported: map[*packages.Package]*exportState{},
		facts:    map[*packages.Package]factsByAnalyzer{},
		pending:  map[*packages.Package]int{},
	}
	for _, p := range roots {
		r.matched[p] = true
	}
	sourceOrder := r.plan(roots, cfg.Source)

	// Dependencies read from export data are not analysed: their list
	// errors are reported here, their export data errors where imported.
	packages.Visit(roots, nil, func(p *packages.Package) {
		p.Types = placeholder(p)
		if !r.source[p] && len(p.Errors) > 0 {
			each(&Outcome{Package: p, Fset: r.fset, Errors: p.Errors})
		}
	})
	// Type-checking runs a package ahead of the analysis, on another core,
	// as go/packages type-checks packages in parallel: the analysis of a
	// package only reads the complete types of what it imports. One
	// package waiting is enough to keep both busy, and bounds the memory.
	checked := make(chan *packages.Package, 1)
	go func() {
		defer close(checked)
		for _, p := range sourceOrder {
			r.typeCheck(p)
			checked <- p
		}
	}()
	for p := range checked {
		r.exportMu.RLock()
		out := r.analyze(p)
		r.exportMu.RUnlock()
		each(out)
	}
	return nil
}

// ErrNoPackages is Run's error when the patterns match no package.
var ErrNoPackages = errors.New("matched no packages")

// placeholder is the package's types.Package before it is type-checked or
// read: importers and export data refer to it by identity.
func placeholder(p *packages.Package) *types.Package {
	if p.PkgPath == "unsafe" {
		return types.Unsafe
	}
	return types.NewPackage(p.PkgPath, p.Name)
}

// run is the state of one Run.
type run struct {
	fset     *token.FileSet
	analyzer *analysis.Analyzer
	order    []*analysis.Analyzer
	source   map[*packages.Package]bool
	matched  map[*packages.Package]bool

	// exportMu orders the reading of export data, which inserts objects
	// into the scopes of packages other than the one read (those it
	// refers to), against the analysis, which may walk the scopes of any
	// package in sight: the reading holds it, each analysis reads it.
	exportMu sync.RWMutex
	exported map[*packages.Package]*exportState

	// facts holds each analysed package's facts until every source
	// package importing it has inherited them; pending counts those
	// importers still to come.
	facts   map[*packages.Package]factsByAnalyzer
	pending map[*packages.Package]int
}

// plan chooses the source packages, the roots and what they import
// through source packages that source selects, and returns them in
// dependency order (imports first, each list sorted for determinism).
//
// The order follows every import edge, not only those between source
// packages: a package read from export data may import a source package
// (linting std's encoding/... with crypto/...: crypto/x509 imports
// encoding/asn1 through a vendored package), and reading its export data
// fills in the placeholders of what it refers to, so that source package
// must be type-checked first.
func (r *run) plan(roots []*packages.Package, source func(*packages.Package) bool) []*packages.Package {
	sorted := func(pkgs []*packages.Package) []*packages.Package {
		return slices.SortedFunc(slices.Values(pkgs), func(a, b *packages.Package) int { return cmp.Compare(a.ID, b.ID) })
	}
	imports := func(p *packages.Package) []*packages.Package {
		return sorted(slices.Collect(maps.Values(p.Imports)))
	}
	var choose func(p *packages.Package)
	choose = func(p *packages.Package) {
		if r.source[p] {
			return
		}
		r.source[p] = true
		for _, dep := range imports(p) {
			if r.matched[dep] || source != nil && source(dep) && dep.PkgPath != "unsafe" {
				choose(dep)
				r.pending[dep]++
			}
		}
	}
	for _, p := range sorted(roots) {
		choose(p)
	}

	var order []*packages.Package
	visited := map[*packages.Package]bool{}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if visited[p] {
			return
		}
		visited[p] = true
		for _, dep := range imports(p) {
			visit(dep)
		}
		if r.source[p] {
			order = append(order, p)
		}
	}
	for _, p := range sorted(roots) {
		visit(p)
	}
	return order
}
