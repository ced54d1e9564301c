package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestApplyFixes: go vet's fixes applied once (a test variant repeats
// them), conflicting ones skipped with an error, the file formatted and
// the import a fix orphaned removed.
func TestApplyFixes(t *testing.T) {
	src := `package p

import (
	"database/sql"
	"fmt"
	"strings"
)

func f(db *sql.DB, v string) {
	db.Query(fmt.Sprintf("SELECT 1 WHERE a = '%s'", v))
	_ = strings.ToUpper(v)
}
`
	name := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	old := `fmt.Sprintf("SELECT 1 WHERE a = '%s'", v)`
	start := strings.Index(src, old)
	fix := jsonFix{Message: "Pass v", Edits: []jsonEdit{{Filename: name, Start: start, End: start + len(old), New: `"SELECT 1 WHERE a = $1", v`}}}
	conflict := jsonFix{Message: "other", Edits: []jsonEdit{{Filename: name, Start: start + 2, End: start + 5, New: "x"}}}

	applied, written, err := applyFixes([]jsonFix{fix, fix, conflict})
	if applied != 1 || written != 1 || err == nil || !strings.Contains(err.Error(), "skipped 1") {
		t.Errorf("applyFixes = %d applied, %d written, %v; want 1, 1, an error about 1 skipped", applied, written, err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	want := `package p

import (
	"database/sql"
	"strings"
)

func f(db *sql.DB, v string) {
	db.Query("SELECT 1 WHERE a = $1", v)
	_ = strings.ToUpper(v)
}
`
	if string(got) != want {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, want)
	}
}
