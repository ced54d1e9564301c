package flow

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Test variants. go vet analyses a package that has _test.go files of its
// own only as its test variant (the package with those files compiled in),
// and go/packages drivers analyse both. What the tests do (a setup helper
// storing a test tenant into the configuration, a fake implementing an
// interface, a test calling a wrapper with a made-up name) must not make
// findings in the package's own code: the non-test code is judged as if
// the tests were not there, and only the sinks of the _test.go files see
// them.
//
// The engine therefore solves a test variant twice over the same state.
// The first solve leaves out every function declared in a _test.go file
// (their calls, their stores into variables and fields, the methods of the
// types they declare) and the package initializer's instructions coming
// from such files; the sinks of the non-test files are collected then.
// The second solve adds the test code and continues from that state (the
// analysis only ever joins, so the state of the first solve lies below the
// full fixed point); the sinks of the _test.go files and the exported facts
// are those of the full package.

// variant holds what the first solve of a test variant leaves out.
type variant struct {
	testFiles map[*token.File]bool
	// excluding is set during the first solve.
	excluding bool
	// Indexes of the package without its test code (ssaprog's index the
	// package with it).
	stores map[any][]ssa.Value
	loads  map[*ssa.Global][]*ssa.UnOp
	called map[*ssa.Function]bool
}

// initVariant records the package's _test.go files; it reports whether
// there are any (and the package is a test variant).
func (e *engine) initVariant() bool {
	for _, f := range e.pass.Files {
		tf := e.pass.Fset.File(f.FileStart)
		if tf != nil && strings.HasSuffix(tf.Name(), "_test.go") {
			if e.variant.testFiles == nil {
				e.variant.testFiles = map[*token.File]bool{}
			}
			e.variant.testFiles[tf] = true
		}
	}
	return len(e.variant.testFiles) > 0
}

// inTestFile reports whether pos lies in a _test.go file of the package.
func (e *engine) inTestFile(pos token.Pos) bool {
	if len(e.variant.testFiles) == 0 || !pos.IsValid() {
		return false
	}
	return e.variant.testFiles[e.pass.Fset.File(pos)]
}

// excluded reports whether the current solve leaves fn out: a function
// (or function literal) declared in a _test.go file, during the first
// solve of a test variant.
func (e *engine) excluded(fn *ssa.Function) bool {
	// A function literal lies in the file of the function enclosing it.
	return e.variant.excluding && e.inTestFile(fn.Pos())
}

// excludedInstr reports whether the current solve leaves out an
// instruction of a function it visits: the package initializer holds the
// initialisation of every file's variables, the test files' among them.
func (e *engine) excludedInstr(instr ssa.Instruction) bool {
	return e.variant.excluding && instr.Parent().Synthetic != "" && e.inTestFile(instr.Pos())
}

// excludedMethod reports whether the current solve leaves out a method
// (one of a type declared in a _test.go file).
func (e *engine) excludedMethod(m *types.Func) bool {
	return e.variant.excluding && m.Pkg() == e.pass.Pkg && e.inTestFile(m.Pos())
}

// storesOf is ssaprog's Stores for the code of the current solve.
func (e *engine) storesOf(l any) []ssa.Value {
	if !e.variant.excluding {
		return e.prog.Stores(l)
	}
	e.indexVariant()
	return e.variant.stores[l]
}

// loadsOf is ssaprog's Loads for the code of the current solve.
func (e *engine) loadsOf(g *ssa.Global) []*ssa.UnOp {
	if !e.variant.excluding {
		return e.prog.Loads(g)
	}
	e.indexVariant()
	return e.variant.loads[g]
}

// calledDirectly is ssaprog's CalledDirectly for the code of the current
// solve: a function only the tests call is not called by the package.
func (e *engine) calledDirectly(fn *ssa.Function) bool {
	if !e.variant.excluding {
		return e.prog.CalledDirectly(fn)
	}
	e.indexVariant()
	return e.variant.called[fn]
}

func (e *engine) indexVariant() {
	v := &e.variant
	if v.stores != nil {
		return
	}
	v.stores = map[any][]ssa.Value{}
	v.loads = map[*ssa.Global][]*ssa.UnOp{}
	v.called = map[*ssa.Function]bool{}
	for _, fn := range e.prog.Funcs {
		if e.excluded(fn) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if e.excludedInstr(instr) {
					continue
				}
				switch instr := instr.(type) {
				case *ssa.Store:
					if l := ssaprog.Location(instr.Addr); l != nil {
						v.stores[l] = append(v.stores[l], instr.Val)
					}
				case ssa.CallInstruction:
					if f := instr.Common().StaticCallee(); f != nil {
						v.called[f] = true
					}
				case *ssa.UnOp:
					if g, ok := instr.X.(*ssa.Global); ok && instr.Op == token.MUL {
						v.loads[g] = append(v.loads[g], instr)
					}
				}
			}
		}
	}
}

// endExclusion ends the first solve of a test variant: the memos computed
// without the test code are dropped (the abstract state is kept: it lies
// below the full package's).
func (e *engine) endExclusion() {
	e.variant.excluding = false
	e.locMemo = map[ssa.Value][]loc{}
	e.addrMemo = map[ssa.Value][]loc{}
	e.guards = map[guardKey]bool{}
	e.constMaps = map[*ssa.MakeMap]bool{}
	e.methodIndex, e.implMemo = nil, nil
	e.changed = true
}
