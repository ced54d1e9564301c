package jwtparse_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

// TestFacts checks the summaries jwtparse exports for key functions, their
// constructors, option helpers, parser constructors and claim-checking
// helpers, parse wrappers, verifiers, error helpers and unverified-decode
// wrappers: the cross-package cases of the check suites rely on them.
func TestFacts(t *testing.T) {
	checktest.RunIn(t, checktest.TestData(), jwtparse.Analyzer, "jwtalg/keys", "jwtclaims/claimcheck", "jwtverify/wrappers/authn", "jwtverify/helpers/authz")
}
