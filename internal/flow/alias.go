package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Results that are a parameter. A builder method returning its receiver
// (`func (b *Builder) WithStatus(s string) *Builder { ...; return b }`)
// hands back the same object: in a chain of calls
// `New(db).WithStatus(s).WithSorting(col, dir).Count()` every method
// writes into, and the last one reads from, the object New returned. The
// call's result points where that argument points, so the writes each
// method records through its receiver land in the caller's object, field
// by field, and the final call reads the fields the chain filled (not the
// value of the whole chain, which carries every argument of every call).

// sameAsParams reports, for each result of fn, the parameter it is on
// every return path: j+1 for parameter j, 0 when it is not always the same
// parameter or is no pointer. Read from the body for functions of the
// package, from the summary fact otherwise.
func (e *engine) sameAsParams(fn *ssa.Function) []int {
	if o := fn.Origin(); o != nil && o != fn {
		fn = o
	}
	if fn.Pkg == e.prog.Pkg && fn.Blocks != nil {
		if s, ok := e.sameAsMemo[fn]; ok {
			return s
		}
		e.sameAsMemo[fn] = nil // (recursion: not known to be a parameter)
		s := e.resultParams(fn)
		e.sameAsMemo[fn] = s
		return s
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	var fact SummaryFact
	if e.pass.ImportObjectFact(obj.Origin(), &fact) {
		return fact.SameAs
	}
	return nil
}

// resultParams reads sameAsParams from fn's body.
func (e *engine) resultParams(fn *ssa.Function) []int {
	res := fn.Signature.Results()
	out := make([]int, res.Len())
	first := true
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if i >= len(out) {
				break
			}
			p := 0
			if _, isPtr := res.At(i).Type().Underlying().(*types.Pointer); isPtr {
				p = e.paramIndexOf(fn, r, map[*ssa.Phi]bool{})
			}
			if first {
				out[i] = p
			} else if out[i] != p {
				out[i] = 0
			}
		}
		first = false
	}
	for _, p := range out {
		if p != 0 {
			return out
		}
	}
	return nil
}

// paramIndexOf is j+1 when v is parameter j of fn (through phis all of
// whose edges are, and calls returning an argument that is: `return
// b.WithLimitAndMaximum(n, max)`), else 0.
func (e *engine) paramIndexOf(fn *ssa.Function, v ssa.Value, seen map[*ssa.Phi]bool) int {
	switch x := v.(type) {
	case *ssa.Parameter:
		for j, p := range fn.Params {
			if p == x {
				return j + 1
			}
		}
	case *ssa.Phi:
		if seen[x] {
			return -1 // a cycle: no other value on that path
		}
		seen[x] = true
		p := -1
		for _, edge := range x.Edges {
			q := e.paramIndexOf(fn, edge, seen)
			switch {
			case q == -1:
			case p == -1:
				p = q
			case p != q:
				return 0
			}
		}
		if p == -1 {
			return 0
		}
		return p
	case *ssa.Call:
		if a := e.aliasedArg(x, 0); a != nil {
			return e.paramIndexOf(fn, a, seen)
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			if a := e.aliasedArg(call, x.Index); a != nil {
				return e.paramIndexOf(fn, a, seen)
			}
		}
	}
	return 0
}

// aliasedArg returns the argument result i of a call is, when the callee
// returns that parameter on every path; nil otherwise.
func (e *engine) aliasedArg(call *ssa.Call, i int) ssa.Value {
	fn, args := e.resolve(&call.Call)
	if fn == nil {
		return nil
	}
	same := e.sameAsParams(fn)
	if i >= len(same) || same[i] <= 0 || same[i] > len(args) {
		return nil
	}
	return args[same[i]-1]
}
