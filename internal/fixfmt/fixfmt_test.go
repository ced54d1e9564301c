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
