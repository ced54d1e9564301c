package jwtclaims_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtclaims"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

func TestExternal(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/external")
}

func TestOptions(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/options")
}

func TestManual(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/manual")
}

func TestValidate(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/validate")
}

func TestHMAC(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/hmac")
}

func TestDgrijalva(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/dgrijalva")
}

// TestRequireClaims sets a process-wide flag: it must not run in parallel.
func TestRequireClaims(t *testing.T) {
	if err := config.Set("require-claims", "aud,iss,exp"); err != nil {
		t.Fatal(err)
	}
	defer config.Reset()
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/strict")
}

func TestHelpers(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/helpers")
}

func TestPrechecks(t *testing.T) {
	checktest.Run(t, jwtclaims.Analyzer, "jwtclaims/prechecks")
}
