package jwtalg_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtalg"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtalg runs every jwtalg test package in one analysistest run, and
// compares the suggested fixes of the files that have a .golden twin.
func TestJwtalg(t *testing.T) {
	checktest.RunWithSuggestedFixes(t, jwtalg.Analyzer, checktest.Suite(t, "jwtalg")...)
}
