package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/gcexportdata"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
	"github.com/jwtlint/jwtlint/internal/libmodel"
)

func TestCanSkipFactsOnly(t *testing.T) {
	const goroot = "/goroot"
	dir := t.TempDir()
	noFacts := filepath.Join(dir, "nofacts.vetx")
	facts := filepath.Join(dir, "facts.vetx")
	empty := filepath.Join(dir, "empty")
	writeFile(t, noFacts, vetxFile(3, 0))
	writeFile(t, facts, vetxFile(3, 5))
	writeFile(t, empty, "")

	// dep is a facts-only run of a versioned dependency importing fmt.
	dep := func() *vetUnit {
		return &vetUnit{
			ImportPath: "example.com/dep", Dir: "/mod/example.com/dep@v1.0.0",
			GoFiles:    []string{"dep.go"},
			ModulePath: "example.com/dep", ModuleVersion: "v1.0.0",
			ImportMap:   map[string]string{"fmt": "fmt"},
			PackageVetx: map[string]string{"fmt": noFacts},
			VetxOnly:    true, VetxOutput: "vet.out",
		}
	}
	for _, tc := range []struct {
		name string
		edit func(u *vetUnit)
		want bool
	}{
		{"versioned dependency", func(*vetUnit) {}, true},
		{"reported package", func(u *vetUnit) { u.VetxOnly = false }, false},
		{"no output asked", func(u *vetUnit) { u.VetxOutput = "" }, false},
		{"main module", func(u *vetUnit) { u.ModuleVersion = "" }, false},
		{"main module, go1.27 cfg", func(u *vetUnit) {
			u.ModulePath, u.ModuleVersion = "", ""
			u.Module = &struct{ Path, Version string }{"example.com/dep", ""}
		}, false},
		{"versioned, go1.27 cfg", func(u *vetUnit) {
			u.ModulePath, u.ModuleVersion = "", ""
			u.Module = &struct{ Path, Version string }{"example.com/dep", "v1.0.0"}
		}, true},
		{"standard library", func(u *vetUnit) {
			u.ImportPath, u.Dir, u.ModulePath, u.ModuleVersion = "net/http", "/goroot/src/net/http", "", ""
		}, true},
		{"vendored in the standard library", func(u *vetUnit) {
			u.ImportPath, u.Dir, u.ModulePath, u.ModuleVersion = "vendor/golang.org/x/net/idna", "/goroot/src/vendor/golang.org/x/net/idna", "", ""
		}, true},
		{"GOPATH package", func(u *vetUnit) {
			u.ImportPath, u.Dir, u.ModulePath, u.ModuleVersion = "app/db", "/gopath/src/app/db", "", ""
		}, false},
		{"imports a JWT library", func(u *vetUnit) { u.ImportMap["github.com/golang-jwt/jwt/v5"] = "github.com/golang-jwt/jwt/v5" }, false},
		{"imports go-jose", func(u *vetUnit) {
			u.ImportMap["github.com/go-jose/go-jose/v4/jwt"] = "github.com/go-jose/go-jose/v4/jwt"
		}, false},
		{"imports keyfunc", func(u *vetUnit) { u.ImportMap["github.com/MicahParks/keyfunc/v3"] = "github.com/MicahParks/keyfunc/v3" }, false},
		{"imports database/sql", func(u *vetUnit) { u.ImportMap["database/sql"] = "database/sql" }, false},
		{"imports a user-named sink package", func(u *vetUnit) { u.ImportMap["example.com/db"] = "example.com/db" }, false},
		{"imports one that exported facts", func(u *vetUnit) { u.PackageVetx["example.com/keys"] = facts }, false},
		{"imports one with an empty output", func(u *vetUnit) { u.PackageVetx["example.com/x"] = empty }, true},
		{"imports one with an unreadable output", func(u *vetUnit) { u.PackageVetx["example.com/x"] = filepath.Join(dir, "missing") }, false},
		{"no Go files", func(u *vetUnit) { u.GoFiles = nil }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := dep()
			tc.edit(u)
			named := func(path string) bool { return libmodel.Modelled(path) || path == "example.com/db" }
			if got := canSkipFactsOnly(u, goroot, named, vetxHasFacts); got != tc.want {
				t.Errorf("canSkipFactsOnly = %v, want %v", got, tc.want)
			}
		})
	}
}

// vetxFile returns a vetx file with sections of the given lengths.
func vetxFile(types, facts int) string {
	var b bytes.Buffer
	b.WriteString("vetx")
	b.Write([]byte{byte(types), 0, 0, 0, byte(facts), 0, 0, 0})
	b.Write(make([]byte, types+facts))
	return b.String()
}

