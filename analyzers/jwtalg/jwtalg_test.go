package jwtalg_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtalg"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

func TestBasic(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/basic")
}

func TestKeyfuncs(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/keyfuncs")
}

func TestCrossPackage(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/crosspkg")
}

func TestOptions(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/options")
}

func TestParserFields(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/parserfields")
}

func TestV4(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/v4")
}

func TestV3Line(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/v3line")
}

func TestRequest(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/request")
}

func TestNone(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/none")
}

func TestMixed(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/mixed")
}

func TestSuggestedFix(t *testing.T) {
	checktest.RunWithSuggestedFixes(t, jwtalg.Analyzer, "jwtalg/fix")
}
