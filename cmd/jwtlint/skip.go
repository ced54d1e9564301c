package main

// Under go vet, jwtlint runs once for every package of the import graph:
// the packages named on the command line, and every dependency, standard
// library included, in "facts-only" mode (VetxOnly), so that dependents
// can read the facts the analyzers export. unitchecker answers each such
// run by type-checking the package from source, function bodies and all,
// and running the analyzers; on a service with a large dependency graph
// these runs are most of jwtlint's time and its largest processes (the
// C-to-Go translation of SQLite alone takes ~340 MB).
//
// Most of those runs cannot produce a fact: the recognisers only look at
// code that imports a modelled library, or whose imports exported facts
// (internal/jwtparse and internal/flow, relevant). For them the run's
// whole output is the package's types, which dependents type-check
// against, and an empty fact set. skipFactsOnlyRun writes that output
// itself, from a type-check of the declarations alone, before unitchecker
// loads anything.
//
// The output is byte for byte what unitchecker writes for a package
// without facts (see vetx.go); TestSkipUnderGoVet compares the two for
// every package of a module, and the findings.

import (
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"path/filepath"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// Environment variables of the skip, for tests and for debugging.
const (
	// skipTraceEnv names a file to which every skipped run appends the
	// package's import path, one per line.
	skipTraceEnv = "JWTLINT_SKIP_TRACE"
	// noSkipEnv set to 1 turns the skip off: every run is analysed.
	noSkipEnv = "JWTLINT_NO_SKIP"
)

// A vetUnit is go vet's description of one package to analyse (the JSON
// .cfg file: cmd/go's vetConfig, read by x/tools' unitchecker.Config),
// reduced to what the skip decides on and what it needs to write the
// output.
type vetUnit struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	GoVersion  string
	// ModulePath and ModuleVersion name the package's module; the version
	// is empty for the main module (and the standard library, which has
	// no module).
	ModulePath    string
	ModuleVersion string
	// Module replaces the two fields above in cmd/go from go1.27 on.
	Module *struct{ Path, Version string }
	// ImportMap maps the import paths of the source to package paths.
	ImportMap map[string]string
	// PackageVetx maps each direct import's package path to the output of
	// its own run: its types and facts.
	PackageVetx map[string]string
	VetxOnly    bool
	VetxOutput  string
	Stdout      string
	// FixArchive is set when go vet -fix asks for the fixes (replay.go
	// leaves such runs alone).
	FixArchive string
}

func readVetUnit(name string) (*vetUnit, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	u := new(vetUnit)
	if err := json.Unmarshal(data, u); err != nil {
		return nil, fmt.Errorf("decoding %s: %v", name, err)
	}
	return u, nil
}

// versionedDependency reports whether the package comes from a required
// module at a version: not code being linted.
func (u *vetUnit) versionedDependency() bool {
	if u.Module != nil {
		return u.Module.Version != ""
	}
	return u.ModuleVersion != ""
}

// standard reports whether the package is in the standard library of the
// Go installation at goroot: it has no module and its directory is its
// import path under goroot/src (vendored packages of the standard library
// included).
func (u *vetUnit) standard(goroot string) bool {
	if goroot == "" || u.ModulePath != "" || u.Module != nil {
		return false
	}
	return filepath.Clean(u.Dir) == filepath.Join(goroot, "src", filepath.FromSlash(u.ImportPath))
}

// canSkipFactsOnly reports whether go vet's facts-only run of the package
// u describes can be answered with its types and no facts, without
// analysing it. All of these must hold:
//
//   - go vet asks for facts only (VetxOnly): diagnostics of a package
//     named on the command line always come from the analysis;
//   - the package is in the standard library or in a dependency at a
//     version, never in the modules being linted, whose summaries stay
//     those the analysis computes;
//   - it imports no package that jwtlint models (libmodel.Modelled) nor
//     one named by -sinks, -sources or -sanitizers (named): code without
//     such an import has no parse site, no token source and no sink of
//     its own;
//   - none of its imports exported facts (exportsFacts of its output):
//     a package above one that did may summarise calls into it, and the
//     facts it re-exports (about fields, methods and types of its
//     dependencies) must reach its own dependents.
//
// Under these conditions the recognisers find the package irrelevant and
// export nothing, so the output of the analysis is known in advance.
func canSkipFactsOnly(u *vetUnit, goroot string, named func(importPath string) bool, exportsFacts func(vetxFile string) bool) bool {
	if !u.VetxOnly || u.VetxOutput == "" || len(u.GoFiles) == 0 {
		return false
	}
	if !u.versionedDependency() && !u.standard(goroot) {
		return false
	}
	for src, pkg := range u.ImportMap {
		if named(src) || named(pkg) {
			return false
		}
	}
	for _, file := range u.PackageVetx {
		if exportsFacts(file) {
			return false
		}
	}
	return true
}

// skipFactsOnlyRun answers the go vet run described by cfgFile without
// analysing the package, when canSkipFactsOnly allows it. It reports
// whether it did; if not (or if anything fails), the caller runs the
// analysis as usual, which reports any error.
func skipFactsOnlyRun(cfgFile string) bool {
	if os.Getenv(noSkipEnv) == "1" {
		return false
	}
	u, err := readVetUnit(cfgFile)
	if err != nil {
		return false
	}
	named, err := userNamed()
	if err != nil {
		return false
	}
	isNamed := func(path string) bool { return libmodel.Modelled(path) || named[path] }
	if !canSkipFactsOnly(u, build.Default.GOROOT, isNamed, vetxHasFacts) {
		return false
	}
	if err := writeFactless(u); err != nil {
		return false
	}
	trace(os.Getenv(skipTraceEnv), u.ImportPath)
	return true
}

// trace appends the import path to the file, if one is named (the skip's
// and the replay's traces, for tests and debugging).
func trace(file, importPath string) {
	if file == "" {
		return
	}
	if f, err := os.OpenFile(file, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666); err == nil {
		fmt.Fprintln(f, importPath)
		f.Close()
	}
}

// userNamed returns the packages of the functions named by -sinks,
// -sources and -sanitizers (already set on the command line).
func userNamed() (map[string]bool, error) {
	flagValue := func(name string) string {
		if f := jwtlint.Analyzer.Flags.Lookup(name); f != nil {
			return f.Value.String()
		}
		return ""
	}
	cfg, err := config.Parse(config.Flags{
		Sinks:      flagValue("sinks"),
		Sources:    flagValue("sources"),
		Sanitizers: flagValue("sanitizers"),
	})
	if err != nil {
		return nil, err
	}
	named := map[string]bool{}
	for _, refs := range [][]config.FuncRef{cfg.Sinks, cfg.Sources, cfg.Sanitizers} {
		for _, r := range refs {
			named[r.Pkg] = true
		}
	}
	return named, nil
}
