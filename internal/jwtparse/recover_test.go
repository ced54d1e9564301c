package jwtparse_test

import (
	"errors"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

// A panic inside the recogniser (here: a pass without its prerequisite's
// result) is recovered into Result.Err for the package.
func TestRecoversPanic(t *testing.T) {
	pkg := types.NewPackage("example.com/p", "p")
	pkg.SetImports([]*types.Package{types.NewPackage("github.com/golang-jwt/jwt/v5", "jwt")})
	pass := &analysis.Pass{Pkg: pkg, ResultOf: map[*analysis.Analyzer]any{}}
	res, err := jwtparse.Analyzer.Run(pass)
	if err != nil {
		t.Fatalf("Run returned error %v, want it in the result", err)
	}
	var ie *finding.InternalError
	if r := res.(*jwtparse.Result); !errors.As(r.Err, &ie) {
		t.Fatalf("Result.Err = %v, want an internal error", r.Err)
	}
}
