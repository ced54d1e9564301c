package actiontest

import (
	"encoding/json"
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

	// The binary under test is built from source in TestMain; importing the
	// bundle makes go test's cache notice when the analyzers change.
	_ "github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

var (
	repoRoot   string // the jwtlint repository: action.yml, scripts/action.sh
	jwtlintBin string // built once by TestMain
)

func TestMain(m *testing.M) {
	os.Exit(func() int {
		// CI has git and bash; a machine without them must not pass
		// these tests by skipping them.
		for _, tool := range []string{"git", "bash", "go"} {
			if _, err := exec.LookPath(tool); err != nil {
				fmt.Fprintf(os.Stderr, "actiontest needs %s: %v\n", tool, err)
				return 1
			}
		}
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
		// The test module uses the standard library only, and jwtlint's
		// own dependencies are in the module cache since this test was
		// built: nothing is downloaded. GOFLAGS of the test run (say
		// -mod=vendor) would not fit the temporary module.
		os.Setenv("GOPROXY", "off")
		os.Setenv("GOWORK", "off")
		os.Setenv("GOFLAGS", "")
		// Not running inside GitHub Actions, whatever the environment.
		os.Unsetenv("GITHUB_OUTPUT")
		os.Unsetenv("JWTLINT_BIN")

		_, file, _, _ := runtime.Caller(0)
		root, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", ".."))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		repoRoot = root
		dir, err := os.MkdirTemp("", "jwtlint-actiontest")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		jwtlintBin = filepath.Join(dir, "jwtlint")
		out, err := exec.Command("go", "build", "-o", jwtlintBin, "github.com/jwtlint/jwtlint/cmd/jwtlint").CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "building jwtlint: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

const cleanFile = `package app

func Greeting(name string) string { return "hello, " + name }
`

// findingFile holds one sqlstring finding, on line 11: a query parameter
// formatted into the query text.
const findingFile = `package app

import (
	"database/sql"
	"fmt"
	"net/http"
)

func Search(db *sql.DB, r *http.Request) (*sql.Rows, error) {
	q := fmt.Sprintf("SELECT id FROM notes WHERE title = '%s'", r.URL.Query().Get("q"))
	return db.Query(q)
}
`

// scriptRun is one run of scripts/action.sh.
type scriptRun struct {
	code    int               // exit status
	log     string            // stdout and stderr
	outputs map[string]string // what it wrote to $GITHUB_OUTPUT
}

// runScript runs the action's script from an unrelated directory, as the
// runner does (working-directory is an input), with env on top of the
// test's environment.
func runScript(t *testing.T, env ...string) scriptRun {
	t.Helper()
	tmp := t.TempDir()
	outputFile := filepath.Join(tmp, "github_output")
	cmd := exec.Command("bash", filepath.Join(repoRoot, "scripts", "action.sh"))
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GITHUB_OUTPUT="+outputFile, "RUNNER_TEMP="+tmp)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.CombinedOutput()
	r := scriptRun{log: string(out), outputs: map[string]string{}}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	default:
		t.Fatalf("running scripts/action.sh: %v\n%s", err, out)
	}
	data, err := os.ReadFile(outputFile)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			if _, dup := r.outputs[k]; dup {
				t.Errorf("output %s written twice", k)
			}
			r.outputs[k] = v
		}
	}
	return r
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
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

type sarifResult struct {
	RuleID        string `json:"ruleId"`
	BaselineState string `json:"baselineState"`
	Locations     []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine int `json:"startLine"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
}

func (r sarifResult) String() string {
	if len(r.Locations) == 0 {
		return r.RuleID + " (no location) " + r.BaselineState
	}
	loc := r.Locations[0].PhysicalLocation
	return fmt.Sprintf("%s %s:%d %s", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine, r.BaselineState)
}

func readSARIF(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("SARIF file: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []sarifResult `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("SARIF file is not JSON: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("SARIF file has %d runs, want 1", len(log.Runs))
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		got = append(got, r.String())
	}
	return got
}

// TestActionScript runs the action's script as a pull request check would:
// a base commit, then a change on top, gated with new-from-rev = the base.
func TestActionScript(t *testing.T) {
	repo := t.TempDir()
	writeFile(t, filepath.Join(repo, "go.mod"), "module example.com/m\n\ngo 1.26\n")
	writeFile(t, filepath.Join(repo, "app", "greeting.go"), cleanFile)
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "base")
	base := git(t, repo, "rev-parse", "HEAD")

	writeFile(t, filepath.Join(repo, "app", "search.go"), findingFile)
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "adds a finding")

	inputs := []string{
		"INPUT_PACKAGES=./...",
		"INPUT_WORKING_DIRECTORY=" + repo,
		"INPUT_SARIF=jwtlint.sarif",
		"INPUT_FLAGS=",
	}
	sarifFile := filepath.Join(repo, "jwtlint.sarif")

	// 1. The change adds a finding. No JWTLINT_BIN: the script builds
	// jwtlint from this repository, as the action does.
	r := runScript(t, append(inputs, "INPUT_NEW_FROM_REV="+base)...)
	if r.code != 3 {
		t.Fatalf("new finding: exit %d, want 3\n%s", r.code, r.log)
	}
	for _, want := range []string{
		"Building jwtlint from " + repoRoot,
		"app/search.go:11:9: sqlstring: ",
		"::error title=jwtlint::jwtlint reported new findings (on lines changed since " + base + ")",
	} {
		if !strings.Contains(r.log, want) {
			t.Errorf("log lacks %q:\n%s", want, r.log)
		}
	}
	wantOutputs := map[string]string{"exit-code": "3", "sarif-file": sarifFile, "git-root": git(t, repo, "rev-parse", "--show-toplevel")}
	if !equalMaps(r.outputs, wantOutputs) {
		t.Errorf("GITHUB_OUTPUT = %v, want %v", r.outputs, wantOutputs)
	}
	if got, want := readSARIF(t, sarifFile), []string{"sqlstring app/search.go:11 new"}; !slices.Equal(got, want) {
		t.Errorf("SARIF results = %q, want %q", got, want)
	}

	// 2. A later change adds no finding: the gate passes, and the SARIF
	// file still holds the old finding, as unchanged.
	writeFile(t, filepath.Join(repo, "app", "farewell.go"), strings.ReplaceAll(cleanFile, "Greeting", "Farewell"))
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "adds no finding")
	withBin := append(inputs, "JWTLINT_BIN="+jwtlintBin)
	r = runScript(t, append(withBin, "INPUT_NEW_FROM_REV=HEAD~1")...)
	if r.code != 0 || !strings.Contains(r.log, "jwtlint: no new findings") || strings.Contains(r.log, "::error") {
		t.Errorf("no new finding: exit %d, want 0 and no error\n%s", r.code, r.log)
	}
	if r.outputs["exit-code"] != "0" || r.outputs["sarif-file"] != sarifFile {
		t.Errorf("GITHUB_OUTPUT = %v", r.outputs)
	}
	if got, want := readSARIF(t, sarifFile), []string{"sqlstring app/search.go:11 unchanged"}; !slices.Equal(got, want) {
		t.Errorf("SARIF results = %q, want %q", got, want)
	}

	// 3. A bad flag is a usage error, told apart from findings.
	r = runScript(t, append(withBin, "INPUT_NEW_FROM_REV=", "INPUT_FLAGS=-checks=sqlstring -no-such-flag")...)
	if r.code != 2 || !strings.Contains(r.log, "::error title=jwtlint::jwtlint rejected its command line (exit status 2)") {
		t.Errorf("bad flag: exit %d, want 2 and a usage error\n%s", r.code, r.log)
	}
	if r.outputs["exit-code"] != "2" {
		t.Errorf("GITHUB_OUTPUT = %v", r.outputs)
	}

	// 4. A base revision missing from the clone (a shallow checkout) is an
	// error whose message says how to fix the checkout.
	r = runScript(t, append(withBin, "INPUT_NEW_FROM_REV=origin/main")...)
	if r.code != 1 || !strings.Contains(r.log, "is not in this clone: check out with fetch-depth: 0") {
		t.Errorf("missing revision: exit %d, want 1 and a fetch-depth hint\n%s", r.code, r.log)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || v != w {
			return false
		}
	}
	return true
}

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

