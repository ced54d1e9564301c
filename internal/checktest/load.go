package checktest

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Load loads the packages matching patterns in the GOPATH-style tree dir
// the way go/packages would for the in-process driver (internal/inproc
// type-checks the same packages, one at a time): every package
// whose files lie under dir (the test packages and the library stubs) from
// source, the standard library from the compiler's export data.
// analysistest loads the standard library from source for every run
// (net/http alone is most of a run's two to three seconds).
//
// It returns the root packages (those the patterns match, test variants
// included, as analysistest loads them) and the packages to analyse: the
// roots and every package under dir they import, with the import edges to
// export-data packages removed so that the checker creates no action for
// them.
func Load(dir string, patterns []string) (roots, analysed []*packages.Package, err error) {
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Dir:   dir,
		Tests: true,
		Env:   GopathEnv(dir),
	}
	pkgs, matched, err := loadSource(cfg, patterns, UnderDir(dir))
	if err != nil {
		return nil, nil, err
	}
	if len(matched) == 0 {
		return nil, nil, fmt.Errorf("no packages matched %s", patterns)
	}
	for _, p := range pkgs {
		if matched[p.ID] && p.Name == "" {
			return nil, nil, fmt.Errorf("failed to load %q: Errors=%v", p.PkgPath, p.Errors)
		}
	}
	dropExportEdges(pkgs)
	for _, p := range pkgs {
		if matched[p.ID] {
			roots = append(roots, p)
		}
	}
	return roots, pkgs, nil
}

// loadSource loads the packages matching patterns with cfg, whose mode must ask
// for syntax but not for NeedDeps. The packages own accepts among their
// dependencies are loaded again as roots, so that they are type-checked
// from source and their importers see those types. It returns every root
// loaded, and the IDs of those the patterns matched.
func loadSource(cfg *packages.Config, patterns []string, own func(*packages.Package) bool) (pkgs []*packages.Package, matched map[string]bool, err error) {
	if pkgs, err = packages.Load(cfg, patterns...); err != nil {
		return nil, nil, err
	}
	matched = map[string]bool{}
	for _, p := range pkgs {
		matched[p.ID] = true
	}
	var extra []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Syntax == nil && own(p) {
			extra = append(extra, p.PkgPath)
		}
	})
	if len(extra) > 0 {
		slices.Sort(extra)
		if pkgs, err = packages.Load(cfg, append(slices.Clone(patterns), slices.Compact(extra)...)...); err != nil {
			return nil, nil, err
		}
	}
	return pkgs, matched, nil
}

// dropExportEdges removes the import edges to packages read from export
// data: only packages with syntax exchange facts, so the checker must
// create no action for the others.
func dropExportEdges(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		maps.DeleteFunc(p.Imports, func(_ string, dep *packages.Package) bool {
			return dep.Syntax == nil && dep.Types != nil && dep.Types.Complete()
		})
	})
}

// GopathEnv is the environment in which go list reads the tree dir as a
// GOPATH (testdata's layout: dir/src/<import path>).
func GopathEnv(dir string) []string {
	return append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off")
}

// UnderDir reports whether a package's files lie under dir/src: the test
// packages and the library stubs, which are analysed from source.
func UnderDir(dir string) func(*packages.Package) bool {
	src := filepath.Join(dir, "src") + string(filepath.Separator)
	return func(p *packages.Package) bool {
		return len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], src)
	}
}
