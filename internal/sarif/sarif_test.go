package sarif

import (
	"bytes"
	"encoding/json"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/gate"
)

const docGo = `// Package demo defines a check.
//
// The token is trusted before its signature is checked.
//
// Bad:
//
//	tok, _ := jwt.Parse(s, key)
//
// Good:
//
//	tok, err := jwt.Parse(s, key)
package demo
`

var demoCheck = checkdoc.New("democheck", "the signature is not verified", []string{"CWE-347"}, checkdoc.Critical, docGo)

// write runs Write on findings in files under a temporary root and decodes
// the output generically, so the test sees the JSON names, not our structs.
func write(t *testing.T, compared bool, files map[string]string, findings []gate.Finding, errs []string) (root string, log map[string]any) {
	t.Helper()
	root = t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	for i := range findings {
		f := &findings[i]
		f.Pos.Filename = filepath.Join(root, f.Path)
		if f.End.Line > 0 {
			f.End.Filename = f.Pos.Filename
		}
		for j := range f.Related {
			f.Related[j].Pos.Filename = filepath.Join(root, f.Related[j].Path)
		}
	}
	src := &gate.Source{}
	gate.Sort(findings)
	gate.Fingerprints(findings, src)
	var buf bytes.Buffer
	err := Write(&buf, Run{
		Version:        "v1.2.3",
		InformationURI: "https://github.com/jwtlint/jwtlint",
		Checks:         []*checkdoc.Check{demoCheck},
		Findings:       findings,
		Root:           root,
		WorkDir:        filepath.Join(root, "sub"),
		Errors:         errs,
		Compared:       compared,
		Source:         src,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	return root, log
}

// get walks a decoded JSON value: keys for objects, ints for arrays.
func get(t *testing.T, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %q", path, k)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("%v: no %q", path, k)
			}
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("%v: no element %d", path, k)
			}
			v = a[k]
		}
	}
	return v
}

