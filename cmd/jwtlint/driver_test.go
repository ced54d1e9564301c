package main

import (
	"strings"
	"testing"
)

// TestIncludeTestsInProcess: with -include-tests the in-process driver
// analyses a package and its test variant, and the test file's finding is
// reported with the package's (a variant once lost its files when the
// package's were dropped: an internal error on sqlc).
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
