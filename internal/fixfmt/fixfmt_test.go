package fixfmt

import "testing"

// TestTidyKeepsImports: imports unused before the fix (blank ones, a
// guessed name that does not match) are left alone.
func TestTidyKeepsImports(t *testing.T) {
	orig := "package p\n\nimport (\n\t\"github.com/jackc/pgx/v5\"\n\t_ \"github.com/lib/pq\"\n)\n\nvar _ pgx.Rows\n"
	got, err := Tidy([]byte(orig), []byte(orig))
	if err != nil || string(got) != orig {
		t.Errorf("tidy changed an unchanged file (%v):\n%s", err, got)
	}
	for path, want := range map[string]string{
		"fmt": "fmt", "github.com/jackc/pgx/v5": "pgx", "gopkg.in/yaml.v3": "yaml", "example.com/v2x": "v2x",
	} {
		if got := importName(path); got != want {
			t.Errorf("importName(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestApply: edits apply in order of position whatever their order given,
// an identical edit counts once, and overlapping ones are an error.
func TestApply(t *testing.T) {
	src := []byte("SELECT a FROM t WHERE b = 1")
	got, err := Apply(src, []Edit{{22, 27, "b = $1"}, {7, 8, "x"}, {7, 8, "x"}})
	if err != nil || string(got) != "SELECT x FROM t WHERE b = $1" {
		t.Errorf("Apply = %q, %v", got, err)
	}
	if _, err := Apply(src, []Edit{{7, 12, "x"}, {9, 14, "y"}}); err == nil {
		t.Error("overlapping edits applied")
	}
	if _, err := Apply(src, []Edit{{20, 40, "z"}}); err == nil {
		t.Error("an edit past the end applied")
	}
}
