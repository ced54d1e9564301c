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
	if len(r.Findings) != 1 {
		t.Errorf("findings = %v, want the one reported before the panic", r.Findings)
	}
	for _, want := range []string{"internal error in jwtalg", "example.com/p", "assignment to entry in nil map", "finding_test.go"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
}

// An error of the body and the failures of recognisers the check depends
// on are kept in the result, each once, next to the findings: returning
// them as the analyzer's error would make the bundle skip the package.
func TestRunKeepsErrors(t *testing.T) {
	pass := &analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")}
	recogniser := errors.New("recogniser failed")
	body := errors.New("check failed")
	res, err := finding.Run("jwtsql", pass, func(c *finding.Collector) error {
		c.Depend(nil)
		c.Depend(recogniser)
		c.Depend(recogniser)
		c.Reportf(1, 2, "still reported")
		return body
	})
	if err != nil {
		t.Fatalf("Run returned error %v, want it in the result", err)
	}
	r := res.(*finding.Result)
	if got := finding.Errors(r.Err); len(got) != 2 || got[0] != recogniser || got[1] != body {
		t.Errorf("Result.Err holds %v, want [%v %v]", got, recogniser, body)
	}
	if len(r.Findings) != 1 {
		t.Errorf("findings = %v, want one", r.Findings)
	}
}
