// Command jwtlint finds JWT misuse and the SQL injection it leads to.
//
//	jwtlint [flags] packages...
//	go vet -vettool=$(command -v jwtlint) [flags] packages...
//
// Without the flags below, jwtlint is a plain go/analysis singlechecker
// (text or -json output, -fix, and the go vet -vettool protocol). These
// flags are jwtlint's own:
//
//	-explain CHECK        print a check's documentation
//	-list-checks          print name, severity, CWE ids and title of every check
//	-sarif FILE           also write SARIF 2.1.0 to FILE ("-" for stdout)
//	-new-from-rev REV     report only findings on lines changed since git revision REV
//	-baseline FILE        do not report findings whose fingerprint is in FILE
//	-write-baseline FILE  write the fingerprints of all findings to FILE and exit 0
//	-inventory[=FORMAT]   print every place that accepts a token, with its policy and
//	                      findings, as a table (text, the default), markdown or json
//
// The last five run jwtlint's own driver (internal/inproc: the module's
// packages analysed one at a time, in one process), which prints the same
// text as singlechecker; singlechecker's other output flags (-json, -fix, -diff,
// -c) cannot be combined with them. Runs without those flags use the same
// driver; -fix alone applies the suggested fixes through the go vet
// backend (JWTLINT_DRIVER=vet selects that backend for every run);
// combined with -diff or -json it is singlechecker's. The SARIF file always holds every
// finding; those hidden by -new-from-rev or -baseline are marked
// baselineState "unchanged", so code scanning does not take them for fixed.
// See docs/ci.md.
//
// Exit status: 0 no findings, 3 findings, 1 error (a package that does not
// load or type-check, such as a directory without Go files or a missing
// package; an internal error; a bad baseline or revision), 2 usage error
// (an unknown flag). As in every x/tools driver the larger status wins
// between package errors and findings, so both together give 3; an
// analysis error gives 1. -write-baseline exits 0 once the file is written,
// unless there were errors.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

// options are jwtlint's own flags, beside the analyzer's and
// singlechecker's.
type options struct {
	explain       string
	listChecks    bool
	sarif         string
	newFromRev    string
	baseline      string
	writeBaseline string
	inventory     inventoryFormat
	dir           string
	test          bool   // singlechecker's -test, honoured by our driver too
	tags          string // singlechecker's -tags, passed on to go vet
	fix           bool   // singlechecker's -fix, done by our driver through go vet
	// analyzerArgs are the analyzer flags given on the command line, to
	// pass on to go vet.
	analyzerArgs []string
}

