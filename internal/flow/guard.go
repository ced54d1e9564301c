package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

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
func (e *engine) guarded(v ssa.Value, b *ssa.BasicBlock) bool {
	k := guardKey{v, b}
	if g, ok := e.guards[k]; ok {
		return g
	}
	e.guards[k] = false // cycles are not guards
	g := len(b.Preds) > 0
	for _, p := range b.Preds {
		if !e.edgeGuards(p, b, v) && !e.guarded(v, p) {
			g = false
			break
		}
	}
	e.guards[k] = g
	return g
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
		return c.X == v && yc || c.Y == v && xc
	case *ssa.Call:
		if !want {
			return false
		}
		fn := ssaprog.Callee(&c.Call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "slices" || fn.Name() != "Contains" || len(c.Call.Args) != 2 {
			return false
		}
		return c.Call.Args[1] == v && e.contentOf(c.Call.Args[0]).pure() && e.resolvable(c.Call.Args[0])
	case *ssa.Extract:
		lk, ok := c.Tuple.(*ssa.Lookup)
		return ok && want && c.Index == 1 && lk.CommaOk && lk.Index == v && e.constKeys(lk.X)
	}
	return false
}

// resolvable reports whether every location a container points to is an
// allocation the engine sees (so its content is known, not assumed).
func (e *engine) resolvable(container ssa.Value) bool {
	for _, l := range e.ptrLocs(container, 0) {
		if opaque(l.root) {
			return false
		}
	}
	return true
}

// constKeys reports whether every key ever inserted into the map is constant.
func (e *engine) constKeys(m ssa.Value) bool {
	locs := e.ptrLocs(m, 0)
	if len(locs) == 0 {
		return false
	}
	for _, l := range locs {
		mm, ok := l.root.(*ssa.MakeMap)
		if !ok {
			return false
		}
		for _, ref := range *mm.Referrers() {
			if up, ok := ref.(*ssa.MapUpdate); ok && up.Map == mm {
				if _, isConst := up.Key.(*ssa.Const); !isConst {
					return false
				}
			}
		}
	}
	return true
}
