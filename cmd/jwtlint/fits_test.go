package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFitsInProcess: the in-process driver takes modules up to
// maxInProcess packages of their own (the patterns and what they import
// from the module); above that the go vet backend runs.
func TestFitsInProcess(t *testing.T) {
	demo, err := filepath.Abs("../../testdata/demo")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(demo)
	if _, err := os.Stat("go.mod"); err != nil {
		t.Fatal(err)
	}
	if !fitsInProcess(&options{}, []string{"./..."}) {
		t.Errorf("the demo (a handful of packages) does not fit under %d", maxInProcess)
	}
	defer func(n int) { maxInProcess = n }(maxInProcess)
	maxInProcess = 2
	if fitsInProcess(&options{}, []string{"./..."}) {
		t.Errorf("the demo fits under %d packages", maxInProcess)
	}
	// One leaf package and nothing of the module it imports.
	if !fitsInProcess(&options{}, []string{"./internal/store"}) {
		t.Errorf("./internal/store alone does not fit under %d", maxInProcess)
	}
}

// TestIncludeTestsInProcess: with -include-tests the in-process driver
// loads a package and its test variant, which share their parsed files;
// dropping the first one's information must leave the second intact (an
// internal error on sqlc once), and the test file's finding is reported
// with the package's.
func TestIncludeTestsInProcess(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": `package a

import "github.com/golang-jwt/jwt/v5"

var counter = map[string]int{}

func Sub(s string) string {
	tok, _, _ := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	sub, _ := tok.Claims.GetSubject()
	counter[sub]++
	return sub
}
`,
		"a/a_test.go": `package a

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestSub(t *testing.T) {
	tok, _, _ := jwt.NewParser().ParseUnverified("x", jwt.MapClaims{})
	sub, _ := tok.Claims.GetSubject()
	counter[sub]++
}
`,
	})
	_, stderr, code := run(t, dir, "-include-tests", "./...")
	if code != 3 || strings.Contains(stderr, "internal error") {
		t.Fatalf("exit status %d, want 3 and no internal error\n%s", code, stderr)
	}
	for _, f := range []string{"a/a.go:8", "a/a_test.go:10"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("no finding at %s\n%s", f, stderr)
		}
	}
}
