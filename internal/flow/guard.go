package flow

import (
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

type guardKey struct {
	v ssa.Value
	b *ssa.BasicBlock
}

// guarded reports whether, on every path into b, v was found equal to a
// constant: `if v == "name"`, a switch case, `slices.Contains(allowed, v)`
// over a constant list, or `_, ok := allowed[v]; ok` over a map with
// constant keys. Such a value is one of the constants wherever it is used
// in b.
//
// Only values some branch of the function tests can be guarded (an index
// answers that at once), and the walk back from b stops where the value is
// defined: a huge function costs what its tested values' ranges cost.
func (e *engine) guarded(v ssa.Value, b *ssa.BasicBlock) bool {
	fg := e.funcGuardsOf(b.Parent())
	k, ok := canonical(v)
	if !ok || !fg.tested[k] {
		return false
	}
	return e.guardedFrom(v, b, defBlock(k.root))
}

func (e *engine) guardedFrom(v ssa.Value, b, def *ssa.BasicBlock) bool {
	k := guardKey{v, b}
	if g, ok := e.guards[k]; ok {
		return g
	}
	e.guards[k] = false // cycles are not guards
	// Paths into the block defining v precede any test of v.
	g := len(b.Preds) > 0 && b != def
	for _, p := range b.Preds {
		if !g {
			break
		}
		if !e.edgeGuards(p, b, v) && !e.guardedFrom(v, p, def) {
			g = false
		}
	}
	e.guards[k] = g
	return g
}

// defBlock is the block defining v, or nil for parameters, free variables
// and globals (defined before the entry).
func defBlock(v ssa.Value) *ssa.BasicBlock {
	if instr, ok := v.(ssa.Instruction); ok {
		return instr.Block()
	}
	return nil
}

// edgeGuards reports whether taking the edge p→b establishes that v is one
// of a set of constants.
func (e *engine) edgeGuards(p, b *ssa.BasicBlock, v ssa.Value) bool {
	ifInstr, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
	if !ok || p.Succs[0] == p.Succs[1] {
		return false
	}
	return e.membership(ifInstr.Cond, v, p.Succs[0] == b)
}

// membership reports whether cond being `want` proves v a constant.
func (e *engine) membership(cond, v ssa.Value, want bool) bool {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			return e.membership(c.X, v, !want)
		}
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return false
		}
		if want != (c.Op == token.EQL) {
			return false
		}
		_, xc := c.X.(*ssa.Const)
		_, yc := c.Y.(*ssa.Const)
		return e.sameValue(c.X, v) && yc || e.sameValue(c.Y, v) && xc
	case *ssa.Call:
		if !want {
			return false
		}
		fn := ssaprog.Callee(&c.Call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "slices" || fn.Name() != "Contains" || len(c.Call.Args) != 2 {
			return false
		}
		return e.sameValue(c.Call.Args[1], v) && e.contentOf(c.Call.Args[0]).pure() && e.resolvable(c.Call.Args[0])
	case *ssa.Extract:
		lk, ok := c.Tuple.(*ssa.Lookup)
		return ok && want && c.Index == 1 && lk.CommaOk && e.sameValue(lk.Index, v) && e.constKeys(lk.X)
	case *ssa.Lookup:
		// `if allowed[v]` over a map[string]bool: true only for a key that
		// was inserted (a missing key reads false).
		return want && !c.CommaOk && e.sameValue(c.Index, v) && isBool(c.Type()) && e.constKeys(c.X)
	}
	return false
}

// resolvable reports whether every location a container points to is an
// allocation the engine sees (so its content is known, not assumed).
func (e *engine) resolvable(container ssa.Value) bool {
	for _, l := range e.ptrLocs(container) {
		if opaque(l.root) {
			return false
		}
	}
	return true
}

// constKeys reports whether every key ever inserted into the map is
// constant (see constKeyMap).
func (e *engine) constKeys(m ssa.Value) bool {
	locs := e.ptrLocs(m)
	if len(locs) == 0 {
		return false
	}
	for _, l := range locs {
		mm, ok := l.root.(*ssa.MakeMap)
		if !ok || !e.constKeyMap(mm) {
			return false
		}
	}
	return true
}