func TestWrite(t *testing.T) {
	files := map[string]string{
		// "é" and "→" are 2 and 3 bytes: jwt.Parse starts at byte column 28,
		// character 24.
		"auth.go": "package auth\n\nfunc f() {\n\ts := \"é→é\"; tok, _ := jwt.Parse(s, key)\n\tuse(tok)\n}\n\n//jwtlint:ignore\n",
	}
	findings := []gate.Finding{{
		Check:   "democheck",
		Message: "democheck: the error of jwt.Parse is discarded",
		Path:    "auth.go",
		Pos:     token.Position{Line: 4, Column: 28},
		End:     token.Position{Line: 4, Column: 45},
		Related: []gate.Related{{Path: "auth.go", Pos: token.Position{Line: 5, Column: 2}, Message: "token used here"}},
	}, {
		Check:    "jwtlint",
		Message:  "jwtlint: //jwtlint:ignore needs a check name and a reason",
		Path:     "auth.go",
		Pos:      token.Position{Line: 8, Column: 1},
		Filtered: true,
	}, {
		Check:   "othercheck",
		Message: "othercheck: something else",
		Path:    "auth.go",
		Pos:     token.Position{Line: 5, Column: 2},
	}}
	root, log := write(t, true, files, findings, nil)

	if got := get(t, log, "version"); got != "2.1.0" {
		t.Errorf("version = %v", got)
	}
	if s := get(t, log, "$schema").(string); !strings.Contains(s, "sarif-schema-2.1.0.json") {
		t.Errorf("$schema = %v", s)
	}
	if n := len(get(t, log, "runs").([]any)); n != 1 {
		t.Fatalf("%d runs, want 1", n)
	}
	run := get(t, log, "runs", 0)

	drv := get(t, run, "tool", "driver")
	if get(t, drv, "name") != "jwtlint" || get(t, drv, "version") != "1.2.3" || get(t, drv, "informationUri") != "https://github.com/jwtlint/jwtlint" {
		t.Errorf("driver = %v", drv)
	}

	// Rules: the documented check, then, in order of first use, a minimal
	// rule for the unknown category and the directive rule.
	rules := get(t, drv, "rules").([]any)
	var ids []string
	for _, r := range rules {
		ids = append(ids, get(t, r, "id").(string))
		for _, field := range []string{"shortDescription", "fullDescription"} {
			if get(t, r, field, "text").(string) == "" {
				t.Errorf("rule %v: empty %s", ids[len(ids)-1], field)
			}
		}
	}
	if strings.Join(ids, " ") != "democheck othercheck jwtlint" {
		t.Errorf("rule ids = %v", ids)
	}
	r := rules[0]
	for path, want := range map[string]any{
		"name":                         "TheSignatureIsNotVerified",
		"shortDescription.text":        "The signature is not verified.",
		"fullDescription.text":         "The token is trusted before its signature is checked.",
		"help.text":                    demoCheck.Text(),
		"help.markdown":                demoCheck.Markdown(),
		"helpUri":                      demoCheck.URL(),
		"defaultConfiguration.level":   "error",
		"properties.precision":         "high",
		"properties.security-severity": checkdoc.Critical.Score(),
	} {
		var keys []any
		for _, k := range strings.SplitN(path, ".", 2) {
			keys = append(keys, k)
		}
		if got := get(t, r, keys...); got != want {
			t.Errorf("rule %s = %q, want %q", path, got, want)
		}
	}
	if md := get(t, r, "help", "markdown").(string); !strings.Contains(md, "jwt.Parse(s, key)") {
		t.Errorf("help.markdown lacks the examples:\n%s", md)
	}
	tags, _ := json.Marshal(get(t, r, "properties", "tags"))
	if string(tags) != `["security","CWE-347","external/cwe/cwe-347"]` {
		t.Errorf("tags = %s", tags)
	}

	// Base URI and invocation.
	base := get(t, run, "originalUriBaseIds", "%SRCROOT%", "uri").(string)
	if base != "file://"+filepath.ToSlash(root)+"/" {
		t.Errorf("%%SRCROOT%% = %s, root %s", base, root)
	}
	inv := get(t, run, "invocations", 0)
	if get(t, inv, "executionSuccessful") != true {
		t.Errorf("executionSuccessful = false without errors")
	}
	if wd := get(t, inv, "workingDirectory", "uri").(string); !strings.HasSuffix(wd, "/sub/") {
		t.Errorf("workingDirectory = %s", wd)
	}
	if get(t, run, "columnKind") != "unicodeCodePoints" {
		t.Errorf("columnKind = %v", get(t, run, "columnKind"))
	}

	results := get(t, run, "results").([]any)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3", len(results))
	}
	byRule := map[string]any{}
	for _, res := range results {
		id := get(t, res, "ruleId").(string)
		byRule[id] = res
		idx := int(get(t, res, "ruleIndex").(float64))
		if got := get(t, rules[idx], "id"); got != id {
			t.Errorf("result %s: ruleIndex %d names rule %v", id, idx, got)
		}
		fp := get(t, res, "partialFingerprints", gate.FingerprintKey).(string)
		if len(fp) != 32 {
			t.Errorf("result %s: fingerprint %q", id, fp)
		}
	}

	res := byRule["democheck"]
	if get(t, res, "level") != "error" || get(t, res, "baselineState") != "new" {
		t.Errorf("level/baselineState = %v/%v", get(t, res, "level"), get(t, res, "baselineState"))
	}
	if msg := get(t, res, "message", "text"); msg != "the error of jwt.Parse is discarded" {
		t.Errorf("message = %q (the check prefix should be gone: ruleId says it)", msg)
	}
	loc := get(t, res, "locations", 0, "physicalLocation")
	if get(t, loc, "artifactLocation", "uri") != "auth.go" || get(t, loc, "artifactLocation", "uriBaseId") != "%SRCROOT%" {
		t.Errorf("artifactLocation = %v", get(t, loc, "artifactLocation"))
	}
	reg, _ := json.Marshal(get(t, loc, "region"))
	if string(reg) != `{"endColumn":41,"endLine":4,"startColumn":24,"startLine":4}` {
		t.Errorf("region = %s (byte columns 28-45 after é→é are characters 24-41)", reg)
	}
	rel := get(t, res, "relatedLocations", 0)
	if get(t, rel, "id") != float64(1) || get(t, rel, "message", "text") != "token used here" ||
		get(t, rel, "physicalLocation", "region", "startLine") != float64(5) {
		t.Errorf("relatedLocations[0] = %v", rel)
	}

	dir := byRule["jwtlint"]
	if get(t, dir, "level") != "warning" || get(t, dir, "baselineState") != "unchanged" {
		t.Errorf("directive result level/baselineState = %v/%v", get(t, dir, "level"), get(t, dir, "baselineState"))
	}
}

