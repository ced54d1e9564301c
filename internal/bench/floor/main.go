// Command floor is the performance floor jwtlint is measured against: a
// no-op analyzer with a fact type, loaded and run the way jwtlint's
// default driver does it (cmd/jwtlint/driver.go): the module's packages
// from source, other dependencies from export data, no test variants, one
// package at a time. It costs what loading and type-checking cost, and
// nothing else.
package main

import (
	"log"
	"os"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

type noFact struct{}

func (*noFact) AFact() {}

var analyzer = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "a no-op analyzer with a fact type: the cost of loading and type-checking",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(noFact)},
}

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(40) // as jwtlint's driver
	}
	conf := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule}
	pkgs, err := packages.Load(conf, os.Args[1:]...)
	if err != nil {
		log.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for path, dep := range p.Imports {
			if dep.Syntax == nil {
				delete(p.Imports, path)
			}
		}
	})
	if _, err := checker.Analyze([]*analysis.Analyzer{analyzer}, pkgs, &checker.Options{Sequential: true}); err != nil {
		log.Fatal(err)
	}
}
