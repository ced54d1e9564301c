package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestInventory: -inventory lists every place that accepts a token with
// its policy and findings, in each format and through both drivers, and
// exits 0 whatever the findings.
func TestInventory(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"app/app.go": header + oldFinding + clean + `
func Peek(s string) (string, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}
`})
	stdout, stderr, code := run(t, dir, "-inventory=json", "./...")
	if code != 0 {
		t.Fatalf("-inventory=json: exit %d\n%s", code, stderr)
	}
	type finding struct{ Check, Posn, Message string }
	var recs []struct {
		Posn, Function, Library, Errors string
		Verified                        bool
		Algorithms, Key, Claims         []string
		Findings                        []finding
	}
	if err := json.Unmarshal([]byte(stdout), &recs); err != nil {
		t.Fatalf("-inventory=json: %v\n%s", err, stdout)
	}
	byFunc := map[string]int{}
	for i, r := range recs {
		byFunc[r.Function] = i
		if !strings.HasPrefix(r.Posn, "app/app.go:") || strings.Count(r.Posn, ":") != 2 {
			t.Errorf("posn %q: want app/app.go:line:col", r.Posn)
		}
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3 (Sub, Safe, Peek):\n%s", len(recs), stdout)
	}
	sub, safe, peek := recs[byFunc["Sub"]], recs[byFunc["Safe"]], recs[byFunc["Peek"]]
	if len(sub.Findings) != 1 || sub.Findings[0].Check != "jwtverify" || !strings.HasPrefix(sub.Errors, "error discarded") {
		t.Errorf("Sub: want the jwtverify finding and a discarded error: %+v", sub)
	}
	if len(safe.Findings) != 0 || safe.Errors != "every error rejected" || strings.Join(safe.Algorithms, ",") != "HS256" ||
		strings.Join(safe.Key, ",") != "HMAC secret" || safe.Library != "golang-jwt/jwt v5" || !safe.Verified {
		t.Errorf("Safe: %+v", safe)
	}
	if peek.Verified || len(peek.Findings) != 1 || peek.Findings[0].Check != "jwtverify" {
		t.Errorf("Peek (unverified decode): %+v", peek)
	}

	inproc, _, _ := runEnv(t, dir, []string{"JWTLINT_DRIVER=packages"}, "-inventory=json", "./...")
	if inproc != stdout {
		t.Errorf("in-process driver:\n%s\ngo vet backend:\n%s", inproc, stdout)
	}
	text, _, code := run(t, dir, "-inventory", "./...")
	if code != 0 || !strings.HasPrefix(text, "LOCATION ") || !strings.Contains(text, "3 places accept a token; 2 with findings:") {
		t.Errorf("-inventory: exit %d\n%s", code, text)
	}
	md, _, code := run(t, dir, "-inventory=markdown", "./...")
	if code != 0 || !strings.HasPrefix(md, "| Location | Function |") {
		t.Errorf("-inventory=markdown: exit %d\n%s", code, md)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-inventory=xml", "./..."}, `unknown format "xml"`},
		{[]string{"-inventory", "-sarif", filepath.Join(t.TempDir(), "x.sarif"), "./..."}, "-inventory cannot be combined with -sarif"},
		{[]string{"-inventory", "-json", "./..."}, "-json cannot be combined"},
	} {
		if _, stderr, code := run(t, dir, c.args...); code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("jwtlint %v: exit %d, want 2 and %q\n%s", c.args, code, c.want, stderr)
		}
	}
	cmd := exec.Command("go", "vet", "-vettool="+binary, "-inventory", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "flag provided but not defined: -inventory") {
		t.Errorf("go vet -inventory should be refused up front: %v\n%s", err, out)
	}
}

// runEnv is run with extra environment variables.
func runEnv(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	code := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	return o.String(), e.String(), code
}
