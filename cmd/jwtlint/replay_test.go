package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var replayModule = map[string]string{
	"base/base.go": `package base

// Prefix names the tenant's tables.
var Prefix = "t_"

func Table(name string) string { return Prefix + name }
`,
	"auth/auth.go": `package auth

import (
	"github.com/golang-jwt/jwt/v5"

	"example.com/m/base"
)

var _ = base.Prefix

func Subject(raw string) string {
	tok, _, _ := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	sub, _ := tok.Claims.GetSubject()
	return sub
}
`,
	"store/store.go": `package store

import (
	"database/sql"
	"os"

	"example.com/m/base"
)

func Count(db *sql.DB) error {
	_, err := db.Exec("SELECT count(*) FROM " + base.Table(os.Getenv("TABLE")))
	return err
}
`,
}

// vetRun runs go vet -vettool=jwtlint in dir and returns its output and
// the packages whose runs were replayed.
func replayVet(t *testing.T, dir string, env ...string) (out string, replayed []string) {
	t.Helper()
	trace := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append(env, replayTraceEnv+"="+trace)...)
	b, _ := cmd.CombinedOutput()
	if data, err := os.ReadFile(trace); err == nil {
		replayed = strings.Fields(string(data))
		slices.Sort(replayed)
	}
	return string(b), replayed
}

// sortedFindings are the findings of go vet's output (of every check),
// sorted, without related information.
func sortedFindings(out string) []string {
	var lines []string
	for line := range strings.Lines(out) {
		if strings.Contains(line, ".go:") && !strings.Contains(line, ": \t") && !strings.HasPrefix(line, "#") {
			lines = append(lines, strings.TrimSpace(line))
		}
	}
	slices.Sort(lines)
	return lines
}

// TestReplayAfterEdit: after an edit that changes no type and no fact of
// a package, go vet runs jwtlint again on its importers (their imports'
// export data changed) and the cache replays their outputs: the same
// findings as an analysis. An edit that changes a type is analysed.
func TestReplayAfterEdit(t *testing.T) {
	dir := module(t, replayModule)
	cache := replayDirEnv + "=" + filepath.Join(t.TempDir(), "replay")
	first, replayed := replayVet(t, dir, cache)
	want := sortedFindings(first)
	if len(want) < 2 || len(replayed) != 0 {
		t.Fatalf("first run: findings %q, replayed %q; want the auth and store findings, nothing replayed\n%s", want, replayed, first)
	}

	base := filepath.Join(dir, "base", "base.go")
	orig, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, base, string(orig)+"\nfunc unused() {}\n")
	out, replayed := replayVet(t, dir, cache)
	if got := sortedFindings(out); !slices.Equal(got, want) {
		t.Errorf("after a body edit: findings %q, want %q", got, want)
	}
	for _, p := range []string{"example.com/m/auth", "example.com/m/store"} {
		if !slices.Contains(replayed, p) {
			t.Errorf("after a body edit, %s was analysed again, not replayed (replayed: %q)", p, replayed)
		}
	}
	if slices.Contains(replayed, "example.com/m/base") {
		t.Errorf("the edited package was replayed")
	}
	plain, _ := replayVet(t, dir, replayOffEnv+"=1")
	if got := sortedFindings(plain); !slices.Equal(got, want) {
		t.Errorf("without the cache: findings %q, want %q", got, want)
	}

	// A new exported function changes base's types: its importers are
	// analysed, not replayed.
	writeFile(t, base, string(orig)+"\nfunc Quote(s string) string { return s }\n")
	out, replayed = replayVet(t, dir, cache)
	if got := sortedFindings(out); !slices.Equal(got, want) {
		t.Errorf("after a type change: findings %q, want %q", got, want)
	}
	if slices.Contains(replayed, "example.com/m/store") || slices.Contains(replayed, "example.com/m/auth") {
		t.Errorf("after a type change of base, its importers were replayed: %q", replayed)
	}

	// A flag is part of the key.
	cmd := exec.Command("go", "vet", "-vettool="+binary, "-checks=jwtverify", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), cache)
	b, _ := cmd.CombinedOutput()
	for _, line := range sortedFindings(string(b)) {
		if !strings.Contains(line, "jwtverify") {
			t.Errorf("-checks=jwtverify: replayed a finding of another check: %s", line)
		}
	}
}
