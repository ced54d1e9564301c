package jwtsign_test

import (
	"errors"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtsign"
)

// A panic inside the recogniser (here: a pass without its prerequisite's
// result) is recovered into Result.Err for the package.
func TestRecoversPanic(t *testing.T) {
	pass := &analysis.Pass{Pkg: types.NewPackage("example.com/p", "p"), ResultOf: map[*analysis.Analyzer]any{}}
	res, err := jwtsign.Analyzer.Run(pass)
	if err != nil {
		t.Fatalf("Run returned error %v, want it in the result", err)
	}
	var ie *finding.InternalError
	if r := res.(*jwtsign.Result); !errors.As(r.Err, &ie) {
		t.Fatalf("Result.Err = %v, want an internal error", r.Err)
	}
}
