package jwtalg_test

import (
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtalg"
	"github.com/jwtlint/jwtlint/internal/checktest"
)

func TestBasic(t *testing.T) {
	checktest.Run(t, jwtalg.Analyzer, "jwtalg/basic")
}
