package jwtheader_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtheader"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtheader runs every jwtheader test package in one analysistest run.
func TestJwtheader(t *testing.T) {
	checktest.Run(t, jwtheader.Analyzer, checktest.Suite(t, "jwtheader")...)
}
