package main

import (
	"context"
	"errors"
	"fmt"
	"go/token"
	"io"
	"log"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/gate"
	"github.com/jwtlint/jwtlint/internal/inproc"
	"github.com/jwtlint/jwtlint/internal/inventory"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/sarif"
)

// runDriver analyses the packages like singlechecker does, then applies
// the gates and writes the outputs. It returns the exit status.
func runDriver(o *options, patterns []string) int {
	wd, err := os.Getwd()
	if err != nil {
		log.Print(err)
		return 1
	}
	// Read the gates first: a bad baseline or revision fails in a moment,
	// not after the analysis.
	var baseline gate.Baseline
	if o.baseline != "" {
		if baseline, err = gate.ReadBaseline(o.baseline); err != nil {
			log.Print(err)
			return 1
		}
	}
	var changes *gate.Changes
	if o.newFromRev != "" {
		if changes, err = gate.ChangedSince(context.Background(), o.newFromRev); err != nil {
			log.Print(err)
			return 1
		}
	}

	root := gate.Root(wd)
	var errs errorLog
	var findings []gate.Finding
	var fixes []jsonFix
	var pkgErrors, analysisErrors bool
	var inv *inventory.Collector
	if o.inventory != "" {
		// The bundle reports the places that accept a token as records.
		inv = new(inventory.Collector)
		if err := jwtlint.Analyzer.Flags.Set("inventory-records", "true"); err != nil {
			log.Print(err)
			return 1
		}
		o.analyzerArgs = append(o.analyzerArgs, "-inventory-records=true")
	}
	if !o.fix && !vetBackend() {
		findings, pkgErrors, analysisErrors, err = analyzeInProcess(o, patterns, root, errs.add, inv)
	} else {
		var out *vetOutcome
		if out, err = analyzeVet(o, patterns, root, errs.add, inv); err == nil {
			findings, fixes, pkgErrors, analysisErrors = out.findings, out.fixes, out.pkgErrors, out.analysisErrors
		}
	}
	if err != nil {
		log.Print(err)
		return 1
	}
	if o.fix {
		// As singlechecker's -fix: the fixes are applied, the findings
		// not printed, and findings alone are no failure.
		if _, _, err := applyFixes(fixes); err != nil {
			errs.add(err.Error())
			return 1
		}
		return exitStatus(pkgErrors, analysisErrors, false, 0)
	}
	gate.Sort(findings)
	if inv != nil {
		return writeInventory(string(o.inventory), inv, findings, wd, pkgErrors, analysisErrors)
	}
	src := &gate.Source{}
	gate.Fingerprints(findings, src)

	wroteBaseline, writeFailed := false, false
	if o.writeBaseline != "" {
		// Every finding, whatever -baseline and -new-from-rev say: writing
		// over the file in use refreshes it.
		if err := os.WriteFile(o.writeBaseline, gate.WriteBaseline(findings), 0o666); err != nil {
			errs.add(err.Error())
			writeFailed = true
		} else {
			wroteBaseline = true
			log.Printf("wrote %d findings to %s", len(findings), o.writeBaseline)
		}
	}
	if baseline != nil {
		if n := baseline.Apply(findings); n > 0 {
			// Not an error: the run may cover only part of the repository.
			log.Printf("%d entries of %s match no finding of this run (fixed?); refresh it with -write-baseline", n, o.baseline)
		}
	}
	if changes != nil {
		changes.Apply(wd, findings)
	}

	reported := 0
	for _, f := range findings {
		if !f.Filtered {
			reported++
			if !wroteBaseline {
				printText(os.Stderr, f)
			}
		}
	}

	if o.sarif != "" {
		run := sarif.Run{
			Version:        version(),
			InformationURI: "https://github.com/jwtlint/jwtlint",
			Checks:         jwtlint.Docs,
			Findings:       findings,
			Root:           root,
			WorkDir:        wd,
			Errors:         errs.msgs,
			Compared:       o.baseline != "" || o.newFromRev != "",
			Source:         src,
		}
		if err := writeSARIF(o.sarif, run); err != nil {
			log.Print(err)
			return 1
		}
	}
	return exitStatus(pkgErrors, analysisErrors || writeFailed, wroteBaseline, reported)
}

// analyzeInProcess analyses the packages in this process (internal/inproc).
// This is the standalone default: go vet's backend runs one process per
// package and variant, dependencies included, which on a service with a
// few hundred dependencies costs more than the analysis.
//
// The packages of the modules being linted (the main module's) are
// analysed from source, the patterns' and every one they import, so that
// summaries cross packages as facts; every other dependency is read from
// the compiler's export data and takes no part in the fact graph (the
// engine summarises no versioned dependency, standard package or modelled
// library: see flow.relevant). Test variants are loaded only when findings
// in _test.go files are reported (-include-tests): otherwise they repeat
// the package's findings and add only hidden ones.
func analyzeInProcess(o *options, patterns []string, root string, report func(string), inv *inventory.Collector) (findings []gate.Finding, pkgErrors, analysisErrors bool, err error) {
	if os.Getenv("GOGC") == "" {
		// The live heap is the types of the module and of its imports,
		// plus one package's syntax and analysis. Collecting at +50%
		// rather than Go's +100% costs ~15% more CPU and keeps the peak
		// under gosec's (sqlc: 178 MB instead of 221, gosec 199-218).
		debug.SetGCPercent(50)
	}
	cfg := inproc.Config{Tags: o.tags, Tests: o.test && includeTests(), Source: ownPackage}
	var c collector
	err = inproc.Run(cfg, patterns, jwtlint.Analyzer, func(out *inproc.Outcome) {
		for _, e := range out.Errors {
			pkgErrors = true
			report(e.Error())
		}
		for _, msg := range out.Failures {
			analysisErrors = true
			report(msg)
		}
		if out.Skipped && len(out.Errors) == 0 {
			analysisErrors = true
		}
		if out.Matched && c.add(out, root, report, inv) {
			analysisErrors = true
		}
	})
	if err != nil {
		if errors.Is(err, inproc.ErrNoPackages) {
			err = fmt.Errorf("%s %v", strings.Join(patterns, " "), err)
		}
		return nil, false, false, err
	}
	return c.findings, pkgErrors, analysisErrors, nil
}

