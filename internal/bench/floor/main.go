// Command floor is the performance floor jwtlint is measured against: a
// no-op analyzer with a fact type, loaded and run the way jwtlint's
// default driver does it (internal/inproc, as cmd/jwtlint/driver.go calls
// it): the module's packages from source, other dependencies from export
// data, no test variants, one package at a time. It costs what listing,
// parsing and type-checking cost, and nothing else.
//
// With FLOOR_DRIVER=singlechecker the same analyzer runs under
// singlechecker, as any go/analysis tool with facts does: every package,
// dependencies included, loaded from source. That was the floor when
// jwtlint's speed targets were set (.ci/bench.sh reports both).
package main

import (
	"log"
	"os"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/internal/inproc"
)

type noFact struct{}

func (*noFact) AFact() {}

var analyzer = &analysis.Analyzer{
	Name:             "floor",
	Doc:              "a no-op analyzer with a fact type: the cost of loading and type-checking",
	Run:              func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes:        []analysis.Fact{new(noFact)},
	RunDespiteErrors: true,
}

func main() {
	if os.Getenv("FLOOR_DRIVER") == "singlechecker" {
		singlechecker.Main(analyzer)
		return
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50) // as jwtlint's driver
	}
	own := func(p *packages.Package) bool { return p.Module != nil && p.Module.Main }
	err := inproc.Run(inproc.Config{Source: own}, os.Args[1:], analyzer, func(*inproc.Outcome) {})
	if err != nil {
		log.Fatal(err)
	}
}
