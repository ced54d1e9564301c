package jwtclaims_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtclaims"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtclaims runs every jwtclaims test package that needs no flags in
// one analysistest run.
func TestJwtclaims(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, checktest.Suite(t, "jwtclaims", "jwtclaims/strict", "jwtclaims/strictnbf")...)
}

// TestRequireClaims sets a process-wide flag: it must not run in parallel.
func TestRequireClaims(t *testing.T) {
	checktest.SetFlags(t, "require-claims", "aud,iss,exp")
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/strict")
}

// TestRequireNbfSub: -require-claims=nbf,sub, with the option each needs
// named in the remedy.
func TestRequireNbfSub(t *testing.T) {
	checktest.SetFlags(t, "require-claims", "nbf,sub")
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/strictnbf")
}
