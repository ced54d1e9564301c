package jwtsign_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/jwtsign"
)

// TestFacts checks the summaries jwtsign exports: the cross-package cases
// of the jwtkey and jwtexp suites rely on them.
func TestFacts(t *testing.T) {
	checktest.NoTypeErrors(t, checktest.RunIn(t, checktest.TestData(), jwtsign.Analyzer, "jwtsign/facts"))
}