var (
	// A key directly under a top-level mapping: "  name:" with nothing after
	// it (the input's fields follow, indented further).
	secondLevelKey = regexp.MustCompile(`^  ([A-Za-z0-9_-]+):\s*$`)
	// "INPUT_X: ${{ inputs.x }}" in the script step's env.
	envFromInput = regexp.MustCompile(`^\s+(INPUT_[A-Z0-9_]+):\s*\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}\s*$`)
	inputRef     = regexp.MustCompile(`inputs\.([A-Za-z0-9_-]+)`)
	usesLine     = regexp.MustCompile(`^\s*(?:-\s+)?uses:\s*(\S+)`)
	// A release tag (v4, v4.1, v4.1.2) or a full commit SHA.
	pinnedRef = regexp.MustCompile(`^(v[0-9]+(\.[0-9]+){0,2}|[0-9a-f]{40})$`)
)

// topLevelSection returns the lines of the top-level YAML key name, up to
// the next top-level key. action.yml is written in block style, so lines
// suffice; no YAML library is needed.
func topLevelSection(text, name string) []string {
	var lines []string
	in := false
	for _, line := range strings.Split(text, "\n") {
		if line != "" && line[0] != ' ' && line[0] != '#' {
			in = strings.HasPrefix(line, name+":")
			continue
		}
		if in {
			lines = append(lines, line)
		}
	}
	return lines
}