// TestDeclarations: the declarations alone give the same export data as
// the whole package, and blanking leaves positions where they were.
func TestDeclarations(t *testing.T) {
	const src = `package p

import (
	"fmt"
	"strings"
)

type S struct{ A, b int }

// M has a body with braces, strings and runes.
func (s *S) M() (r struct{ X int }) {
	if s.A > 0 { r.X = len("}{") + int('}') }
	return
}

func G[T interface{ ~int | ~string }](x T) map[string]struct{} {
	m := map[string]struct{}{fmt.Sprint(x): {}}
	return m
}

func F() func() int { return func() int { return 1 } }

var V = func() int {
	type local struct{}
	return len(strings.Repeat("a", 2))
}()

var W = S{A: 1}

func asm(x int) int

const C = len("abc")

func Last() interface{ M() (r struct{ X int }) } {
//line generated.go:100
	return &S{}
}

type After int
`
	dir := t.TempDir()
	name := filepath.Join(dir, "p.go")
	writeFile(t, name, src)

	blanked, ok := blankFuncBodies([]byte(src))
	if !ok {
		t.Fatal("blankFuncBodies failed")
	}
	if len(blanked) != len(src) || bytes.Count(blanked, []byte("\n")) != strings.Count(src, "\n") {
		t.Fatalf("blanking moved text:\n%s", blanked)
	}
	for _, gone := range []string{`"}{"`, "r.X = len", "fmt.Sprint(x)", "return func()"} {
		if bytes.Contains(blanked, []byte(gone)) {
			t.Errorf("body text %q left in:\n%s", gone, blanked)
		}
	}
	for _, kept := range []string{"type local struct{}", "func asm(x int) int", "S{A: 1}", "//line generated.go:100", "r struct{ X int }"} {
		if !bytes.Contains(blanked, []byte(kept)) {
			t.Errorf("declaration text %q blanked:\n%s", kept, blanked)
		}
	}

	full := exportData(t, name, func(fset *token.FileSet) *ast.File {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}, false)
	decls := exportData(t, name, func(fset *token.FileSet) *ast.File {
		f, err := parseDeclarations(fset, name)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}, true)
	if !bytes.Equal(full, decls) {
		t.Errorf("export data of the declarations differs from that of the whole package")
	}
}

func exportData(t *testing.T, name string, parse func(*token.FileSet) *ast.File, ignoreBodies bool) []byte {
	t.Helper()
	fset := token.NewFileSet()
	f := parse(fset)
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), IgnoreFuncBodies: ignoreBodies}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b bytes.Buffer
	if err := gcexportdata.Write(&b, fset, pkg); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSkipUnderGoVet runs go vet over a module with versioned
