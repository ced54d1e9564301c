package jwtlint

import (
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtalg"
	"github.com/jwtlint/jwtlint/analyzers/jwtclaims"
	"github.com/jwtlint/jwtlint/analyzers/jwtexp"
	"github.com/jwtlint/jwtlint/analyzers/jwtheader"
	"github.com/jwtlint/jwtlint/analyzers/jwtkey"
	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/analyzers/jwtverify"
	"github.com/jwtlint/jwtlint/analyzers/sqlstring"
	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/suppress"
)

// Checks are the bundled check analyzers, in reporting order.
var Checks = []*analysis.Analyzer{
	jwtalg.Analyzer,
	jwtverify.Analyzer,
	jwtclaims.Analyzer,
	jwtsql.Analyzer,
	sqlstring.Analyzer,
	jwtheader.Analyzer,
	jwtkey.Analyzer,
	jwtexp.Analyzer,
}

// Docs documents the bundled checks, in the order of Checks.
var Docs = []*checkdoc.Check{
	jwtalg.Check,
	jwtverify.Check,
	jwtclaims.Check,
	jwtsql.Check,
	sqlstring.Check,
	jwtheader.Check,
	jwtkey.Check,
	jwtexp.Check,
}

// precedence: when findings of these checks share a flaw key, the first
// check of each pair wins (one finding per flaw).
var precedence = map[string]int{
	"jwtverify": 0, "jwtclaims": 1,
	"jwtsql": 0, "sqlstring": 1,
}

// Analyzer is jwtlint: every check, configured, suppressed and de-duplicated.
var Analyzer = &analysis.Analyzer{
	Name:             "jwtlint",
	Doc:              doc(),
	URL:              "https://github.com/jwtlint/jwtlint#checks",
	Requires:         append([]*analysis.Analyzer{config.Analyzer, jwtparse.Analyzer}, Checks...),
	Run:              run,
	RunDespiteErrors: true,
}

func init() {
	for _, a := range Checks {
		config.Checks = append(config.Checks, a.Name)
	}
	// Drivers only expose a root analyzer's flags: share the config flags.
	config.Register(&Analyzer.Flags)
}

func doc() string {
	var b strings.Builder
	b.WriteString("find JWT misuse and the SQL injection it leads to\n\n")
	b.WriteString("jwtlint runs these checks (select with -checks; explain one with -explain CHECK):\n")
	for _, d := range Docs {
		b.WriteString("\n  " + d.Name + ": " + d.Title)
	}
	return b.String()
}

// DocOf returns the documentation of a check, or nil.
func DocOf(name string) *checkdoc.Check {
	for _, d := range Docs {
		if d.Name == name {
			return d
		}
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	var all []finding.Finding
	var errs []error
	for _, a := range Checks {
		if !cfg.Enabled(a.Name) {
			continue
		}
		res := pass.ResultOf[a].(*finding.Result)
		all = append(all, res.Findings...)
		for _, err := range finding.Errors(res.Err) {
			if !slices.Contains(errs, err) { // a recogniser's failure is shared by its checks
				errs = append(errs, err)
			}
		}
	}
	all = onePerFlaw(all)

	generated := generatedFiles(pass)
	dirs := suppress.Collect(pass.Fset, pass.Files)
	for _, f := range all {
		if generated[pass.Fset.File(f.Pos)] || !cfg.IncludeTests && inTestFile(pass, f.Pos) || dirs.Suppressed(f.Check, f.Pos) {
			continue
		}
		pass.Report(f.Diagnostic())
	}
	if len(errs) == 0 && len(pass.TypeErrors) == 0 {
		names := config.Checks
		for _, d := range dirs.Problems(names, cfg.Enabled) {
			pass.Report(d)
		}
	}
	if cfg.InventoryRecords {
		reportInventory(pass, cfg, pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result), generated)
	}
	reportInternal(pass, errs)
	return nil, nil
}

// reportInternal reports each internal error as a diagnostic of category
// finding.InternalCategory at the package clause. Returning an error
// instead would make go vet's JSON output (which the binary reads) drop
// every finding of the package; drivers print these as errors, exit 1.
func reportInternal(pass *analysis.Pass, errs []error) {
	var pos token.Pos
	if len(pass.Files) > 0 {
		pos = pass.Files[0].Package
	}
	for _, err := range errs {
		pass.Report(analysis.Diagnostic{Pos: pos, Category: finding.InternalCategory, Message: "jwtlint: " + err.Error()})
	}
}

// onePerFlaw drops exact duplicates and, among findings sharing a flaw key,
// all but the one of the highest-precedence check.
func onePerFlaw(all []finding.Finding) []finding.Finding {
	type dupKey struct {
		check string
		pos   token.Pos
		msg   string
	}
	best := map[string]int{}
	seen := map[dupKey]bool{}
	var out []finding.Finding
	for _, f := range all {
		k := dupKey{f.Check, f.Pos, f.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		if f.Flaw != "" {
			if p, ok := best[f.Flaw]; !ok || precedence[f.Check] < p {
				best[f.Flaw] = precedence[f.Check]
			}
		}
		out = append(out, f)
	}
	kept := out[:0]
	for _, f := range out {
		if f.Flaw == "" || precedence[f.Check] == best[f.Flaw] {
			kept = append(kept, f)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Pos < kept[j].Pos })
	return kept
}

func generatedFiles(pass *analysis.Pass) map[*token.File]bool {
	gen := map[*token.File]bool{}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			gen[pass.Fset.File(f.FileStart)] = true
		}
	}
	return gen
}

// inTestFile reports whether pos is in a _test.go file: test code is not
// what jwtlint guards, and fixtures often decode tokens unverified on
// purpose (-include-tests reports them anyway).
func inTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}
