package fuzzdriver_test

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/fuzzdriver"
)

// FuzzBundle feeds Go sources, mutated from the checks' test packages,
// through the jwtlint bundle and fails on any panic or internal error.
//
//	go test -run='^$' -fuzz=FuzzBundle -fuzztime=30s ./internal/fuzzdriver
//
// Inputs that do not parse are skipped, and so are those with type errors
// unless JWTLINT_FUZZ_TYPEERRORS=1 (TestSeeds runs the bundle on broken
// variants of every seed either way): most mutations break the types, and
// the analyzers do little on such packages.
func FuzzBundle(f *testing.F) {
	d := sharedDriver(f)
	for _, s := range seeds(f) {
		f.Add(s.src.Content)
	}
	withTypeErrors := os.Getenv("JWTLINT_FUZZ_TYPEERRORS") == "1"
	f.Fuzz(func(t *testing.T, src []byte) {
		// A hang is a bug too, but the fuzzing engine only reports a worker
		// that hangs past its own limit: leave the input and the stacks of a
		// slow one behind.
		slow := time.AfterFunc(slowInput, func() { dumpSlow(src) })
		defer slow.Stop()
		pkg, err := d.Load("example.com/fuzz", fuzzdriver.Source{Name: "input.go", Content: src})
		if err != nil || pkg.Types == nil {
			t.Skip("does not parse")
		}
		if len(pkg.TypeErrors) > 0 && !withTypeErrors {
			t.Skip("type errors")
		}
		for _, failure := range d.Run(pkg, jwtlint.Analyzer).Failures {
			t.Error(failure)
		}
	})
}

// slowInput is how long the bundle may take on one input before the
// input is saved as slow.
const slowInput = 5 * time.Second

// dumpSlow writes a slow input and the stacks of every goroutine to
// $TMPDIR/jwtlint-fuzz-slow.
func dumpSlow(src []byte) {
	dir := filepath.Join(os.TempDir(), "jwtlint-fuzz-slow")
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	name := filepath.Join(dir, fmt.Sprintf("%x", sha256.Sum256(src))[:16])
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	os.WriteFile(name+".go.txt", src, 0o644)
	os.WriteFile(name+".stacks", buf, 0o644)
}
