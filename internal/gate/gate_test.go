package gate

import (
	"context"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fingerprints returns the fingerprints of findings of check at the given
// lines of src (a file named a.go).
func fingerprints(src, check string, lines ...int) []string {
	read := func(string) ([]byte, error) { return []byte(src), nil }
	var fs []Finding
	for _, l := range lines {
		fs = append(fs, Finding{Check: check, Path: "pkg/a.go", Pos: token.Position{Filename: "/r/pkg/a.go", Line: l, Column: 2}})
	}
	Sort(fs)
	Fingerprints(fs, &Source{ReadFile: read})
	var out []string
	for _, f := range fs {
		out = append(out, f.Fingerprint)
	}
	return out
}

func TestFingerprintStable(t *testing.T) {
	before := "package a\n\nfunc f() {\n\tjwt.Parse(s, k)\n}\n"
	shifted := "package a\n\nimport \"fmt\"\n\n// f parses.\nfunc f() {\n\t\tjwt.Parse(s,  k)  \n}\n"
	a := fingerprints(before, "jwtalg", 4)
	b := fingerprints(shifted, "jwtalg", 7)
	if a[0] != b[0] {
		t.Errorf("fingerprint changed when lines moved and whitespace changed: %s vs %s", a[0], b[0])
	}
	if c := fingerprints(before, "jwtverify", 4); c[0] == a[0] {
		t.Error("two checks on one line share a fingerprint")
	}
	edited := "package a\n\nfunc f() {\n\tjwt.Parse(t, k)\n}\n"
	if c := fingerprints(edited, "jwtalg", 4); c[0] == a[0] {
		t.Error("editing the finding's line kept the fingerprint")
	}
}

func TestFingerprintOccurrences(t *testing.T) {
	src := "package a\n\nfunc f() {\n\tjwt.Parse(s, k)\n\tjwt.Parse(s, k)\n}\n"
	fps := fingerprints(src, "jwtalg", 5, 4)
	if fps[0] == fps[1] {
		t.Fatal("identical lines got identical fingerprints")
	}
	// Inserting a third identical line after them keeps the first two.
	src3 := "package a\n\nfunc f() {\n\tjwt.Parse(s, k)\n\tjwt.Parse(s, k)\n\tjwt.Parse(s, k)\n}\n"
	fps3 := fingerprints(src3, "jwtalg", 4, 5, 6)
	if fps3[0] != fps[0] || fps3[1] != fps[1] || fps3[2] == fps[1] {
		t.Errorf("occurrence counters: %v then %v", fps, fps3)
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	fs := []Finding{
		{Check: "jwtalg", Path: "b.go", Fingerprint: strings.Repeat("b", 32)},
		{Check: "jwtsql", Path: "a.go", Fingerprint: strings.Repeat("a", 32)},
	}
	data := WriteBaseline(fs)
	if !strings.HasPrefix(string(data), "# jwtlint baseline") {
		t.Errorf("no header:\n%s", data)
	}
	if i, j := strings.Index(string(data), "aaaa"), strings.Index(string(data), "bbbb"); i < 0 || j < 0 || i > j {
		t.Errorf("lines not sorted:\n%s", data)
	}
	b, err := ParseBaseline(data)
	if err != nil {
		t.Fatal(err)
	}
	more := append(fs, Finding{Check: "jwtalg", Fingerprint: strings.Repeat("c", 32)})
	if n := b.Apply(more); n != 0 {
		t.Errorf("%d unmatched entries, want 0", n)
	}
	if !more[0].Filtered || !more[1].Filtered || more[2].Filtered {
		t.Errorf("filtered = %v %v %v, want true true false", more[0].Filtered, more[1].Filtered, more[2].Filtered)
	}
	if n := b.Apply(more[:1]); n != 1 {
		t.Errorf("%d unmatched entries, want 1", n)
	}
	if _, err := ParseBaseline([]byte("not-a-fingerprint jwtalg a.go\n")); err == nil {
		t.Error("a malformed baseline was accepted")
	}
}

func TestRel(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	file := filepath.Join(dir, "sub", "a.go")
	os.MkdirAll(filepath.Dir(file), 0o777)
	os.WriteFile(file, nil, 0o666)
	for _, c := range []struct{ base, file, want string }{
		{dir, file, "sub/a.go"},
		{link, file, "sub/a.go"}, // git resolves symlinks in the top level
		{filepath.Join(dir, "sub"), filepath.Join(dir, "b.go"), ""},
	} {
		if got := Rel(c.base, c.file); got != c.want {
			t.Errorf("Rel(%s, %s) = %q, want %q", c.base, c.file, got, c.want)
		}
	}
}

// TestNewFromRev runs revgrep on a real repository: a finding on a
// committed line is old, one on a line changed since is new.
func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	file := filepath.Join(dir, "a.go")
	git("init", "-q")
	os.WriteFile(file, []byte("package a\n\nvar x = 1\n"), 0o666)
	git("add", ".")
	git("commit", "-q", "-m", "one")
	os.WriteFile(file, []byte("package a\n\nvar x = 1\nvar y = 2\n"), 0o666)
	os.WriteFile(filepath.Join(dir, "new.go"), []byte("package a\n"), 0o666) // untracked

	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil { // revgrep runs git in the working directory
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	fs := []Finding{
		{Pos: token.Position{Filename: file, Line: 3}},
		{Pos: token.Position{Filename: file, Line: 4}},
		{Pos: token.Position{Filename: filepath.Join(dir, "new.go"), Line: 1}},
	}
	changes, err := ChangedSince(context.Background(), "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	changes.Apply(dir, fs)
	if !fs[0].Filtered || fs[1].Filtered || fs[2].Filtered {
		t.Errorf("filtered = %v %v %v, want true false false", fs[0].Filtered, fs[1].Filtered, fs[2].Filtered)
	}
	if _, err := ChangedSince(context.Background(), "no-such-rev"); err == nil {
		t.Error("an unknown revision was accepted")
	}
}
