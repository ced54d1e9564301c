package jwtparse

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Re-reading a verified token: an unverified decode of a token string
// that was verified before, on every path, reads claims that are the
// verified ones. The verification may be in the same function, in the
// function that made the closure doing the decode (a hook run after the
// record was looked up by its token), or, for an unexported function only
// this package calls, at each of its call sites (a helper given the token
// its callers verified, re-parsing it for a header or a claim the
// verifier's claims type does not expose).

// rereadDepth bounds the closures and calls followed up from a decode.
const rereadDepth = 3

// An accessPath names a string by where it is read: a root value and the
// field selections and loads that lead from it to the string, so that
// form.Token read twice, or read in a closure through the captured form,
// is recognised as the same string.
type accessPath struct {
	root  ssa.Value
	steps []step
}

type step struct {
	op    stepOp
	field int
}

type stepOp uint8

const (
	load      stepOp = iota // *x
	field                   // x.f of a struct value
	fieldAddr               // &x.f of a pointer to a struct
)

func pathOf(v ssa.Value) accessPath {
	v = ssaprog.Unwrap(v)
	var steps []step
	for {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return accessPath{v, reversed(steps)}
			}
			steps, v = append(steps, step{op: load}), x.X
		case *ssa.FieldAddr:
			steps, v = append(steps, step{fieldAddr, x.Field}), x.X
		case *ssa.Field:
			steps, v = append(steps, step{field, x.Field}), x.X
		default:
			return accessPath{v, reversed(steps)}
		}
	}
}

func reversed(s []step) []step {
	slices.Reverse(s)
	return s
}

func (p accessPath) same(q accessPath) bool {
	return p.root == q.root && slices.Equal(p.steps, q.steps)
}

// rebased is p read from v instead of its root (a closure's free variable
// from its binding, a parameter from the argument).
func (p accessPath) rebased(v ssa.Value) accessPath {
	q := pathOf(v)
	return accessPath{q.root, append(slices.Clip(q.steps), p.steps...)}
}

// stable reports whether the memory a path reads holds one value in this
// package: a local variable stored once (its initialisation), fields the
// package never assigns (a form bound by a decoder, a response filled by
// a library). A path through memory the package writes could be reading
// another string than the one verified.
func (r *run) stable(p accessPath) bool {
	if alloc, ok := p.root.(*ssa.Alloc); ok && len(p.steps) > 0 && p.steps[0].op == load && len(ssaprog.LocalStores(alloc)) > 1 {
		return false
	}
	t := p.root.Type()
	for _, s := range p.steps {
		switch s.op {
		case load:
			ptr, ok := t.Underlying().(*types.Pointer)
			if !ok {
				return false
			}
			t = ptr.Elem()
		case field, fieldAddr:
			f := ssaprog.FieldVar(t, s.field)
			if f == nil || len(r.prog.Stores(f)) > 0 {
				return false
			}
			t = f.Type()
			if s.op == fieldAddr {
				t = types.NewPointer(t)
			}
		}
	}
	return true
}

// verifiedBefore reports whether the token string tok, used by at, was
// verified on every path to at, and the verification succeeded there.
func (r *run) verifiedBefore(at ssa.Instruction, tok ssa.Value) bool {
	return r.pathVerifiedBefore(at, pathOf(tok), rereadDepth)
}

func (r *run) pathVerifiedBefore(at ssa.Instruction, p accessPath, depth int) bool {
	if !r.stable(p) {
		return false
	}
	fn := at.Parent()
	for _, v := range r.verificationsIn(fn) {
		if v.call != at && pathOf(v.token).same(p) && r.succeededAt(v, at) {
			return true
		}
	}
	if depth == 0 {
		return false
	}
	switch root := p.root.(type) {
	case *ssa.FreeVar:
		i := slices.Index(fn.FreeVars, root)
		made := r.prog.Closures(fn)
		if i < 0 || len(made) == 0 {
			return false
		}
		for _, mc := range made {
			if !r.pathVerifiedBefore(mc, p.rebased(mc.Bindings[i]), depth-1) {
				return false
			}
		}
		return true
	case *ssa.Parameter:
		if !onlyCalledHere(fn) {
			return false
		}
		calls, usedAsValue := r.prog.CallSites(fn)
		i := paramIndex(root)
		if usedAsValue || len(calls) == 0 || i < 0 {
			return false
		}
		for _, c := range calls {
			args := c.Common().Args
			if i >= len(args) || !r.pathVerifiedBefore(c, p.rebased(args[i]), depth-1) {
				return false
			}
		}
		return true
	}
	return false
}

// onlyCalledHere reports whether every call of fn is in its package: an
// unexported package-level function, not generic (its instances are other
// functions), not a method (interfaces may reach it).
func onlyCalledHere(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	return ok && !obj.Exported() && fn.Signature.Recv() == nil && fn.Parent() == nil &&
		fn.TypeParams().Len() == 0 && fn.Origin() == nil
}

// succeededAt reports whether at is reached only after verification v,
// where it succeeded: in a block v's block dominates, past every test of
// its error.
func (r *run) succeededAt(v verification, at ssa.Instruction) bool {
	b, vb := at.Block(), v.call.Block()
	return b != vb && vb.Dominates(b) && !r.unverifiedRegion(v)[b]
}
