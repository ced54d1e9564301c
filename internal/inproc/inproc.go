// Package inproc is jwtlint's standalone driver: it analyses a module in
// one process, one package at a time.
//
// go/packages in LoadSyntax mode type-checks every package before the
// first analysis starts, so the syntax and type information of the whole
// module are alive at once, and an analysis driver such as
// go/analysis/checker keeps every action's result and pass until the end.
// On a module with large generated packages that set is most of the peak
// memory. Run instead lists the packages with go list (no syntax, no
// types), then walks the packages to analyse in dependency order: parse,
// type-check (one package ahead of the analysis, on another core), run
// the analyzers, hand the outcome to the caller, and drop
// the package's syntax, type information, results and facts as soon as
// nothing later can need them. What stays is each package's *types.Package,
// which its importers are type-checked against.
//
// The packages analysed from source are those the patterns name and the
// packages they import, transitively through source packages, that the
// caller's Source function selects (jwtlint: the main module's, whose
// summaries travel as facts). Every other dependency is read from the
// compiler's export data, on first import, and takes no part in the
// analysis: no pass runs on it and it has no facts.
//
// The passes behave as go/analysis/checker's: Requires order, ResultOf,
// facts inherited from direct imports with checker's filter on the
// objects an importer can see, RunDespiteErrors, and packages ill-typed
// when they or an import have errors. One difference is deliberate: a
// panic that escapes an analyzer is recovered and reported as that
// analyzer's failure on that package; the other packages are analysed.
package inproc

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Config says what to load.
type Config struct {
	// Tags are build tags, as go build's -tags.
	Tags string
	// Tests loads the test variants of the packages too.
	Tests bool
	// Source selects the dependencies analysed from source (for their
	// facts); the packages named by the patterns always are.
	Source func(*packages.Package) bool
	// Dir is the directory go list runs in ("" for the current one), and
	// Env its environment (nil for this process's).
	Dir string
	Env []string
}

// An Outcome is what Run found on one package. By the time it is handed
// over, the package's Syntax and TypesInfo are gone: positions are
// resolved with Fset.
type Outcome struct {
	Package *packages.Package
	Fset    *token.FileSet
	// Matched is set for the packages the patterns name; the others were
	// analysed for their facts only (or, with no Diagnostics, not at all:
	// dependencies with list errors are handed over for their Errors).
	Matched bool
	// Errors are the package's list, parse and type errors.
	Errors []packages.Error
	// Diagnostics are the root analyzer's.
	Diagnostics []analysis.Diagnostic
	// Failures are analyzers that returned an error, panicked or returned
	// a result of the wrong type ("name: error").
	Failures []string
	// Skipped is set when an analyzer did not run because one it requires
	// failed, or because the package is ill-typed and it does not run
	// despite errors.
	Skipped bool
}
