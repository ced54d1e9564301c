package jwtlint_test

import (
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
)

// An internal error of one check surfaces as one diagnostic of the
// internal-error category (drivers print it as an error, exit status 1),
// not as a crash, and not as the bundle's error, which would hide the
// package's findings in go vet's JSON output.
func TestInternalErrorSurfaces(t *testing.T) {
	cfg, err := config.Parse(config.Flags{})
	if err != nil {
		t.Fatal(err)
	}
	results := map[*analysis.Analyzer]any{}
	for _, a := range jwtlint.Checks {
		results[a] = &finding.Result{}
	}
	boom := &finding.InternalError{Check: jwtlint.Checks[0].Name, Pkg: "example.com/p", Value: "boom"}
	results[jwtlint.Checks[0]] = &finding.Result{Err: boom}
	results[config.Analyzer] = cfg
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Pkg: types.NewPackage("example.com/p", "p"), Fset: token.NewFileSet(),
		ResultOf: results, Report: func(d analysis.Diagnostic) { diags = append(diags, d) },
	}
	if _, err = jwtlint.Analyzer.Run(pass); err != nil {
		t.Fatalf("bundle error = %v, want none", err)
	}
	if len(diags) != 1 || diags[0].Category != finding.InternalCategory || !strings.Contains(diags[0].Message, boom.Error()) {
		t.Fatalf("diagnostics = %v, want one internal error carrying %q", diags, boom)
	}
}