// TestActionMetadata checks action.yml against the script: every variable
// the script reads is passed from a declared input of the matching name,
// every input is used, and every action it uses is pinned to a version.
func TestActionMetadata(t *testing.T) {
	action := readRepoFile(t, "action.yml")
	script := readRepoFile(t, "scripts/action.sh")

	declared := map[string]bool{}
	for _, line := range topLevelSection(action, "inputs") {
		if m := secondLevelKey.FindStringSubmatch(line); m != nil {
			declared[m[1]] = true
		}
	}
	for _, want := range []string{"packages", "working-directory", "new-from-rev", "sarif", "upload-sarif", "flags"} {
		if !declared[want] {
			t.Errorf("action.yml does not declare input %s", want)
		}
	}

	passed := map[string]string{} // INPUT_ variable → input name
	for _, line := range strings.Split(action, "\n") {
		if m := envFromInput.FindStringSubmatch(line); m != nil {
			passed[m[1]] = m[2]
			// The runner's own convention for other kinds of actions:
			// upper case, with _ for -.
			if want := "INPUT_" + strings.ToUpper(strings.ReplaceAll(m[2], "-", "_")); m[1] != want {
				t.Errorf("action.yml passes input %s as %s, want %s", m[2], m[1], want)
			}
		}
	}
	read := map[string]bool{}
	for _, v := range regexp.MustCompile(`\bINPUT_[A-Z0-9_]+`).FindAllString(script, -1) {
		read[v] = true
	}
	if len(read) == 0 {
		t.Fatal("scripts/action.sh reads no INPUT_ variables")
	}
	for v := range read {
		name, ok := passed[v]
		switch {
		case !ok:
			t.Errorf("scripts/action.sh reads %s, which action.yml does not set", v)
		case !declared[name]:
			t.Errorf("action.yml sets %s from undeclared input %s", v, name)
		}
	}
	for v := range passed {
		if !read[v] {
			t.Errorf("action.yml sets %s, which scripts/action.sh does not read", v)
		}
	}
	used := map[string]bool{}
	for _, m := range inputRef.FindAllStringSubmatch(action, -1) {
		used[m[1]] = true
		if !declared[m[1]] {
			t.Errorf("action.yml uses undeclared input %s", m[1])
		}
	}
	for name := range declared {
		if !used[name] {
			t.Errorf("input %s is declared but never used", name)
		}
	}

	if !strings.Contains(action, `"$GITHUB_ACTION_PATH/scripts/action.sh"`) {
		t.Error("action.yml does not run scripts/action.sh from the action's own checkout")
	}
	uses := 0
	for _, line := range strings.Split(action, "\n") {
		m := usesLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		uses++
		_, ref, ok := strings.Cut(m[1], "@")
		if !ok || !pinnedRef.MatchString(ref) {
			t.Errorf("%q is not pinned to a release tag or commit SHA", strings.TrimSpace(line))
		}
	}
	if uses == 0 {
		t.Error("action.yml uses no actions; expected the SARIF upload")
	}
}

// TestPreCommitHooks checks .pre-commit-hooks.yaml: pre-commit installs a
// golang hook with `go install ./...`, so each entry must be the name of a
// command under cmd/, and since jwtlint takes packages, not files, each hook
// must pass a package pattern and no file names.
func TestPreCommitHooks(t *testing.T) {
	text := readRepoFile(t, ".pre-commit-hooks.yaml")
	var hooks []map[string]string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			hooks = append(hooks, map[string]string{})
			line = "  " + rest
		}
		// A hook's own fields are indented by two spaces; deeper lines
		// continue a folded description.
		if len(hooks) == 0 || !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "   ") {
			continue
		}
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			hooks[len(hooks)-1][k] = strings.TrimSpace(v)
		}
	}
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h["id"])
		if h["language"] != "golang" || h["pass_filenames"] != "false" || h["types"] != "[go]" {
			t.Errorf("hook %s: language %q, pass_filenames %q, types %q; want golang, false, [go]", h["id"], h["language"], h["pass_filenames"], h["types"])
		}
		if _, err := os.Stat(filepath.Join(repoRoot, "cmd", h["entry"], "main.go")); err != nil {
			t.Errorf("hook %s: entry %q is not a command that go install ./... builds: %v", h["id"], h["entry"], err)
		}
		if !strings.Contains(h["args"], "./...") {
			t.Errorf("hook %s: args %s name no packages", h["id"], h["args"])
		}
	}
	if want := []string{"jwtlint", "jwtlint-new"}; !slices.Equal(ids, want) {
		t.Errorf("hooks = %q, want %q", ids, want)
	}
	if !strings.Contains(text, "-new-from-rev=") {
		t.Error("no hook reports only new findings")
	}
}
