// Command floor is the performance floor jwtlint is measured against: a
// no-op analyzer with a fact type, run by the same driver as jwtlint, so it
// loads and type-checks the same packages the same way (all of them from
// source, because facts need dependencies' syntax) and does nothing else.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

type noFact struct{}

func (*noFact) AFact() {}

var analyzer = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "a no-op analyzer with a fact type: the cost of loading and type-checking",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(noFact)},
}

func main() { singlechecker.Main(analyzer) }
