package jwtheader_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtheader"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtheader runs every jwtheader test package in one analysistest run.
func TestJwtheader(t *testing.T) {
	checktest.Run(t, jwtheader.Analyzer, checktest.Suite(t, "jwtheader", "jwtheader/flags")...)
}

// TestUntrustedWithoutToken: -untrusted without "token" leaves token data
// out of the data-flow checks, jwtheader's locations included (its other
// findings stay).
func TestUntrustedWithoutToken(t *testing.T) {
	checktest.SetFlags(t, "untrusted", "remote")
	checktest.Run(t, jwtheader.Analyzer, "jwtheader/flags/untrusted")
}
