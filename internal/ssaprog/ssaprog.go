// Package ssaprog builds the SSA form of a package for jwtlint's analyses,
// lazily: only when a check finds the package relevant (it calls a JWT or SQL
// library, or a function with a jwtlint summary) is SSA constructed.
//
// buildssa.Analyzer builds SSA for every package of the import graph,
// including the standard library, because analyzers with facts run on every
// dependency. Most of those packages can never hold a JWT or SQL flow, so
// building their SSA would dominate jwtlint's run time; this analyzer returns
// a handle instead, and the first Get builds the package once.
package ssaprog

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// Analyzer returns a *Lazy handle to the package's SSA form.
var Analyzer = &analysis.Analyzer{
	Name:             "jwtlintssa",
	Doc:              "build SSA on demand for jwtlint's checks",
	URL:              "https://github.com/jwtlint/jwtlint/blob/main/docs/design.md",
	Run:              func(pass *analysis.Pass) (any, error) { return &Lazy{pass: pass}, nil },
	ResultType:       reflect.TypeFor[*Lazy](),
	RunDespiteErrors: true,
}

// Lazy builds the package's SSA at most once.
type Lazy struct {
	pass *analysis.Pass
	once sync.Once
	prog *Program
	err  error
}

// Program is the SSA form of one package plus indexes every jwtlint
// analysis needs: source functions, call expressions by position, and the
// stores into globals and struct fields.
type Program struct {
	Pkg *ssa.Package
	// Funcs are the package's source functions (with their anonymous
	// functions, and the package initializer) in source order.
	Funcs []*ssa.Function

	callExprs    map[token.Pos]*ast.CallExpr
	files        []*ast.File
	fset         *token.FileSet
	storeIndex   map[any][]ssa.Value // *ssa.Global or *types.Var (field) → stored values
	closureIndex map[*ssa.Function][]*ssa.MakeClosure
	callSites    map[*ssa.Function][]ssa.CallInstruction
	valueUses    map[*ssa.Function]bool
	loadIndex    map[*ssa.Global][]*ssa.UnOp
	indexOnce    sync.Once
}

// Get returns the SSA program, building it on first use. It returns
// (nil, nil) for a package that cannot be analysed (type errors): the
// driver already reports those errors.
func (l *Lazy) Get() (*Program, error) {
	l.once.Do(func() {
		if len(l.pass.TypeErrors) > 0 || l.pass.Pkg == nil || l.pass.TypesInfo == nil {
			return
		}
		defer finding.Recover("ssa", l.pass, &l.err)
		finding.Inject("ssa")
		l.prog = build(l.pass)
	})
	return l.prog, l.err
}

// Release drops the program: later calls of Get return (nil, nil). The
// bundle calls it when every check is done with the package.
func (l *Lazy) Release() {
	l.once.Do(func() {})
	l.prog, l.err = nil, nil
}

// Pass returns the pass the handle was built for.
func (l *Lazy) Pass() *analysis.Pass { return l.pass }

