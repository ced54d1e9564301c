package main

// End-to-end tests of the jwtlint binary: exit statuses, the gates
// (-new-from-rev, -baseline), SARIF output, the go vet protocol and the
// generated check pages. The binary is built once; test modules live in
// temporary directories and use a copy of the golang-jwt v5 stub from
// testdata, so no network is needed.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

var (
	binary  string // the built jwtlint
	repoDir string // the module root
)

func TestMain(m *testing.M) {
	os.Exit(func() int {
		// Git must act on the temporary repositories only, whatever the
		// environment of the test run (hooks export GIT_DIR) and the
		// user's configuration (signing, hooks) say.
		for _, v := range []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_PREFIX"} {
			os.Unsetenv(v)
		}
		os.Setenv("GIT_CONFIG_NOSYSTEM", "1")
		os.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
		os.Setenv("GIT_AUTHOR_NAME", "t")
		os.Setenv("GIT_AUTHOR_EMAIL", "t@example.com")
		os.Setenv("GIT_COMMITTER_NAME", "t")
		os.Setenv("GIT_COMMITTER_EMAIL", "t@example.com")
		// Test modules resolve golang-jwt through a replace directive:
		// nothing is downloaded.
		os.Setenv("GOPROXY", "off")
		os.Setenv("GOWORK", "off")

		wd, err := os.Getwd()
		if err != nil {
			panic(err)
		}
		repoDir = filepath.Join(wd, "..", "..")
		tmp, err := os.MkdirTemp("", "jwtlint-test")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(tmp)
		// go vet runs of the binary replay from a cache of their own
		// (replay.go), not the user's.
		os.Setenv(replayDirEnv, filepath.Join(tmp, "replay"))
		binary = filepath.Join(tmp, "jwtlint")
		out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
		if err != nil {
			os.Stderr.Write(out)
			return 1
		}
		return m.Run()
	}())
}

// module creates a module example.com/m in a temporary directory with the
// given files (path → content) and a golang-jwt v5 stub.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	stub := filepath.Join(repoDir, "testdata", "src", "github.com", "golang-jwt", "jwt", "v5")
	if err := os.CopyFS(filepath.Join(dir, "jwtstub"), os.DirFS(stub)); err != nil {
		t.Fatal(err)
	}
	all := map[string]string{
		"go.mod":         "module example.com/m\n\ngo 1.26\n\nrequire github.com/golang-jwt/jwt/v5 v5.3.1\n\nreplace github.com/golang-jwt/jwt/v5 => ./jwtstub\n",
		"jwtstub/go.mod": "module github.com/golang-jwt/jwt/v5\n\ngo 1.21\n",
	}
	for name, content := range files {
		all[name] = content
	}
	for name, content := range all {
		writeFile(t, filepath.Join(dir, name), content)
	}
	return dir
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

// jwtlint runs the binary in dir and returns its stderr (stdout too, for
// -sarif - and friends) and exit status.
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatal(err)
	}
	if strings.Contains(e.String(), "panic:") || strings.Contains(e.String(), "goroutine ") {
		t.Errorf("jwtlint %v panicked:\n%s", args, e.String())
	}
	return o.String(), e.String(), code
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// findingLines are the lines of output naming a finding (not related
// information, which starts with a tab).
func findingLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, ": jwt") && !strings.Contains(l, ": \t") {
			out = append(out, l)
		}
	}
	return out
}

// The key comes from the environment: a literal would be a jwtkey finding.
const header = `package app

import ("os"; "github.com/golang-jwt/jwt/v5")

func key(t *jwt.Token) (any, error) { return []byte(os.Getenv("K")), nil }
`

// oldFinding and newFinding each hold one jwtverify finding (the parse
// error is dropped); they differ so that their lines differ.
const oldFinding = `
func Sub(s string) string {
	tok, _ := jwt.Parse(s, key, jwt.WithValidMethods([]string{"HS256"}))
	sub, _ := tok.Claims.GetSubject()
	return sub
}
`

const newFinding = `
func Iss(s string) string {
	t, _ := jwt.Parse(s, key, jwt.WithValidMethods([]string{"HS256"}))
	iss, _ := t.Claims.GetIssuer()
	return iss
}
`

const clean = `
func Safe(s string) (string, error) {
	tok, err := jwt.Parse(s, key, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}
`

