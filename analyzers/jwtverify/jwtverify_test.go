package jwtverify_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtverify"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

// TestJwtverify runs every jwtverify test package in one analysistest run.
func TestJwtverify(t *testing.T) {
	checktest.Run(t, jwtverify.Analyzer, checktest.Suite(t, "jwtverify")...)
}