func (o *options) register(fs *flag.FlagSet) {
	fs.StringVar(&o.explain, "explain", "", "print the documentation of `CHECK` and exit")
	fs.BoolVar(&o.listChecks, "list-checks", false, "print every check (name, severity, CWE ids, title) and exit")
	fs.StringVar(&o.sarif, "sarif", "", "also write the findings as SARIF 2.1.0 to `FILE` (- for stdout)")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines changed since the git revision `REV` (uncommitted changes included)")
	fs.StringVar(&o.baseline, "baseline", "", "do not report findings whose fingerprint is listed in `FILE`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "write the fingerprints of all findings to `FILE` and exit 0")
	fs.Var(&o.inventory, "inventory", "print every place that accepts a token, with its policy and findings, and exit: -inventory or -inventory=text (a table), -inventory=markdown, -inventory=json")
	fs.StringVar(&o.dir, "C", "", "change to `DIR` before doing anything else")
}

// vetBackend reports whether the user asked for the go vet backend
// (JWTLINT_DRIVER=vet) instead of the in-process driver (see driver.go).
func vetBackend() bool { return os.Getenv("JWTLINT_DRIVER") == "vet" }

// ownDriver reports whether a flag needs jwtlint's driver rather than
// singlechecker's.
func (o *options) ownDriver() bool {
	return o.sarif != "" || o.newFromRev != "" || o.baseline != "" || o.writeBaseline != "" || o.inventory != ""
}

// inventoryFormat is the value of -inventory: "" (off), text, markdown or
// json. Given without a value it means text.
type inventoryFormat string

func (f *inventoryFormat) String() string   { return string(*f) }
func (f *inventoryFormat) IsBoolFlag() bool { return true }
func (f *inventoryFormat) Set(v string) error {
	switch v {
	case "true", "text", "":
		*f = "text"
	case "false":
		*f = ""
	case "markdown", "md":
		*f = "markdown"
	case "json":
		*f = "json"
	default:
		return fmt.Errorf("unknown format %q (want text, markdown or json)", v)
	}
	return nil
}

// singlecheckerFlags are the flags singlechecker defines itself (name →
// boolean?). The pre-parse must know them to skip their values; a test
// compares this table with the binary's -flags output.
var singlecheckerFlags = map[string]bool{
	"V": true, "flags": true, "json": true, "fix": true, "diff": true,
	"source": true, "v": true, "all": true,
	"c": false, "debug": false,
	"cpuprofile": false, "memprofile": false, "trace": false,
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("jwtlint: ")

	o := options{test: true}
	args, passed, err := preParse(&o, os.Args[1:])
	if err != nil || !slices.Contains(passed, "flags") {
		// Our flags go on flag.CommandLine too, so that singlechecker's
		// parser accepts them and its -help lists them. They stay out of
		// -flags, go vet's handshake: they make no sense for one package at
		// a time, and go vet then rejects them before running anything.
		// (Bound to a fresh options: registering resets values to defaults,
		// and singlechecker's parse of them is of no further use.)
		new(options).register(flag.CommandLine)
	}
	if err != nil {
		// -help, a bad flag or value: singlechecker prints the usage and
		// exits 0 or 2 as usual.
		singlechecker.Main(jwtlint.Analyzer)
		return
	}
	if o.dir != "" {
		if err := os.Chdir(o.dir); err != nil {
			log.Print(err)
			os.Exit(1)
		}
	}
	vetProtocol := len(args) == 1 && strings.HasSuffix(args[0], ".cfg")
	switch {
	case o.explain != "":
		os.Exit(explain(os.Stdout, o.explain))
	case o.listChecks:
		listChecks(os.Stdout)
		os.Exit(0)
	case o.ownDriver():
		if vetProtocol {
			log.Print("-sarif, -new-from-rev, -baseline, -write-baseline and -inventory need whole packages: run jwtlint itself, not go vet -vettool")
			os.Exit(1)
		}
		if len(passed) > 0 {
			log.Printf("-%s cannot be combined with -sarif, -new-from-rev, -baseline, -write-baseline or -inventory", passed[0])
			os.Exit(2)
		}
		if o.inventory != "" && (o.sarif != "" || o.newFromRev != "" || o.baseline != "" || o.writeBaseline != "") {
			log.Print("-inventory cannot be combined with -sarif, -new-from-rev, -baseline or -write-baseline")
			os.Exit(2)
		}
		if len(args) == 0 {
			log.Print("no packages to analyse (usage: jwtlint [-flag] packages...; see jwtlint -help)")
			os.Exit(1)
		}
		os.Exit(runDriver(&o, args))
	case vetProtocol && skipFactsOnlyRun(args[0]):
		// A dependency that can export no fact: its output is written
		// without analysing it (see skip.go).
		os.Exit(0)
	case vetProtocol:
		// The same inputs as an earlier run: its outputs are replayed;
		// otherwise a child analyses and they are recorded (replay.go).
		if code, ok := replayVetRun(args[0]); ok {
			os.Exit(code)
		}
	case !vetProtocol && len(args) > 0 && (len(passed) == 0 || slices.Equal(passed, []string{"fix"})):
		// The default: findings printed like singlechecker's, computed in
		// process (see driver.go); -fix alone applies the fixes from go
		// vet's JSON (see fix.go).
		o.fix = len(passed) > 0
		os.Exit(runDriver(&o, args))
	}
	// Analyzer flags were already set by preParse; singlechecker parses the
	// same arguments again, which sets the same values.
	singlechecker.Main(jwtlint.Analyzer)
}

// preParse parses the command line once, before singlechecker sees it: our
// flags and the analyzer's are set for real, singlechecker's are only
// skipped. It returns the positional arguments and the singlechecker flags
// that were given.
func preParse(o *options, arguments []string) (args, passed []string, err error) {
	fs := flag.NewFlagSet("jwtlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o.register(fs)
	fs.BoolVar(&o.test, "test", o.test, "")
	fs.StringVar(&o.tags, "tags", "", "")
	// singlechecker exposes the analyzer's flags unprefixed (-checks=...).
	analyzerFlags := map[string]bool{}
	jwtlint.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		fs.Var(f.Value, f.Name, f.Usage)
		analyzerFlags[f.Name] = true
	})
	for name, isBool := range singlecheckerFlags {
		fs.Var(&skipped{name: name, isBool: isBool, seen: &passed}, name, "")
	}
	if err := fs.Parse(arguments); err != nil {
		return nil, nil, err
	}
	fs.Visit(func(f *flag.Flag) {
		if analyzerFlags[f.Name] {
			o.analyzerArgs = append(o.analyzerArgs, "-"+f.Name+"="+f.Value.String())
		}
	})
	return fs.Args(), passed, nil
}

// skipped stands in for a singlechecker flag during the pre-parse.
type skipped struct {
	name   string
	isBool bool
	seen   *[]string
}

func (s *skipped) String() string   { return "" }
func (s *skipped) IsBoolFlag() bool { return s.isBool }
func (s *skipped) Set(string) error {
	*s.seen = append(*s.seen, s.name)
	return nil
}

// explain prints a check's documentation.
func explain(w io.Writer, name string) int {
	d := jwtlint.DocOf(name)
	if d == nil {
		var names []string
		for _, d := range jwtlint.Docs {
			names = append(names, d.Name)
		}
		log.Printf("-explain: unknown check %q (known: %s)", name, strings.Join(names, ", "))
		return 2
	}
	fmt.Fprintf(w, "%s: %s\n\nSeverity: %s. Weaknesses: %s.\n\n%s\nMore: %s\n",
		d.Name, d.Title, d.Severity, strings.Join(d.CWE, ", "), d.Text(), d.URL())
	return 0
}

// listChecks prints one check a line: name, severity, CWE ids, title.
func listChecks(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, d := range jwtlint.Docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.Name, d.Severity, strings.Join(d.CWE, ","), d.Title)
	}
	tw.Flush()
}