func build(pass *analysis.Pass) *Program {
	prog := ssa.NewProgram(pass.Fset, 0)
	prog.SetNoReturn(libmodel.NoReturn)
	for _, imp := range pass.Pkg.Imports() {
		prog.CreatePackage(imp, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	p := &Program{Pkg: pkg, files: pass.Files, fset: pass.Fset, callExprs: map[token.Pos]*ast.CallExpr{}}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		p.Funcs = append(p.Funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	if init := pkg.Func("init"); init != nil {
		add(init)
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				obj, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if obj == nil || fd.Body == nil {
					continue
				}
				if fn := prog.FuncValue(obj); fn != nil {
					add(fn)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				p.callExprs[call.Lparen] = call
			}
			return true
		})
	}
	return p
}

// CallExpr returns the call expression of an SSA call instruction, or nil
// for calls without one (implicit calls, defers of builtins...).
func (p *Program) CallExpr(call ssa.CallInstruction) *ast.CallExpr {
	return p.callExprs[call.Common().Pos()]
}

// Files returns the package's syntax.
func (p *Program) Files() []*ast.File { return p.files }

// Fset returns the file set of the package.
func (p *Program) Fset() *token.FileSet { return p.fset }

// Stores returns the values stored anywhere in the package into the global,
// or into the struct field (*types.Var), flow-insensitively.
func (p *Program) Stores(loc any) []ssa.Value {
	p.index()
	return p.storeIndex[loc]
}

// CalledDirectly reports whether the package calls fn statically
// somewhere (not only through function values or interfaces).
func (p *Program) CalledDirectly(fn *ssa.Function) bool {
	p.index()
	return len(p.callSites[fn]) > 0
}

// CallSites returns the package's static calls of fn, and whether fn is
// used otherwise too (as a value: stored, passed, deferred through a
// variable), when those calls are not all its calls.
func (p *Program) CallSites(fn *ssa.Function) (calls []ssa.CallInstruction, usedAsValue bool) {
	p.index()
	return p.callSites[fn], p.valueUses[fn]
}

// Loads returns the loads of a package-level variable anywhere in the
// package.
func (p *Program) Loads(g *ssa.Global) []*ssa.UnOp {
	p.index()
	return p.loadIndex[g]
}

// Closures returns the MakeClosure instructions that bind fn's free variables.
func (p *Program) Closures(fn *ssa.Function) []*ssa.MakeClosure {
	p.index()
	return p.closureIndex[fn]
}

func (p *Program) index() {
	p.indexOnce.Do(func() {
		p.storeIndex = map[any][]ssa.Value{}
		p.closureIndex = map[*ssa.Function][]*ssa.MakeClosure{}
		p.callSites = map[*ssa.Function][]ssa.CallInstruction{}
		p.valueUses = map[*ssa.Function]bool{}
		p.loadIndex = map[*ssa.Global][]*ssa.UnOp{}
		for _, fn := range p.Funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					p.indexFuncOperands(instr)
					switch instr := instr.(type) {
					case *ssa.Store:
						if loc := Location(instr.Addr); loc != nil {
							p.storeIndex[loc] = append(p.storeIndex[loc], instr.Val)
						}
					case *ssa.MakeClosure:
						if f, ok := instr.Fn.(*ssa.Function); ok {
							p.closureIndex[f] = append(p.closureIndex[f], instr)
						}
					case ssa.CallInstruction:
						if f := instr.Common().StaticCallee(); f != nil {
							p.callSites[f] = append(p.callSites[f], instr)
						}
					case *ssa.UnOp:
						if g, ok := instr.X.(*ssa.Global); ok && instr.Op == token.MUL {
							p.loadIndex[g] = append(p.loadIndex[g], instr)
						}
					}
				}
			}
		}
	})
}

// indexFuncOperands records the functions an instruction uses other than
// as the callee of a static call.
func (p *Program) indexFuncOperands(instr ssa.Instruction) {
	var callee *ssa.Value
	if c, ok := instr.(ssa.CallInstruction); ok && c.Common().StaticCallee() != nil {
		callee = &c.Common().Value
	}
	for _, op := range instr.Operands(nil) {
		if f, ok := (*op).(*ssa.Function); ok && op != callee {
			p.valueUses[f] = true
		}
	}
}

// Location returns the flow-insensitive memory location an address names:
// a *ssa.Global, or the *types.Var of a struct field (any base), or nil.
func Location(addr ssa.Value) any {
	switch a := addr.(type) {
	case *ssa.Global:
		return a
	case *ssa.FieldAddr:
		return FieldVar(a.X.Type(), a.Field)
	}
	return nil
}

// FieldVar returns the i-th field of the struct that t (or *t) denotes.
func FieldVar(t types.Type, i int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if s, ok := t.Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i).Origin()
	}
	return nil
}

// SettableElsewhere reports whether other packages can assign the i-th
// field of the struct t (or *t) denotes: an exported field of an exported
// named type, such as a middleware's Config.KeyFunc. The stores a package
// makes to such a field are defaults, not all the values it may hold.
func SettableElsewhere(t types.Type, i int) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !n.Obj().Exported() {
		return false
	}
	f := FieldVar(t, i)
	return f != nil && f.Exported()
}
