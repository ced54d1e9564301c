package e2e

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the demo's inventory golden files (testdata/demo/inventory.*)")

// inventory runs jwtlint -inventory=format in dir and returns its standard
// output; the exit status must be 0.
func inventory(t *testing.T, dir, format string, env ...string) []byte {
	t.Helper()
	cmd := exec.Command(jwtlintBin, "-inventory="+format, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("jwtlint -inventory=%s %v: %v\n%s", format, env, err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestDemoInventory: `jwtlint -inventory` on the demo, in each format,
// equals the golden files testdata/demo/inventory.{txt,md,json} (go test
// ./internal/e2e -run TestDemoInventory -update rewrites them); the
// in-process driver gives the same records as the go vet backend; and every
// parse-check finding of expected.txt is among the findings of the place
// it is reported at.
func TestDemoInventory(t *testing.T) {
	dir := demoDir(t)
	for _, f := range []struct{ format, golden string }{
		{"text", "inventory.txt"}, {"markdown", "inventory.md"}, {"json", "inventory.json"},
	} {
		got := inventory(t, dir, f.format)
		path := filepath.Join(dir, f.golden)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/e2e -run TestDemoInventory -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("jwtlint -inventory=%s differs from testdata/demo/%s (if the change is right: go test ./internal/e2e -run TestDemoInventory -update):\n%s",
				f.format, f.golden, lineDiff(string(want), string(got)))
		}
	}

	readmeTable(t, dir)

	vet := inventory(t, dir, "json")
	inproc := inventory(t, dir, "json", "JWTLINT_DRIVER=packages")
	if !bytes.Equal(vet, inproc) {
		t.Errorf("the in-process driver's inventory differs from the go vet backend's:\n%s", lineDiff(string(vet), string(inproc)))
	}

	var recs []map[string]json.RawMessage
	if err := json.Unmarshal(vet, &recs); err != nil {
		t.Fatalf("-inventory=json is not an array of objects: %v", err)
	}
	type finding struct{ Check, Posn string }
	at := map[string][]string{} // file:line of a record → checks of its findings
	for _, r := range recs {
		for _, k := range []string{"posn", "library", "algorithms", "key", "claims", "findings"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record without %q: %s", k, r["posn"])
			}
		}
		var posn string
		var fs []finding
		json.Unmarshal(r["posn"], &posn)
		json.Unmarshal(r["findings"], &fs)
		if strings.Count(posn, ":") != 2 {
			t.Errorf("posn %q is not file:line:col", posn)
		}
		for _, f := range fs {
			at[short(posn)] = append(at[short(posn)], short(f.Posn)+" "+f.Check)
		}
	}
	for _, e := range expected(t, dir) {
		file, check, _ := strings.Cut(e, " ")
		if check != "jwtalg" && check != "jwtverify" && check != "jwtclaims" {
			continue
		}
		if !slices.Contains(at[file], e) {
			t.Errorf("the inventory has no place at %s with the finding %s (it has %v)", file, check, at[file])
		}
	}
}

// readmeTable checks (or with -update rewrites) the README's example: the
// table of the demo's Markdown inventory between the inventory markers.
func readmeTable(t *testing.T, demo string) {
	t.Helper()
	md, err := os.ReadFile(filepath.Join(demo, "inventory.md"))
	if err != nil {
		t.Fatal(err)
	}
	table, _, _ := strings.Cut(string(md), "\n\n")
	readme := filepath.Join(demo, "..", "..", "README.md")
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, "<!-- inventory:begin")
	j := strings.Index(s, "<!-- inventory:end -->")
	if i < 0 || j < i {
		t.Fatal("README.md has no inventory:begin/inventory:end markers")
	}
	i += strings.Index(s[i:], "\n") + 1
	if *update {
		s = s[:i] + table + "\n" + s[j:]
		if err := os.WriteFile(readme, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := s[i:j]; got != table+"\n" {
		t.Errorf("README.md's inventory example differs from testdata/demo/inventory.md (go test ./internal/e2e -run TestDemoInventory -update):\n%s", lineDiff(table+"\n", got))
	}
}

// short is file:line of file:line:col.
func short(posn string) string {
	if i := strings.LastIndexByte(posn, ':'); i >= 0 {
		return posn[:i]
	}
	return posn
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range w {
		if !slices.Contains(g, l) {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	return b.String()
}