// TestExitStatus runs each case under singlechecker and under jwtlint's
// own driver (-sarif), which must agree.
func TestExitStatus(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{
		"clean/app.go":       header + clean,
		"finding/app.go":     header + oldFinding,
		"typeerror/app.go":   "package app\n\nfunc F() int { return \"x\" }\n",
		"empty/README":       "no Go files here\n",
		"generics/app.go":    "package app\n\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tvar out []U\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\ntype Set[K comparable] map[K]struct{}\n\nfunc (s Set[K]) Has(k K) bool { _, ok := s[k]; return ok }\n",
		"testonly/a_test.go": "package app\n",
	})
	for _, c := range []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"clean", []string{"./clean"}, 0, ""},
		{"finding", []string{"./finding"}, 3, "jwtverify: the error of jwt.Parse is discarded"},
		{"type error", []string{"./typeerror"}, 1, `cannot use "x" (untyped string constant) as int value`},
		{"no Go files", []string{"./empty"}, 1, "no Go files in"},
		{"nonexistent", []string{"./nonexistent"}, 1, "directory not found"},
		{"generics", []string{"./generics"}, 0, ""},
		// x/tools' convention: the larger status wins, so findings beside a
		// package that does not type-check give 3 (the error is printed)...
		{"type error and findings", []string{"./finding", "./typeerror"}, 3, "cannot use"},
		// A bad analyzer flag value is a usage error, whatever the driver.
		{"bad check name", []string{"-checks=nope", "./finding"}, 2, `unknown check "nope"`},
		{"analyzer flag", []string{"-checks=jwtalg", "./finding"}, 0, ""},
		{"unknown flag", []string{"-nope", "./clean"}, 2, "flag provided but not defined: -nope"},
		{"no packages", nil, 1, ""},
	} {
		for _, mode := range []string{"singlechecker", "driver"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				t.Parallel()
				args := c.args
				if mode == "driver" {
					args = append([]string{"-sarif", filepath.Join(t.TempDir(), "out.sarif")}, args...)
				}
				_, stderr, code := run(t, dir, args...)
				if code != c.code {
					t.Errorf("jwtlint %v: exit %d, want %d\n%s", args, code, c.code, stderr)
				}
				if !strings.Contains(stderr, c.want) {
					t.Errorf("jwtlint %v: stderr lacks %q:\n%s", args, c.want, stderr)
				}
			})
		}
	}
}

