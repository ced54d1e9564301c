package stubtest

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// stubRoots are the directories of testdata/src that hold library stubs: the
// first elements of the stubbed import paths (module hosts such as
// github.com, vanity hosts such as gopkg.in, golang.org or connectrpc.com). Add the root
// of any new stub here. Every package below them is taken to be a stub of the library with the same
// import path, and must be blank-imported by testdata/realmods/imports.go.
// Everything else under testdata/src (analyzer test cases such as
// testdata/src/<checkname>/...) is ignored.
var stubRoots = []string{"connectrpc.com", "github.com", "golang.org", "google.golang.org", "gopkg.in", "gorm.io"}

// fullAPI lists the stub packages that must reproduce the complete exported
// API of the real package: every exported object, every exported method of an
// exported type and every exported field of an exported struct. The other
// stubs only cover the part of the API the analyzers need, and are checked
// for fidelity of what they declare.
var fullAPI = map[string]bool{
	"github.com/golang-jwt/jwt/v5":            true,
	"github.com/golang-jwt/jwt/v5/request":    true,
	"github.com/golang-jwt/jwt/v4":            true,
	"github.com/golang-jwt/jwt/v4/request":    true,
	"github.com/golang-jwt/jwt":               true,
	"github.com/golang-jwt/jwt/request":       true,
	"github.com/dgrijalva/jwt-go":             true,
	"github.com/dgrijalva/jwt-go/request":     true,
	"github.com/form3tech-oss/jwt-go":         true,
	"github.com/form3tech-oss/jwt-go/request": true,
}

const loadMode = packages.NeedTypes | packages.NeedName | packages.NeedImports | packages.NeedDeps

func TestStubsMatchRealLibraries(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	srcDir := filepath.Join(testdata, "src")
	realDir := filepath.Join(testdata, "realmods")

	stubPaths := discoverStubs(t, srcDir)
	if len(stubPaths) == 0 {
		t.Fatalf("no stub packages found under %s", srcDir)
	}
	for p := range fullAPI {
		if !contains(stubPaths, p) {
			t.Errorf("full-API stub %s is missing from testdata/src", p)
		}
	}
	checkRealImports(t, realDir, stubPaths)

	// The real modules come from the module proxy (or the local cache).
	download := exec.Command("go", "mod", "download")
	download.Dir = realDir
	download.Env = append(os.Environ(), "GOFLAGS=", "GO111MODULE=on", "GOWORK=off")
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s failed: %v\n%s", realDir, err, out)
	}

	stubs := load(t, "stub", &packages.Config{
		Mode: loadMode,
		Dir:  srcDir,
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}, stubPaths)
	reals := load(t, "real", &packages.Config{
		Mode: loadMode,
		Dir:  realDir,
		Env:  append(os.Environ(), "GO111MODULE=on", "GOFLAGS=", "GOWORK=off"),
	}, stubPaths)

	c := &comparer{}
	for _, path := range stubPaths {
		s, r := stubs[path], reals[path]
		if s == nil || r == nil {
			continue // already reported by load
		}
		c.comparePackage(s, r, fullAPI[path])
	}
	if len(c.problems) > 0 {
		sort.Strings(c.problems)
		t.Fatalf("%d stub mismatches with the real libraries:\n\t%s",
			len(c.problems), strings.Join(c.problems, "\n\t"))
	}
	t.Logf("checked %d stub packages against the real libraries", len(stubPaths))
}

// discoverStubs returns the import paths of all packages below the stub roots.
func discoverStubs(t *testing.T, srcDir string) []string {
	t.Helper()
	var paths []string
	for _, root := range stubRoots {
		dir := filepath.Join(srcDir, root)
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
				rel, err := filepath.Rel(srcDir, filepath.Dir(p))
				if err != nil {
					return err
				}
				ip := filepath.ToSlash(rel)
				if len(paths) == 0 || paths[len(paths)-1] != ip {
					paths = append(paths, ip)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(paths)
	return dedup(paths)
}

// checkRealImports requires realmods/imports.go to import every stub package,
// so that the pinned module set really covers the stubs. Internal packages
// cannot be imported from realmods; they are still loaded and compared.
func checkRealImports(t *testing.T, realDir string, stubPaths []string) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(realDir, "imports.go"), nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	imported := map[string]bool{}
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		imported[p] = true
	}
	for _, p := range stubPaths {
		if !imported[p] && !isInternal(p) {
			t.Errorf("stub package %s is not blank-imported by testdata/realmods/imports.go", p)
		}
	}
}