// constKeyMap reports whether every key of the map made by mm is a
// constant, however the map is filled: a literal, entry-by-entry stores,
// a package-level variable that every function of the package only reads
// or fills with constant keys. A map handed to a call, stored into a
// struct or otherwise out of sight is not proven: its keys may come from
// anywhere. (An exported variable could be written by another package;
// that is not seen.)
func (e *engine) constKeyMap(mm *ssa.MakeMap) bool {
	if v, ok := e.constMaps[mm]; ok {
		return v
	}
	e.constMaps[mm] = false // cycles through phis are not proofs
	ok := true
	seen := map[ssa.Value]bool{}
	queue := []ssa.Value{mm}
	for len(queue) > 0 && ok {
		v := queue[0]
		queue = queue[1:]
		if seen[v] {
			continue
		}
		seen[v] = true
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch x := ref.(type) {
			case *ssa.MapUpdate:
				_, isConst := x.Key.(*ssa.Const)
				ok = ok && (x.Map != v || isConst)
			case *ssa.Lookup, *ssa.Range, *ssa.DebugRef:
			case *ssa.Phi:
				queue = append(queue, x)
			case *ssa.Store:
				switch addr := x.Addr.(type) {
				case *ssa.Global:
					for _, ld := range e.loadsOf(addr) {
						queue = append(queue, ld)
					}
				case *ssa.Alloc:
					for _, ar := range *addr.Referrers() {
						if ld, isLoad := ar.(*ssa.UnOp); isLoad && ld.Op == token.MUL {
							queue = append(queue, ld)
						}
					}
				default:
					ok = false
				}
			case *ssa.MakeInterface:
				// Printing the allow-list (fmt, log) does not change it.
				for _, ir := range *x.Referrers() {
					if c, isCall := ir.(ssa.CallInstruction); !isCall || !libmodel.PureStd(ssaprog.Callee(c.Common())) {
						ok = false
					}
				}
			case ssa.CallInstruction:
				b, isBuiltin := x.Common().Value.(*ssa.Builtin)
				ok = ok && isBuiltin && (b.Name() == "len" || b.Name() == "delete")
			default:
				ok = false
			}
		}
	}
	e.constMaps[mm] = ok
	return ok
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// valueKey names a value up to repeated reads: a field read through a
// pointer (`c.Plan`, two loads in SSA) is its root pointer and the path of
// fields; any other value is itself with an empty path.
type valueKey struct {
	root ssa.Value
	path string
}

// canonical returns the key of v; ok is false for values without one.
func canonical(v ssa.Value) (valueKey, bool) {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			k := addrKey(fa)
			k.path = "*" + k.path
			return k, true
		}
	case *ssa.Field:
		k, ok := canonical(x.X)
		k.path += "#" + strconv.Itoa(x.Field)
		return k, ok
	case nil:
		return valueKey{}, false
	}
	return valueKey{root: v}, true
}

// addrKey is the key of a field address: its base and the field path.
func addrKey(fa *ssa.FieldAddr) valueKey {
	suffix := "." + strconv.Itoa(fa.Field)
	if inner, ok := fa.X.(*ssa.FieldAddr); ok {
		k := addrKey(inner)
		k.path += suffix
		return k
	}
	return valueKey{root: fa.X, path: suffix}
}

// funcGuards indexes a function for guards: the values its branch
// conditions test, and the field paths it writes.
type funcGuards struct {
	tested  map[valueKey]bool
	written map[valueKey]bool
}

func (e *engine) funcGuardsOf(fn *ssa.Function) *funcGuards {
	if fg := e.funcGuards[fn]; fg != nil {
		return fg
	}
	fg := &funcGuards{tested: map[valueKey]bool{}, written: map[valueKey]bool{}}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.If:
				for _, t := range testedValues(x.Cond) {
					if k, ok := canonical(t); ok {
						fg.tested[k] = true
					}
				}
			case *ssa.Store:
				if fa, ok := x.Addr.(*ssa.FieldAddr); ok {
					k := addrKey(fa)
					k.path = "*" + k.path
					fg.written[k] = true
				}
			}
		}
	}
	e.funcGuards[fn] = fg
	return fg
}

// testedValues lists the values a branch condition may prove constant (the
// operands membership looks at).
func testedValues(cond ssa.Value) []ssa.Value {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			return testedValues(c.X)
		}
	case *ssa.BinOp:
		return []ssa.Value{c.X, c.Y}
	case *ssa.Call:
		if len(c.Call.Args) == 2 {
			return []ssa.Value{c.Call.Args[1]}
		}
	case *ssa.Extract:
		if lk, ok := c.Tuple.(*ssa.Lookup); ok {
			return []ssa.Value{lk.Index}
		}
	case *ssa.Lookup:
		return []ssa.Value{c.Index}
	}
	return nil
}

// sameValue reports whether a and b denote the same value: the same SSA
// value, or two reads of the same field through the same base (`c.Plan`
// tested, then `c.Plan` pasted) when the function never writes that field
// through that base.
func (e *engine) sameValue(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	ka, ok1 := canonical(a)
	kb, ok2 := canonical(b)
	if !ok1 || !ok2 || ka != kb || ka.path == "" {
		return false
	}
	instr, ok := a.(ssa.Instruction)
	return !ok || !e.funcGuardsOf(instr.Parent()).written[ka]
}
