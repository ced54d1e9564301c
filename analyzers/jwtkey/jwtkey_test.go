package jwtkey_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtkey"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtkey runs every jwtkey test package in one analysistest run.
func TestJwtkey(t *testing.T) {
	checktest.Run(t, jwtkey.Analyzer, checktest.Suite(t, "jwtkey", "jwtkey/testsincluded")...)
}

// TestIncludeTests: with -include-tests, keys only tests sign with are
// reported (jwtkey/testonly is the same code without the flag).
func TestIncludeTests(t *testing.T) {
	checktest.SetFlags(t, "include-tests", "true")
	checktest.Run(t, jwtkey.Analyzer, "jwtkey/testsincluded")
}