func load(t *testing.T, what string, cfg *packages.Config, paths []string) map[string]*types.Package {
	t.Helper()
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatalf("loading %s packages: %v", what, err)
	}
	var errs bytes.Buffer
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintf(&errs, "\t%s: %v\n", p.PkgPath, e)
		}
	})
	if errs.Len() > 0 {
		t.Fatalf("errors loading %s packages:\n%s", what, errs.String())
	}
	out := map[string]*types.Package{}
	for _, p := range pkgs {
		out[p.PkgPath] = p.Types
	}
	for _, p := range paths {
		if out[p] == nil {
			t.Errorf("%s package %s was not loaded", what, p)
		}
	}
	return out
}

// comparer accumulates every difference between stubs and real packages.
type comparer struct {
	problems []string
}

func (c *comparer) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// qualify prints package paths, so that the stub and the real package (which
// share their path) print identically.
func qualify(p *types.Package) string { return p.Path() }

func str(t types.Type) string { return types.TypeString(t, qualify) }

func objKind(o types.Object) string {
	switch o.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.Func:
		return "func"
	case *types.TypeName:
		return "type"
	}
	return fmt.Sprintf("%T", o)
}

func (c *comparer) comparePackage(stub, real *types.Package, full bool) {
	path := stub.Path()
	if stub.Name() != real.Name() {
		c.errorf("%s: package name %s, real %s", path, stub.Name(), real.Name())
	}
	for _, name := range stub.Scope().Names() {
		so := stub.Scope().Lookup(name)
		ro := real.Scope().Lookup(name)
		if !so.Exported() {
			// Unexported types that also exist in the real package (for
			// instance the type of an exported variable) must have the real
			// exported methods.
			if sn, ok := so.(*types.TypeName); ok {
				if rn, ok := ro.(*types.TypeName); ok && !sn.IsAlias() && !rn.IsAlias() {
					c.compareMethods(path+"."+name, sn.Type().(*types.Named), rn.Type().(*types.Named), false)
				}
			}
			continue
		}
		id := path + "." + name
		if ro == nil {
			c.errorf("%s: declared by the stub, absent from the real package", id)
			continue
		}
		if objKind(so) != objKind(ro) {
			c.errorf("%s: stub has a %s, real has a %s", id, objKind(so), objKind(ro))
			continue
		}
		switch so := so.(type) {
		case *types.Const:
			ro := ro.(*types.Const)
			if s, r := str(so.Type()), str(ro.Type()); s != r {
				c.errorf("%s: const type %s, real %s", id, s, r)
			}
			if s, r := so.Val().ExactString(), ro.Val().ExactString(); s != r {
				c.errorf("%s: const value %s, real %s", id, s, r)
			}
		case *types.Var, *types.Func:
			if s, r := str(so.Type()), str(ro.Type()); s != r {
				c.errorf("%s: %s type\n\t\t%s\n\t  real\t%s", id, objKind(so), s, r)
			}
		case *types.TypeName:
			c.compareTypeName(id, so, ro.(*types.TypeName), full)
		}
	}
	if full {
		for _, name := range real.Scope().Names() {
			if token.IsExported(name) && stub.Scope().Lookup(name) == nil {
				ro := real.Scope().Lookup(name)
				c.errorf("%s.%s: %s missing from full-API stub", path, name, objKind(ro))
			}
		}
	}
}

func (c *comparer) compareTypeName(id string, so, ro *types.TypeName, full bool) {
	if so.IsAlias() != ro.IsAlias() {
		c.errorf("%s: alias=%v, real alias=%v", id, so.IsAlias(), ro.IsAlias())
		return
	}
	if so.IsAlias() {
		if s, r := str(aliasRHS(so.Type())), str(aliasRHS(ro.Type())); s != r {
			c.errorf("%s: alias of %s, real alias of %s", id, s, r)
		}
		return
	}
	sn, rn := so.Type().(*types.Named), ro.Type().(*types.Named)
	if s, r := typeParams(sn.TypeParams()), typeParams(rn.TypeParams()); s != r {
		c.errorf("%s: type parameters %s, real %s", id, s, r)
	}
	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			c.errorf("%s: struct in stub, real underlying type %s", id, str(rn.Underlying()))
			break
		}
		c.compareFields(id, su, ru, full)
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			c.errorf("%s: interface in stub, real underlying type %s", id, str(rn.Underlying()))
			break
		}
		c.compareInterfaces(id, su, ru)
	default:
		if s, r := str(su), str(rn.Underlying()); s != r {
			c.errorf("%s: underlying type %s, real %s", id, s, r)
		}
	}
	c.compareMethods(id, sn, rn, full)
}