// dependencies, with and without the skip: the skip answers the
// dependencies that can have no fact (and those only), and every package's
// output, facts and types, is byte for byte what the analysis writes, so
// the findings are the same.
func TestSkipUnderGoVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet twice over the standard library")
	}
	t.Parallel()
	files := map[string]string{
		"app/app.go": `package app

import (
	"fmt"

	"example.com/plain"
	"example.com/sqlhelp"
	"example.com/wrap"
	"github.com/golang-jwt/jwt/v5"
)

func Handle(s string) string {
	tok, _ := jwt.Parse(s, wrap.Key)
	sub, _ := tok.Claims.GetSubject()
	sqlhelp.Run("SELECT * FROM t WHERE sub = '" + sub + "'")
	return fmt.Sprint(plain.Upper(sub))
}
`,
		// plain imports nothing modelled: skipped. So are golang-jwt and
		// database/sql themselves, whose code is modelled, not analysed.
		"plain/go.mod": "module example.com/plain\n\ngo 1.21\n",
		"plain/plain.go": `package plain

import "strings"

func Upper(s string) string { return strings.ToUpper(s) }
`,
		// keys imports golang-jwt: analysed, exports a key function summary.
		"keys/go.mod": "module example.com/keys\n\ngo 1.21\n\nrequire github.com/golang-jwt/jwt/v5 v5.3.1\n",
		"keys/keys.go": `package keys

import "github.com/golang-jwt/jwt/v5"

func Key(t *jwt.Token) (any, error) { return []byte("secret"), nil }
`,
		// wrap imports only keys, whose output has facts: analysed.
		"wrap/go.mod": "module example.com/wrap\n\ngo 1.21\n\nrequire example.com/keys v1.0.0\n",
		"wrap/wrap.go": `package wrap

import "example.com/keys"

var Key = keys.Key
`,
		// sqlhelp imports database/sql: analysed.
		"sqlhelp/go.mod": "module example.com/sqlhelp\n\ngo 1.21\n",
		"sqlhelp/sqlhelp.go": `package sqlhelp

import "database/sql"

var DB *sql.DB

func Run(q string) { DB.Exec(q) }
`,
	}
	dir := module(t, files)
	mod := "module example.com/m\n\ngo 1.26\n\nrequire (\n\tgithub.com/golang-jwt/jwt/v5 v5.3.1\n"
	replace := "replace github.com/golang-jwt/jwt/v5 => ./jwtstub\n"
	for _, dep := range []string{"plain", "keys", "wrap", "sqlhelp"} {
		mod += "\texample.com/" + dep + " v1.0.0\n"
		replace += "replace example.com/" + dep + " => ./" + dep + "\n"
	}
	writeFile(t, filepath.Join(dir, "go.mod"), mod+")\n\n"+replace)

	analysed := vetRun(t, dir, noSkipEnv+"=1")
	skipped := vetRun(t, dir, "")

	for _, want := range []string{"example.com/plain", "strings", "fmt"} {
		if !slices.Contains(skipped.trace, want) {
			t.Errorf("%s was analysed, want it skipped", want)
		}
	}
	for _, keep := range []string{"example.com/m/app", "example.com/keys", "example.com/wrap", "example.com/sqlhelp"} {
		if slices.Contains(skipped.trace, keep) {
			t.Errorf("%s was skipped, want it analysed", keep)
		}
	}
	if len(analysed.trace) > 0 {
		t.Errorf("%s=1 still skipped %v", noSkipEnv, analysed.trace)
	}

	if len(analysed.outputs) == 0 || len(analysed.outputs) != len(skipped.outputs) {
		t.Fatalf("%d outputs analysed, %d with the skip", len(analysed.outputs), len(skipped.outputs))
	}
	for id, out := range analysed.outputs {
		if !bytes.Equal(out, skipped.outputs[id]) {
			t.Errorf("%s: the output with the skip differs from the analysis'", id)
		}
	}
	if analysed.findings != skipped.findings || !strings.Contains(skipped.findings, "jwtverify") {
		t.Errorf("findings differ:\nanalysed:\n%s\nwith the skip:\n%s", analysed.findings, skipped.findings)
	}
}

type vetResult struct {
	trace    []string          // packages skipped
	outputs  map[string][]byte // package ID → vet.out
	findings string            // go vet -json's output
}

// vetRun runs go vet -json -vettool over dir, keeping its work directory
// to read every package's output. A cache key of its own makes go vet run
// the tool for every package.
func vetRun(t *testing.T, dir, env string) vetResult {
	t.Helper()
	trace := filepath.Join(t.TempDir(), "trace")
	key := fmt.Sprintf("-cache-key=%s-%d", t.Name(), time.Now().UnixNano())
	cmd := exec.Command("go", "vet", "-work", "-json", "-vettool="+binary, key, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), skipTraceEnv+"="+trace)
	if env != "" {
		cmd.Env = append(cmd.Env, env)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, stderr.String())
	}
	m := regexp.MustCompile(`WORK=(\S+)`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("go vet -work printed no WORK=:\n%s", stderr.String())
	}
	t.Cleanup(func() { os.RemoveAll(m[1]) })

	res := vetResult{outputs: map[string][]byte{}, findings: stdout.String()}
	cfgs, _ := filepath.Glob(filepath.Join(m[1], "*", "vet.cfg"))
	for _, cfg := range cfgs {
		data, err := os.ReadFile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var u struct{ ID string }
		if err := json.Unmarshal(data, &u); err != nil {
			t.Fatal(err)
		}
		if out, err := os.ReadFile(filepath.Join(filepath.Dir(cfg), "vet.out")); err == nil {
			res.outputs[u.ID] = out
		}
	}
	if data, err := os.ReadFile(trace); err == nil {
		res.trace = strings.Fields(string(data))
	}
	return res
}

// TestUserNamed: packages named by -sinks, -sources and -sanitizers keep
// their importers analysed.
func TestUserNamed(t *testing.T) {
	set := func(name, value string) {
		t.Helper()
		if err := jwtlint.Analyzer.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	defer func() { set("sinks", ""); set("sources", ""); set("sanitizers", "") }()
	set("sinks", "example.com/db.Exec:1,example.com/db.Store.Find:0")
	set("sources", "example.com/auth.Claims:-1")
	set("sanitizers", "example.com/quote.Ident:0")
	named, err := userNamed()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"example.com/db": true, "example.com/auth": true, "example.com/quote": true}
	if !maps.Equal(named, want) {
		t.Errorf("userNamed() = %v, want %v", named, want)
	}
}
