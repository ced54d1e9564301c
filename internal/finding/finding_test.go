package finding_test

import (
	"errors"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/finding"
)

// A panic inside a check becomes the package's Result.Err, with the check,
// the package and our stack frames in the message: never a driver crash.
func TestRunRecoversPanic(t *testing.T) {
	pass := &analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")}
	res, err := finding.Run("jwtalg", pass, func(c *finding.Collector) error {
		c.Reportf(1, 2, "kept before the panic")
		var m map[string]int
		//lint:ignore SA5000 the panic is the point of the test
		m["boom"]++ // nil map write: a runtime panic
		return nil
	})
	if err != nil {
		t.Fatalf("Run returned error %v, want a result carrying it", err)
	}
	r := res.(*finding.Result)
	var ie *finding.InternalError
	if !errors.As(r.Err, &ie) {
		t.Fatalf("Result.Err = %v, want an *InternalError", r.Err)
	}
	msg := r.Err.Error()
	for _, want := range []string{"internal error in check jwtalg", "example.com/p", "assignment to entry in nil map", "finding_test.go"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
}

// An error returned by the body (an error of a prerequisite) is passed on.
func TestRunPassesErrors(t *testing.T) {
	pass := &analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")}
	want := errors.New("prerequisite failed")
	if _, err := finding.Run("jwtsql", pass, func(*finding.Collector) error { return want }); err != want {
		t.Fatalf("err = %v, want %v", err, want)
	}
}
