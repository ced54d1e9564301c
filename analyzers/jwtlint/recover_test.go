package jwtlint_test

import (
	"errors"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
)

// An internal error of one check surfaces as the bundle's error for the
// package (exit status 1 in the drivers), not as a crash.
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
	pass := &analysis.Pass{
		Pkg: types.NewPackage("example.com/p", "p"), Fset: token.NewFileSet(),
		ResultOf: results, Report: func(analysis.Diagnostic) {},
	}
	_, err = jwtlint.Analyzer.Run(pass)
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "internal error in check") {
		t.Fatalf("bundle error = %v, want the check's internal error", err)
	}
}