// ownPackage reports whether a package belongs to the main module (in
// GOPATH mode: lies outside the standard library): such dependencies are
// analysed from source, for the summaries they export.
func ownPackage(p *packages.Package) bool {
	return p.Module != nil && p.Module.Main || p.Module == nil && !libmodel.IsStdPath(p.PkgPath)
}

// includeTests reports whether -include-tests was given.
func includeTests() bool {
	f := jwtlint.Analyzer.Flags.Lookup("include-tests")
	return f != nil && f.Value.String() == "true"
}

// errorLog prints errors as they are found, like singlechecker, and keeps
// them for the SARIF invocation. A package and its test variant share
// files, so an identical message is printed once.
type errorLog struct {
	msgs []string
	seen map[string]bool
}

func (l *errorLog) add(msg string) {
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	if !l.seen[msg] {
		l.seen[msg] = true
		l.msgs = append(l.msgs, msg)
		fmt.Fprintln(os.Stderr, msg)
	}
}

// exitStatus follows singlechecker (x/tools' internal checker): package
// errors give 1, analysis errors 1, findings 3, and the larger wins, so a
// package that does not type-check next to one with findings gives 3,
// while an analysis error always gives 1.
func exitStatus(pkgErrors, analysisErrors, wroteBaseline bool, reported int) int {
	code := 0
	if pkgErrors {
		code = 1
	}
	switch {
	case analysisErrors:
		return 1
	case wroteBaseline:
		return code
	case reported > 0:
		return 3
	}
	return code
}

// collector gathers the bundle's diagnostics on the packages reported,
// de-duplicated like the text printer (a package and its test variant
// repeat files).
type collector struct {
	findings []gate.Finding
	seen     map[findingKey]bool
}

type findingKey struct {
	pos, end token.Position
	msg      string
}

// add collects one package's diagnostics; failed is set when one is an
// internal error or an inventory record cannot be read.
func (c *collector) add(out *inproc.Outcome, root string, report func(string), inv *inventory.Collector) (failed bool) {
	if c.seen == nil {
		c.seen = map[findingKey]bool{}
	}
	fset := out.Fset
	for _, d := range out.Diagnostics {
		pos, end := fset.Position(d.Pos), fset.Position(d.End)
		if d.Category == finding.InternalCategory {
			report(pos.String() + ": " + d.Message)
			failed = true
			continue
		}
		if d.Category == inventory.Category {
			if err := addRecord(inv, d.Message); err != nil {
				report(err.Error())
				failed = true
			}
			continue
		}
		k := findingKey{pos, end, d.Message}
		if c.seen[k] {
			continue
		}
		c.seen[k] = true
		check := d.Category
		if check == "" {
			check = jwtlint.Analyzer.Name
		}
		f := gate.Finding{Check: check, Message: d.Message, Pos: pos, End: end, Path: gate.Rel(root, pos.Filename)}
		for _, r := range d.Related {
			rp := fset.Position(r.Pos)
			f.Related = append(f.Related, gate.Related{Pos: rp, End: fset.Position(r.End), Path: gate.Rel(root, rp.Filename), Message: r.Message})
		}
		c.findings = append(c.findings, f)
	}
	return failed
}

// addRecord adds an inventory record to inv (records reported although no
// inventory was asked for are dropped).
func addRecord(inv *inventory.Collector, msg string) error {
	if inv == nil {
		return nil
	}
	return inv.Add(msg)
}

// writeInventory attaches the findings to the inventory's records and
// writes it to stdout. The exit status is 0, or 1 when a package or the
// analysis failed (the inventory may then miss places): the inventory is
// a report, not a gate on findings.
func writeInventory(format string, inv *inventory.Collector, findings []gate.Finding, wd string, pkgErrors, analysisErrors bool) int {
	inv.Attach(findings)
	if err := inventory.Write(os.Stdout, format, inv.Records(wd)); err != nil {
		log.Print(err)
		return 1
	}
	if pkgErrors || analysisErrors {
		return 1
	}
	return 0
}

// printText prints a finding as singlechecker does.
func printText(w io.Writer, f gate.Finding) {
	fmt.Fprintf(w, "%s: %s\n", f.Pos, f.Message)
	for _, r := range f.Related {
		fmt.Fprintf(w, "%s: \t%s\n", r.Pos, r.Message)
	}
}

func writeSARIF(name string, run sarif.Run) error {
	if name == "-" {
		return sarif.Write(os.Stdout, run)
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := sarif.Write(f, run); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// version is the module version jwtlint was built at ("go install
// ...@v1.2.3"), or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
