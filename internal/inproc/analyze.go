package inproc

import (
	"fmt"
	"go/types"
	"os"
	"reflect"
	"runtime/debug"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A factKey names one fact: of an object, or (obj nil) of a package.
type factKey struct {
	obj types.Object
	pkg *types.Package
	typ reflect.Type
}

// factSet holds the facts one analyzer sees on one package: those it
// inherited and those it exported.
type factSet map[factKey]analysis.Fact

type factsByAnalyzer map[*analysis.Analyzer]factSet

// analyze runs the analyzers on the type-checked package and drops what
// no later package needs.
func (r *run) analyze(p *packages.Package) *Outcome {
	out := &Outcome{Package: p, Fset: r.fset, Matched: r.matched[p]}
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]bool{}
	exported := factsByAnalyzer{}
	for _, a := range r.order {
		if slices.ContainsFunc(a.Requires, func(req *analysis.Analyzer) bool { return failed[req] }) ||
			p.IllTyped && !a.RunDespiteErrors {
			failed[a] = true
			out.Skipped = true
			continue
		}
		var facts factSet
		if len(a.FactTypes) > 0 {
			facts = r.inherit(p, a)
		}
		res, err := RunAnalyzer(a, r.pass(p, a, results, facts, out))
		if err != nil {
			// Unlike go/analysis/checker, the importers of this package
			// are still analysed, without this analyzer's facts from it:
			// one failure must not hide the findings of the rest.
			out.Failures = append(out.Failures, fmt.Sprintf("%s: %v", a.Name, err))
			failed[a] = true
			continue
		}
		results[a] = res
		if facts != nil {
			exported[a] = facts
		}
	}
	for _, dep := range p.Imports {
		if r.source[dep] {
			if r.pending[dep]--; r.pending[dep] == 0 {
				delete(r.facts, dep)
			}
		}
	}
	if r.pending[p] > 0 {
		r.facts[p] = exported
	}
	out.Errors = p.Errors
	// The types stay (importers are checked against them); the rest is
	// no longer needed, the positions being resolved with the file set.
	p.Syntax, p.TypesInfo = nil, nil
	return out
}

// inherit gathers the facts of a's passes on the package's source imports
// that the package can see, as go/analysis/checker does: package facts,
// and object facts of objects an importer may reach (exportedFrom).
func (r *run) inherit(p *packages.Package, a *analysis.Analyzer) factSet {
	set := factSet{}
	for _, dep := range p.Imports {
		for k, f := range r.facts[dep][a] {
			if k.obj == nil || exportedFrom(k.obj, dep.Types) {
				set[k] = f
			}
		}
	}
	return set
}

// exportedFrom reports whether a fact about obj, held by the pass on pkg,
// may matter to pkg's importers: go/analysis/checker's filter.
func exportedFrom(obj types.Object, pkg *types.Package) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() && obj.Pkg() == pkg || obj.Signature().Recv() != nil
	case *types.Var:
		// Fields, and parameters (which cannot be told from locals).
		return obj.IsField() || obj.Pkg() == pkg
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// pass builds a's pass on p. Diagnostics of the root analyzer go to out;
// facts live in facts (nil for an analyzer without fact types).
func (r *run) pass(p *packages.Package, a *analysis.Analyzer, results map[*analysis.Analyzer]any, facts factSet, out *Outcome) *analysis.Pass {
	resultOf := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		resultOf[req] = results[req]
	}
	exportFact := func(k factKey, fact analysis.Fact) {
		if facts == nil || !slices.ContainsFunc(a.FactTypes, func(t analysis.Fact) bool { return reflect.TypeOf(t) == k.typ }) {
			panic(fmt.Sprintf("%s: fact of undeclared type %v", a.Name, k.typ))
		}
		facts[k] = fact
	}
	importFact := func(k factKey, ptr analysis.Fact) bool {
		v, ok := facts[k]
		if ok {
			reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		}
		return ok
	}
	module := &analysis.Module{}
	if m := p.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	return &analysis.Pass{
		Analyzer:     a,
		Fset:         r.fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     resultOf,
		ReadFile:     readFile(p),
		Report: func(d analysis.Diagnostic) {
			if a == r.analyzer {
				out.Diagnostics = append(out.Diagnostics, d)
			}
		},
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			if obj == nil {
				panic("ImportObjectFact of a nil object")
			}
			return importFact(factKey{obj: obj, typ: reflect.TypeOf(ptr)}, ptr)
		},
		ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
			return importFact(factKey{pkg: pkg, typ: reflect.TypeOf(ptr)}, ptr)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj == nil || obj.Pkg() != p.Types {
				panic(fmt.Sprintf("%s: fact %T for object %v of another package", a.Name, fact, obj))
			}
			exportFact(factKey{obj: obj, typ: reflect.TypeOf(fact)}, fact)
		},
		ExportPackageFact: func(fact analysis.Fact) {
			exportFact(factKey{pkg: p.Types, typ: reflect.TypeOf(fact)}, fact)
		},
		AllObjectFacts: func() []analysis.ObjectFact {
			var list []analysis.ObjectFact
			for k, f := range facts {
				if k.obj != nil {
					list = append(list, analysis.ObjectFact{Object: k.obj, Fact: f})
				}
			}
			return list
		},
		AllPackageFacts: func() []analysis.PackageFact {
			var list []analysis.PackageFact
			for k, f := range facts {
				if k.obj == nil {
					list = append(list, analysis.PackageFact{Package: k.pkg, Fact: f})
				}
			}
			return list
		},
	}
}

// readFile lets an analyzer read the package's own files only, as
// go/analysis drivers do.
func readFile(p *packages.Package) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		for _, list := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles, p.IgnoredFiles, p.EmbedFiles} {
			if slices.Contains(list, name) {
				return os.ReadFile(name)
			}
		}
		return nil, fmt.Errorf("%s is not among the files of package %s", name, p.PkgPath)
	}
}

// AnalyzerOrder lists root's analyzer graph, each analyzer after those it
// requires.
func AnalyzerOrder(root *analysis.Analyzer) []*analysis.Analyzer {
	var list []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		list = append(list, a)
	}
	visit(root)
	return list
}

// RunAnalyzer runs the analyzer's pass. An escaped panic becomes an error
// that holds the stack, and so does a result of the wrong type.
func RunAnalyzer(a *analysis.Analyzer, pass *analysis.Pass) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	if res, err = a.Run(pass); err != nil {
		return nil, err
	}
	if a.ResultType != nil && (res == nil || reflect.TypeOf(res) != a.ResultType) {
		return nil, fmt.Errorf("result of type %T, want %v", res, a.ResultType)
	}
	return res, nil
}
