// Package srcload loads packages the way jwtlint analyses them in one
// process: the packages named and the packages of the code being linted
// from source, every other dependency (the standard library, versioned
// modules) from the compiler's export data. The checks summarise no
// versioned dependency and no standard package, so their syntax would buy
// nothing; loading them from source was most of the cost.
package srcload

import (
	"maps"
	"slices"

	"golang.org/x/tools/go/packages"
)

// Load loads the packages matching patterns with cfg, whose mode must ask
// for syntax but not for NeedDeps. The packages own accepts among their
// dependencies are loaded again as roots, so that they are type-checked
// from source and their importers see those types. It returns every root
// loaded, and the IDs of those the patterns matched.
func Load(cfg *packages.Config, patterns []string, own func(*packages.Package) bool) (pkgs []*packages.Package, matched map[string]bool, err error) {
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

// DropExportEdges removes the import edges to packages read from export
// data: only packages with syntax exchange facts, so the checker must
// create no action for the others.
func DropExportEdges(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		maps.DeleteFunc(p.Imports, func(_ string, dep *packages.Package) bool {
			return dep.Syntax == nil && dep.Types != nil && dep.Types.Complete()
		})
	})
}
