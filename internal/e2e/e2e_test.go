package e2e

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	// The binary under test is built from source in TestMain; importing the
	// bundle makes go test's cache notice when the analyzers change.
	_ "github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

var jwtlintBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "jwtlint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// go vet runs of the binary replay from a cache of their own, not the
	// user's.
	os.Setenv("JWTLINT_REPLAY_DIR", filepath.Join(dir, "replay"))
	jwtlintBin = filepath.Join(dir, "jwtlint")
	out, err := exec.Command("go", "build", "-o", jwtlintBin, "github.com/jwtlint/jwtlint/cmd/jwtlint").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building jwtlint: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func demoDir(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	dir, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "demo"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// diagLine matches a primary diagnostic line: file:line:col: check: message.
// Related-information lines are indented after the column and do not match.
var diagLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): ([a-z]+): (.*)$`)

type diag struct {
	file           string // relative to the demo directory, slash-separated
	line, col      string
	check, message string
}

func (d diag) short() string { return d.file + ":" + d.line + " " + d.check }
func (d diag) full() string {
	return d.file + ":" + d.line + ":" + d.col + ": " + d.check + ": " + d.message
}

func parseDiags(t *testing.T, dir string, output []byte) []diag {
	t.Helper()
	var out []diag
	sc := bufio.NewScanner(bytes.NewReader(output))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := diagLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				t.Fatal(err)
			}
			file = rel
		}
		out = append(out, diag{filepath.ToSlash(file), m[2], m[3], m[4], m[5]})
	}
	return out
}

// run runs a command in dir and returns its combined output and exit status.
func run(t *testing.T, dir string, env []string, name string, args ...string) ([]byte, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out, 0
	case errors.As(err, &exit):
		return out, exit.ExitCode()
	}
	t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	return nil, -1
}

func expected(t *testing.T, dir string) []string {
	data, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	slices.Sort(want)
	return want
}

func shorts(ds []diag) []string {
	var s []string
	for _, d := range ds {
		s = append(s, d.short())
	}
	slices.Sort(s)
	return slices.Compact(s)
}

func fulls(ds []diag) []string {
	var s []string
	for _, d := range ds {
		s = append(s, d.full())
	}
	slices.Sort(s)
	return slices.Compact(s)
}

func diff(want, got []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "\n  missing: %s", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "\n  unexpected: %s", g)
		}
	}
	return b.String()
}

// TestDemoStandalone: the binary reports exactly the seeded mistakes, with
// its default in-process driver and with the go vet backend.
func TestDemoStandalone(t *testing.T) {
	dir := demoDir(t)
	var outputs [][]string
	for _, env := range [][]string{nil, {"JWTLINT_DRIVER=vet"}} {
		out, code := run(t, dir, env, jwtlintBin, "./...")
		if code != 3 {
			t.Fatalf("%v: exit status %d, want 3 (findings)\n%s", env, code, out)
		}
		ds := parseDiags(t, dir, out)
		if d := diff(expected(t, dir), shorts(ds)); d != "" {
			t.Errorf("%v: findings differ from testdata/demo/expected.txt:%s\n\noutput:\n%s", env, d, out)
		}
		outputs = append(outputs, fulls(ds))
	}
	if d := diff(outputs[0], outputs[1]); d != "" {
		t.Errorf("the two drivers report differently:%s", d)
	}
}

// TestInjectedFailure: when the parse recogniser fails on every package,
// the binary prints one internal-error line per package it failed on,
// still reports the SQL findings (which do not need it), and exits 1.
func TestInjectedFailure(t *testing.T) {
	dir := demoDir(t)
	out, code := run(t, dir, []string{"JWTLINT_INJECT_PANIC=jwtparse"}, jwtlintBin, "./...")
	if code != 1 {
		t.Errorf("exit status %d, want 1 (internal error)\n%s", code, out)
	}
	internal := 0
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "internal error") {
			internal++
			if !strings.Contains(l, "internal error in jwtparse on package example.com/demo/") {
				t.Errorf("internal error line does not name jwtparse and the package: %s", l)
			}
		}
	}
	if internal == 0 {
		t.Errorf("no internal error reported:\n%s", out)
	}
	got := shorts(parseDiags(t, dir, out))
	for _, w := range expected(t, dir) {
		if strings.HasSuffix(w, " sqlstring") && !slices.Contains(got, w) {
			t.Errorf("missing %s with jwtparse failing", w)
		}
	}
	for _, g := range got {
		if strings.HasSuffix(g, " jwtalg") || strings.HasSuffix(g, " jwtverify") {
			t.Errorf("a parse check reported without its recogniser: %s", g)
		}
	}
}

// TestDemoGoVet: go vet -vettool reports the same findings as the binary,
// with facts crossing packages (the store.FindUsers wrapper, the auth
// helpers). A -cache-key of its own (an analyzer flag, so part of go vet's
// cache key) makes go vet analyse every package afresh instead of
// replaying results cached for packages vetted earlier as dependencies
// only, while the build cache (export data) stays warm.
func TestDemoGoVet(t *testing.T) {
	dir := demoDir(t)
	standalone, _ := run(t, dir, nil, jwtlintBin, "./...")
	key := fmt.Sprintf("-cache-key=e2e-%d", time.Now().UnixNano())
	out, code := run(t, dir, nil, "go", "vet", "-vettool="+jwtlintBin, key, "./...")
	if code != 1 {
		t.Fatalf("go vet exit status %d, want 1 (findings)\n%s", code, out)
	}
	want, got := fulls(parseDiags(t, dir, standalone)), fulls(parseDiags(t, dir, out))
	if d := diff(want, got); d != "" {
		t.Errorf("go vet findings differ from the standalone binary's:%s", d)
	}

	// Flags pass through go vet to the analyzer.
	out, _ = run(t, dir, nil, "go", "vet", "-vettool="+jwtlintBin, key, "-checks=jwtalg", "./...")
	only := parseDiags(t, dir, out)
	if len(only) == 0 {
		t.Fatalf("go vet -checks=jwtalg reported nothing:\n%s", out)
	}
	for _, d := range only {
		if d.check != "jwtalg" {
			t.Errorf("go vet -checks=jwtalg reported %s", d.full())
		}
	}
}

// TestSuppressUnderGoVet: //jwtlint:ignore is read by the analyzer itself,
// so it works under go vet as in the binary.
func TestSuppressUnderGoVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet on a copy of the demo")
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(demoDir(t))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "internal", "auth", "session.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	const line = 46 // the jwtalg finding of expected.txt
	lines = slices.Insert(lines, line-1, "\t//jwtlint:ignore jwtalg the mobile client signs with the session secret only")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := run(t, dir, nil, "go", "vet", "-vettool="+jwtlintBin, "./internal/auth/")
	if code != 1 {
		t.Fatalf("go vet exit status %d, want 1 (other findings remain)\n%s", code, out)
	}
	got := shorts(parseDiags(t, dir, out))
	if slices.Contains(got, "internal/auth/session.go:47 jwtalg") {
		t.Errorf("the ignored finding is still reported:\n%s", out)
	}
	if !slices.Contains(got, "internal/auth/session.go:57 jwtverify") {
		t.Errorf("other findings of the file are gone:\n%s", out)
	}
}
