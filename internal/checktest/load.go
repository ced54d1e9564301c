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
// the way the in-process driver loads a module: every package whose files
// lie under dir (the test packages and the library stubs) from source, the
// standard library from the compiler's export data. analysistest loads the
// standard library from source for every run (net/http alone is most of a
// run's two to three seconds); the checks summarise no standard package, so
// its syntax would buy nothing.
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
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("no packages matched %s", patterns)
	}
	for _, p := range pkgs {
		if p.Name == "" {
			return nil, nil, fmt.Errorf("failed to load %q: Errors=%v", p.PkgPath, p.Errors)
		}
	}
	wanted := map[string]bool{}
	for _, p := range pkgs {
		wanted[p.ID] = true
	}
	if extra := underDirWithoutSyntax(dir, pkgs); len(extra) > 0 {
		// Roots are type-checked from source, and their importers then
		// see those types: load again with them as roots.
		if pkgs, err = packages.Load(cfg, append(slices.Clone(patterns), extra...)...); err != nil {
			return nil, nil, err
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		maps.DeleteFunc(p.Imports, func(_ string, dep *packages.Package) bool {
			return dep.Syntax == nil && dep.Types != nil && dep.Types.Complete()
		})
	})
	for _, p := range pkgs {
		if wanted[p.ID] {
			roots = append(roots, p)
		}
	}
	return roots, pkgs, nil
}

// underDirWithoutSyntax lists the import paths of the packages below dir/src
// that pkgs import but that were read from export data.
func underDirWithoutSyntax(dir string, pkgs []*packages.Package) []string {
	src := filepath.Join(dir, "src") + string(filepath.Separator)
	var extra []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Syntax == nil && len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], src) {
			extra = append(extra, p.PkgPath)
		}
	})
	slices.Sort(extra)
	return slices.Compact(extra)
}