// TestSame checks that the driver prints what singlechecker prints.
func TestSame(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"app/app.go": header + oldFinding + newFinding + clean})
	_, want, code1 := run(t, dir, "./...")
	_, got, code2 := run(t, dir, "-sarif", filepath.Join(t.TempDir(), "x.sarif"), "./...")
	if got != want || code1 != code2 {
		t.Errorf("singlechecker (exit %d):\n%s\ndriver (exit %d):\n%s", code1, want, code2, got)
	}
	if n := len(findingLines(got)); n != 2 {
		t.Errorf("%d findings, want 2 (package and package.test must not repeat them):\n%s", n, got)
	}
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"app/app.go": header + oldFinding})
	stdout, stderr, code := run(t, filepath.Join(dir, "app"), "-sarif", "-", "./...")
	if code != 3 {
		t.Fatalf("exit %d, want 3\n%s", code, stderr)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
						Region           struct{ StartLine int }         `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("-sarif - did not print JSON: %v\n%s", err, stdout)
	}
	res := log.Runs[0].Results
	if len(res) != 1 || res[0].RuleID != "jwtverify" {
		t.Fatalf("results = %+v", res)
	}
	// Not in a git repository: paths are relative to the working
	// directory.
	loc := res[0].Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "app.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine != 8 {
		t.Errorf("location = %+v", loc)
	}
	if !strings.HasSuffix(log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI, "/app/") {
		t.Errorf("originalUriBaseIds = %+v", log.Runs[0].OriginalURIBaseIDs)
	}

	// In a git repository, relative to its top level, wherever jwtlint runs.
	git(t, dir, "init", "-q")
	stdout, _, _ = run(t, filepath.Join(dir, "app"), "-sarif", "-", "./...")
	if !strings.Contains(stdout, `"uri": "app/app.go"`) {
		t.Errorf("SARIF in a repository does not name app/app.go:\n%s", stdout)
	}
}

// TestNewFromRev: a committed finding is old, a finding added later (in
// the working tree, then in a commit) is new.
func TestNewFromRev(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"app/app.go": header + oldFinding})
	git(t, dir, "init", "-q")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "old finding")

	_, stderr, code := run(t, dir, "-new-from-rev=HEAD", "./...")
	if code != 0 || len(findingLines(stderr)) != 0 {
		t.Errorf("nothing changed since HEAD: exit %d, want 0\n%s", code, stderr)
	}

	writeFile(t, filepath.Join(dir, "app", "app.go"), header+oldFinding+newFinding)
	check := func(rev string) {
		t.Helper()
		_, stderr, code := run(t, dir, "-new-from-rev="+rev, "./...")
		lines := findingLines(stderr)
		if code != 3 || len(lines) != 1 || !strings.Contains(lines[0], "app.go:14:") {
			t.Errorf("-new-from-rev=%s: exit %d, want 3 and only the new finding (line 14):\n%s", rev, code, stderr)
		}
	}
	check("HEAD") // uncommitted change

	git(t, dir, "commit", "-q", "-am", "new finding")
	check("HEAD~1")

	_, stderr, code = run(t, dir, "-new-from-rev=no-such-rev", "./...")
	if code != 1 || !strings.Contains(stderr, "-new-from-rev no-such-rev") {
		t.Errorf("unknown revision: exit %d, want 1\n%s", code, stderr)
	}
}

func TestBaseline(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"app/app.go": header + oldFinding})
	baseline := filepath.Join(dir, ".jwtlint-baseline")

	_, stderr, code := run(t, dir, "-write-baseline", baseline, "./...")
	if code != 0 {
		t.Fatalf("-write-baseline: exit %d, want 0\n%s", code, stderr)
	}
	data, _ := os.ReadFile(baseline)
	if !strings.Contains(string(data), " jwtverify app/app.go\n") {
		t.Fatalf("baseline:\n%s", data)
	}

	_, stderr, code = run(t, dir, "-baseline", baseline, "./...")
	if code != 0 || len(findingLines(stderr)) != 0 {
		t.Errorf("-baseline with only old findings: exit %d, want 0\n%s", code, stderr)
	}

	// A new finding is reported, the old one stays suppressed; SARIF keeps
	// both, marked new and unchanged.
	writeFile(t, filepath.Join(dir, "app", "app.go"), header+oldFinding+newFinding)
	sarifFile := filepath.Join(t.TempDir(), "x.sarif")
	_, stderr, code = run(t, dir, "-baseline", baseline, "-sarif", sarifFile, "./...")
	if lines := findingLines(stderr); code != 3 || len(lines) != 1 || !strings.Contains(lines[0], "app.go:14:") {
		t.Errorf("-baseline with a new finding: exit %d, want 3 and only line 14\n%s", code, stderr)
	}
	data, _ = os.ReadFile(sarifFile)
	if !strings.Contains(string(data), `"baselineState": "unchanged"`) || !strings.Contains(string(data), `"baselineState": "new"`) {
		t.Errorf("SARIF lacks baselineState new and unchanged:\n%s", data)
	}

	// Unrelated code inserted above shifts every line: the old finding is
	// still recognised.
	shifted := strings.Replace(header, "func key", "// Version is unrelated.\nconst Version = 2\n\nfunc key", 1)
	writeFile(t, filepath.Join(dir, "app", "app.go"), shifted+oldFinding)
	_, stderr, code = run(t, dir, "-baseline", baseline, "./...")
	if code != 0 || len(findingLines(stderr)) != 0 {
		t.Errorf("-baseline after shifting lines: exit %d, want 0\n%s", code, stderr)
	}
	_, stderr, _ = run(t, dir, "./...")
	if !strings.Contains(stderr, "app.go:11:") {
		t.Errorf("the shifted finding should be on line 11 without the baseline:\n%s", stderr)
	}

	// A baseline that is not one is an error, found before the analysis.
	writeFile(t, filepath.Join(dir, "bad-baseline"), "hello\n")
	if _, stderr, code := run(t, dir, "-baseline", filepath.Join(dir, "bad-baseline"), "./..."); code != 1 {
		t.Errorf("malformed baseline: exit %d, want 1\n%s", code, stderr)
	}
}

func TestExplainAndList(t *testing.T) {
	t.Parallel()
	stdout, _, code := run(t, ".", "-list-checks")
	if code != 0 {
		t.Fatalf("-list-checks: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(jwtlint.Docs) {
		t.Errorf("-list-checks printed %d lines for %d checks:\n%s", len(lines), len(jwtlint.Docs), stdout)
	}
	for i, d := range jwtlint.Docs {
		f := strings.Fields(lines[i])
		if len(f) < 4 || f[0] != d.Name || f[1] != string(d.Severity) || f[2] != strings.Join(d.CWE, ",") || !strings.HasSuffix(lines[i], d.Title) {
			t.Errorf("-list-checks line %q for %s", lines[i], d.Name)
		}
	}

	d := jwtlint.Docs[0]
	stdout, _, code = run(t, ".", "-explain", d.Name)
	if code != 0 || !strings.Contains(stdout, d.Text()) || !strings.HasPrefix(stdout, d.Name+": "+d.Title) {
		t.Errorf("-explain %s: exit %d\n%s", d.Name, code, stdout)
	}
	if _, stderr, code := run(t, ".", "-explain", "nope"); code != 2 || !strings.Contains(stderr, "unknown check") {
		t.Errorf("-explain nope: exit %d, want 2\n%s", code, stderr)
	}
}

// TestVetProtocol: go vet -vettool asks for -V=full and -flags, then runs
// the tool per package with a .cfg file.
func TestVetProtocol(t *testing.T) {
	t.Parallel()
	stdout, _, code := run(t, ".", "-flags")
	var flags []struct {
		Name  string
		Bool  bool
		Usage string
	}
	if err := json.Unmarshal([]byte(stdout), &flags); code != 0 || err != nil {
		t.Fatalf("-flags: exit %d, %v\n%s", code, err, stdout)
	}
	var names []string
	for _, f := range flags {
		names = append(names, f.Name)
		// The pre-parse must know every flag singlechecker defines, and
		// whether it takes a value.
		isBool, known := singlecheckerFlags[f.Name]
		if !known && f.Name != "test" && f.Name != "tags" && jwtlint.Analyzer.Flags.Lookup(f.Name) == nil {
			t.Errorf("-flags lists -%s, which the pre-parse does not know: add it to singlecheckerFlags", f.Name)
		}
		if known && isBool != f.Bool {
			t.Errorf("singlecheckerFlags[%q] = %v, -flags says %v", f.Name, isBool, f.Bool)
		}
	}
	for _, want := range []string{"checks", "require-claims", "json"} {
		if !slices.Contains(names, want) {
			t.Errorf("-flags lacks -%s", want)
		}
	}
	for _, own := range []string{"sarif", "baseline", "new-from-rev", "write-baseline", "inventory", "explain", "list-checks"} {
		if slices.Contains(names, own) {
			t.Errorf("-flags lists -%s: go vet would forward it to per-package runs", own)
		}
	}
	if stdout, _, code := run(t, ".", "-V=full"); code != 0 || !strings.Contains(stdout, "buildID=") {
		t.Errorf("-V=full: exit %d\n%s", code, stdout)
	}

	dir := module(t, map[string]string{"app/app.go": header + oldFinding})
	cmd := exec.Command("go", "vet", "-vettool="+binary, "-checks=jwtverify", "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "jwtverify: the error of jwt.Parse is discarded") {
		t.Errorf("go vet -vettool: %v\n%s", err, out)
	}
	cmd = exec.Command("go", "vet", "-vettool="+binary, "-sarif=x", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "flag provided but not defined: -sarif") {
		t.Errorf("go vet -sarif should be refused up front: %v\n%s", err, out)
	}
}

// TestCheckPages fails when docs/checks differs from what
// go generate ./analyzers/jwtlint writes.
func TestCheckPages(t *testing.T) {
	t.Parallel()
	out := t.TempDir()
	cmd := exec.Command("go", "run", "./analyzers/jwtlint/internal/gendocs", "-o", out)
	cmd.Dir = repoDir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gendocs: %v\n%s", err, b)
	}
	committed := filepath.Join(repoDir, "docs", "checks")
	want, _ := filepath.Glob(filepath.Join(out, "*.md"))
	have, _ := filepath.Glob(filepath.Join(committed, "*.md"))
	if len(want) != len(have) {
		t.Errorf("docs/checks has %d pages, the generator writes %d", len(have), len(want))
	}
	for _, w := range want {
		gen, _ := os.ReadFile(w)
		cur, err := os.ReadFile(filepath.Join(committed, filepath.Base(w)))
		if err != nil || !bytes.Equal(gen, cur) {
			t.Errorf("docs/checks/%s is stale: run go generate ./analyzers/jwtlint", filepath.Base(w))
		}
	}
}