func TestWriteEmptyAndErrors(t *testing.T) {
	_, log := write(t, false, nil, nil, []string{"x.go:1:1: undefined: y"})
	run := get(t, log, "runs", 0)
	if res, ok := get(t, run, "results").([]any); !ok || len(res) != 0 {
		t.Errorf(`results = %v, want []`, get(t, run, "results"))
	}
	inv := get(t, run, "invocations", 0)
	if get(t, inv, "executionSuccessful") != false {
		t.Error("executionSuccessful = true with errors")
	}
	if get(t, inv, "toolExecutionNotifications", 0, "message", "text") != "x.go:1:1: undefined: y" {
		t.Errorf("notifications = %v", get(t, inv, "toolExecutionNotifications"))
	}
	if rules := get(t, run, "tool", "driver", "rules").([]any); len(rules) != 1 {
		t.Errorf("%d rules, want every check even without results", len(rules))
	}
}

func TestNoBaselineState(t *testing.T) {
	files := map[string]string{"a.go": "package a\n"}
	_, log := write(t, false, files, []gate.Finding{{Check: "democheck", Message: "democheck: x", Path: "a.go", Pos: token.Position{Line: 1, Column: 1}}}, nil)
	if _, ok := get(t, log, "runs", 0, "results", 0).(map[string]any)["baselineState"]; ok {
		t.Error("baselineState set although nothing was compared")
	}
}

func TestCharColumn(t *testing.T) {
	for _, c := range []struct {
		line      string
		byteCol   int
		character int
	}{
		{"abc", 1, 1},
		{"abc", 4, 4},  // just past the end
		{"é=x", 4, 3},  // after a 2-byte rune
		{"→x", 4, 2},   // after a 3-byte rune
		{"😀x", 5, 2},   // a 4-byte rune is one code point
		{"ab", 10, 10}, // past the end of the line: keep the distance
		{"é", 0, 1},    // invalid column
	} {
		if got := charColumn(c.line, c.byteCol); got != c.character {
			t.Errorf("charColumn(%q, %d) = %d, want %d", c.line, c.byteCol, got, c.character)
		}
	}
}

func TestURIs(t *testing.T) {
	if got := artifact("/x/a b.go", "dir/a b.go").URI; got != "dir/a%20b.go" {
		t.Errorf("relative URI = %s", got)
	}
	if got := artifact("/elsewhere/a.go", ""); got.URI != "file:///elsewhere/a.go" || got.URIBaseID != "" {
		t.Errorf("outside the root: %+v", got)
	}
	if got := camel("data from a token reaches SQL"); got != "DataFromATokenReachesSQL" {
		t.Errorf("camel = %s", got)
	}
}

// TestInputKindLevels: a data-flow result names its kind of input; program
// input, stored data and values of no known kind are warnings with a
// medium security-severity, remote input and token data errors.
func TestInputKindLevels(t *testing.T) {
	files := map[string]string{"a.go": "package a\n\nvar x, y, z, w, v = 1, 2, 3, 4, 5\n"}
	mk := func(line int, check, msg string) gate.Finding {
		return gate.Finding{Check: check, Message: check + ": " + msg, Path: "a.go", Pos: token.Position{Line: line, Column: 1}}
	}
	_, log := write(t, false, files, []gate.Finding{
		mk(1, "sqlstring", "the query text of (*sql.DB).Query is built with + from remote input (r.FormValue(\"q\")); use bind parameters"),
		mk(2, "sqlstring", "the query text of (*sql.DB).Exec is built with + from program input (os.Args); use bind parameters"),
		mk(3, "sqlstring", "the query text of (*sql.DB).Query is built with + from stored input (rows.Scan(&f)); use bind parameters"),
		mk(4, "sqlstring", "the query text of (*sql.DB).Query is built with + from a value not proven safe; use bind parameters"),
		mk(5, "jwtsql", "claim \"sub\" of jwt.MapClaims reaches the query text of (*sql.DB).Query; pass it as a bind parameter instead"),
	}, nil)
	want := []struct{ input, level, severity string }{
		{"remote", "error", ""}, {"program", "warning", "5.3"}, {"stored", "warning", "5.3"},
		{"unknown", "warning", "5.3"}, {"token", "error", ""},
	}
	for i, w := range want {
		res := get(t, log, "runs", 0, "results", i)
		if got := get(t, res, "level"); got != w.level {
			t.Errorf("result %d: level %v, want %s", i, got, w.level)
		}
		props := get(t, res, "properties").(map[string]any)
		if props["jwtlint/input"] != w.input {
			t.Errorf("result %d: input %v, want %s", i, props["jwtlint/input"], w.input)
		}
		if sev, _ := props["security-severity"].(string); sev != w.severity {
			t.Errorf("result %d: security-severity %q, want %q", i, sev, w.severity)
		}
	}
}
