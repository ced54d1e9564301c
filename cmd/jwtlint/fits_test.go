package main

import (
	"os"
	"path/filepath"
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
