package flow

import (
	"go/types"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
	"golang.org/x/tools/go/ssa"
)

// A call through an interface whose dynamic type the engine cannot see (a
// dialect chosen at run time, a store behind an interface) reaches every
// implementation the package can see: the concrete types of this package
// and of the analysed packages it imports, directly or not. Their summaries
// are joined, so a wrapper reached through the interface is found and the
// finding goes to the interface call.

// implementation is a concrete method an interface call may run.
type implementation struct {
	method  *types.Func
	summary *Summary
}

// dispatch returns the implementations of an interface call that have a
// summary, with the arguments in the order of their SSA parameters
// (receiver first).
func (e *engine) dispatch(c *ssa.CallCommon) ([]implementation, []ssa.Value) {
	if !c.IsInvoke() {
		return nil, nil
	}
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return nil, nil
	}
	var out []implementation
	for _, m := range e.implementations(c.Value.Type(), iface, c.Method.Name()) {
		if s := e.methodSummary(m); s != nil {
			out = append(out, implementation{m, s})
		}
	}
	return out, append([]ssa.Value{c.Value}, c.Args...)
}

// implementations returns the methods named name of the concrete types in
// sight that implement the interface, memoised per interface type (the
// Implements test is most of dispatch's cost: every invoke instruction
// asks it again on every pass of the solver).
func (e *engine) implementations(t types.Type, iface *types.Interface, name string) []*types.Func {
	k := implKey{t, name}
	if ms, ok := e.implMemo[k]; ok {
		return ms
	}
	var ms []*types.Func
	for _, m := range e.methodsNamed(name) {
		if types.Implements(m.Signature().Recv().Type(), iface) {
			ms = append(ms, m)
		}
	}
	if e.implMemo == nil {
		e.implMemo = map[implKey][]*types.Func{}
	}
	e.implMemo[k] = ms
	return ms
}

type implKey struct {
	t    types.Type
	name string
}

// methodsNamed returns the methods of that name of the concrete named
// types declared in this package and in the analysed packages it imports.
func (e *engine) methodsNamed(name string) []*types.Func {
	if e.methodIndex == nil {
		// (Rebuilt when a test variant's first solve ends: it leaves out
		// the methods of the tests' types.)
		e.methodIndex = map[string][]*types.Func{}
		pkgs := []*types.Package{e.pass.Pkg}
		for _, f := range e.pass.AllPackageFacts() {
			if _, ok := f.Fact.(*packageFact); ok && f.Package != e.pass.Pkg {
				pkgs = append(pkgs, f.Package)
			}
		}
		for _, p := range pkgs {
			for m := range ssaprog.ConcreteMethods(p) {
				if !e.excludedMethod(m) {
					e.methodIndex[m.Name()] = append(e.methodIndex[m.Name()], m)
				}
			}
		}
	}
	return e.methodIndex[name]
}

// methodSummary returns the summary of a method of this package or, from
// its fact, of an analysed package; nil when there is none to apply.
func (e *engine) methodSummary(m *types.Func) *Summary {
	if m.Pkg() == e.pass.Pkg {
		if fn := e.prog.Pkg.Prog.FuncValue(m); fn != nil && fn.Blocks != nil {
			return e.summary(fn)
		}
		return nil
	}
	var fact SummaryFact
	if e.pass.ImportObjectFact(m, &fact) {
		return &fact.Summary
	}
	return &Summary{Returns: repeat(safe, m.Signature().Results().Len())}
}
