package jwtclaims_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtclaims"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

// TestJwtclaims runs every jwtclaims test package that needs no flags in
// one analysistest run.
func TestJwtclaims(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, checktest.Suite(t, "jwtclaims", "jwtclaims/strict", "jwtclaims/strictnbf")...)
}

// TestRequireClaims sets a process-wide flag: it must not run in parallel.
func TestRequireClaims(t *testing.T) {
	if err := config.Set("require-claims", "aud,iss,exp"); err != nil {
		t.Fatal(err)
	}
	defer config.Reset()
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/strict")
}

// TestRequireNbfSub: -require-claims=nbf,sub, with the option each needs
// named in the remedy.
func TestRequireNbfSub(t *testing.T) {
	if err := config.Set("require-claims", "nbf,sub"); err != nil {
		t.Fatal(err)
	}
	defer config.Reset()
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/strictnbf")
}
