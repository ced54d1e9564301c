package jwtexp_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtexp"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtexp runs every jwtexp test package that needs no flags in one
// analysistest run.
func TestJwtexp(t *testing.T) {
	checktest.Run(t, jwtexp.Analyzer, checktest.Suite(t, "jwtexp", "jwtexp/maxlifetime")...)
}

// TestMaxLifetime sets a process-wide flag: it must not run in parallel.
func TestMaxLifetime(t *testing.T) {
	checktest.SetFlags(t, "max-lifetime", "168h")
	checktest.Run(t, jwtexp.Analyzer, "jwtexp/maxlifetime")
}