func aliasRHS(t types.Type) types.Type {
	if a, ok := t.(*types.Alias); ok {
		return a.Rhs()
	}
	return types.Unalias(t)
}

func typeParams(l *types.TypeParamList) string {
	var parts []string
	for i := 0; i < l.Len(); i++ {
		p := l.At(i)
		parts = append(parts, p.Obj().Name()+" "+str(p.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// compareFields checks the exported and embedded fields of a struct. Stubs may
// omit fields unless full is set; unexported, non-embedded fields are never
// compared.
func (c *comparer) compareFields(id string, s, r *types.Struct, full bool) {
	relevant := func(st *types.Struct) map[string]*types.Var {
		m := map[string]*types.Var{}
		for i := 0; i < st.NumFields(); i++ {
			if f := st.Field(i); f.Exported() || f.Embedded() {
				m[f.Name()] = f
			}
		}
		return m
	}
	sf, rf := relevant(s), relevant(r)
	for name, f := range sf {
		g, ok := rf[name]
		if !ok {
			c.errorf("%s.%s: field absent from the real struct", id, name)
			continue
		}
		if f.Embedded() != g.Embedded() {
			c.errorf("%s.%s: embedded=%v, real embedded=%v", id, name, f.Embedded(), g.Embedded())
		}
		if a, b := str(f.Type()), str(g.Type()); a != b {
			c.errorf("%s.%s: field type %s, real %s", id, name, a, b)
		}
	}
	if full {
		for name := range rf {
			if _, ok := sf[name]; !ok {
				c.errorf("%s.%s: field missing from full-API stub", id, name)
			}
		}
	}
}

// compareInterfaces requires identical method sets (and, for constraint
// interfaces, identical type sets).
func (c *comparer) compareInterfaces(id string, s, r *types.Interface) {
	if !s.IsMethodSet() || !r.IsMethodSet() {
		if a, b := str(s), str(r); a != b {
			c.errorf("%s: constraint %s, real %s", id, a, b)
		}
		return
	}
	methods := func(it *types.Interface) map[string]string {
		m := map[string]string{}
		for i := 0; i < it.NumMethods(); i++ {
			f := it.Method(i)
			m[f.Name()] = str(f.Type())
		}
		return m
	}
	sm, rm := methods(s), methods(r)
	for name, sig := range sm {
		rsig, ok := rm[name]
		switch {
		case !ok:
			c.errorf("%s.%s: interface method absent from the real interface", id, name)
		case sig != rsig:
			c.errorf("%s.%s: interface method\n\t\t%s\n\t  real\t%s", id, name, sig, rsig)
		}
	}
	for name := range rm {
		if _, ok := sm[name]; !ok {
			c.errorf("%s.%s: interface method missing from the stub", id, name)
		}
	}
}

// compareMethods checks the exported methods declared on a named type: each
// must be declared (not promoted) on the real type, with the same receiver
// kind and signature. With full set, the stub must declare all of them.
func (c *comparer) compareMethods(id string, s, r *types.Named, full bool) {
	declared := map[string]bool{}
	for i := 0; i < s.NumMethods(); i++ {
		m := s.Method(i)
		if !m.Exported() {
			continue
		}
		declared[m.Name()] = true
		mid := id + "." + m.Name()
		obj, index, _ := types.LookupFieldOrMethod(r, true, r.Obj().Pkg(), m.Name())
		rm, ok := obj.(*types.Func)
		if !ok {
			c.errorf("%s: method absent from the real type", mid)
			continue
		}
		if len(index) != 1 {
			c.errorf("%s: declared by the stub, promoted through an embedded field in the real type", mid)
			continue
		}
		if a, b := pointerRecv(m), pointerRecv(rm); a != b {
			c.errorf("%s: pointer receiver=%v, real pointer receiver=%v", mid, a, b)
		}
		if a, b := str(m.Type()), str(rm.Type()); a != b {
			c.errorf("%s: method\n\t\t%s\n\t  real\t%s", mid, a, b)
		}
	}
	if full {
		for i := 0; i < r.NumMethods(); i++ {
			m := r.Method(i)
			if m.Exported() && !declared[m.Name()] {
				c.errorf("%s.%s: method missing from full-API stub", id, m.Name())
			}
		}
	}
}

func pointerRecv(f *types.Func) bool {
	_, ok := f.Type().(*types.Signature).Recv().Type().(*types.Pointer)
	return ok
}

func isInternal(path string) bool {
	for _, elem := range strings.Split(path, "/") {
		if elem == "internal" {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func dedup(sorted []string) []string {
	var out []string
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}
