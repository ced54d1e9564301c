package checktest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/internal/srcload"
)

// Load loads the packages matching patterns in the GOPATH-style tree dir
// the way the in-process driver loads a module (srcload): every package
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
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	src := filepath.Join(dir, "src") + string(filepath.Separator)
	underDir := func(p *packages.Package) bool {
		return len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], src)
	}
	pkgs, matched, err := srcload.Load(cfg, patterns, underDir)
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
	srcload.DropExportEdges(pkgs)
	for _, p := range pkgs {
		if matched[p.ID] {
			roots = append(roots, p)
		}
	}
	return roots, pkgs, nil
}
