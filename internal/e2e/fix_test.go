package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixed are the demo's findings that have a suggested fix (file and
// check; line numbers move once the fixes are in): the claim pasted into
// a pgxpool query with Sprintf, the kid header pasted into the key
// lookup (jwtsql), and the missing algorithm allow-list (jwtalg).
var fixed = []string{
	"internal/api/notes.go jwtsql",
	"internal/auth/keystore.go jwtsql",
	"internal/auth/session.go jwtalg",
}

// TestDemoFix: `jwtlint -fix ./...` on a copy of the demo, through the
// default go vet backend, rewrites the fixable calls; the copy still
// builds, and a second run reports every other finding (among them the
// ORDER BY search in notes.go, whose column no bind parameter can carry,
// and the FindUsers wrapper call, whose text is built in the caller's
// argument) and none of the fixed ones. (The in-process driver,
// JWTLINT_DRIVER=packages, is singlechecker's own -fix.)
func TestDemoFix(t *testing.T) {
	demo := demoDir(t)
	var want []string // file check of each finding left, sorted
	for _, e := range expected(t, demo) {
		file, rest, _ := strings.Cut(e, ":")
		_, check, _ := strings.Cut(rest, " ")
		if k := file + " " + check; !slices.Contains(fixed, k) {
			want = append(want, k)
		}
	}
	slices.Sort(want)

	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(demo)); err != nil {
		t.Fatal(err)
	}
	if out, code := run(t, dir, nil, jwtlintBin, "-fix", "./..."); code != 0 {
		t.Fatalf("jwtlint -fix: exit status %d, want 0\n%s", code, out)
	}
	if out, code := run(t, dir, nil, "go", "build", "./..."); code != 0 {
		t.Fatalf("go build after -fix: exit status %d\n%s", code, out)
	}
	out, code := run(t, dir, nil, jwtlintBin, "./...")
	if code != 3 {
		t.Fatalf("second run: exit status %d, want 3\n%s", code, out)
	}
	// One entry per site and check, as expected.txt lists them (a site can
	// have two findings of one check: sharelink.go's allow-list and key
	// function both admit "none"); lines move when -fix rewrites a file.
	sites := map[string]bool{}
	var got []string
	for _, d := range parseDiags(t, dir, out) {
		if !sites[d.short()] {
			sites[d.short()] = true
			got = append(got, d.file+" "+d.check)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("second run: findings (file check)\n%s\nwant\n%s\noutput:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}
	for _, s := range []string{"(*sql.DB).QueryContext is built with fmt.Sprintf", "(*store.Store).FindUsers"} {
		if !strings.Contains(string(out), s) {
			t.Errorf("second run: no finding mentioning %s\n%s", s, out)
		}
	}
	keystore := read(t, dir, "internal/auth/keystore.go")
	if !strings.Contains(keystore, `query := "SELECT secret FROM webhook_keys WHERE kid = $1 AND revoked_at IS NULL"`) ||
		!strings.Contains(keystore, "k.pool.QueryRow(ctx, query, kid)") {
		t.Errorf("keystore.go not rewritten as expected:\n%s", keystore)
	}
	notes := read(t, dir, "internal/api/notes.go")
	if !strings.Contains(notes, `s.pool.Query(r.Context(), "SELECT id, title, updated_at FROM notes WHERE tenant_id = $1 AND NOT archived ORDER BY updated_at DESC", c.Tenant)`) {
		t.Errorf("notes.go not rewritten as expected:\n%s", notes)
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
