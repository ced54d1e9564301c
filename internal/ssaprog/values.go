package ssaprog

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Callee returns the function or method a call invokes: the static callee's
// declared object (wrappers of promoted and bound methods included) or the
// interface method of a dynamic call. nil for calls of function values.
func Callee(call *ssa.CallCommon) *types.Func {
	if call.IsInvoke() {
		return call.Method
	}
	switch fn := call.Value.(type) {
	case *ssa.Function:
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj
		}
	case *ssa.MakeClosure:
		// A bound method value called directly: (x.M)(args).
		if f, ok := fn.Fn.(*ssa.Function); ok {
			if obj, ok := f.Object().(*types.Func); ok && len(fn.Bindings) == 1 {
				return obj
			}
		}
	}
	return nil
}

// argOffset is the index in call.Args of the first declared parameter.
func argOffset(call *ssa.CallCommon) int {
	if call.IsInvoke() {
		return 0
	}
	if fn, ok := call.Value.(*ssa.Function); ok && fn.Signature.Recv() != nil {
		return 1
	}
	return 0
}

// Arg returns the value of declared parameter i (receiver excluded), or nil.
func Arg(call *ssa.CallCommon, i int) ssa.Value {
	i += argOffset(call)
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// NumArgs returns the number of declared-parameter arguments of the call.
func NumArgs(call *ssa.CallCommon) int { return len(call.Args) - argOffset(call) }

// Recv returns the receiver of a method call, or nil.
func Recv(call *ssa.CallCommon) ssa.Value {
	if call.IsInvoke() {
		return call.Value
	}
	if argOffset(call) == 1 {
		return call.Args[0]
	}
	if mc, ok := call.Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == 1 {
		return mc.Bindings[0]
	}
	return nil
}

// Unwrap strips conversions that do not change a value's provenance.
func Unwrap(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
}

// ConstString returns the string value of a constant (through conversions).
func ConstString(v ssa.Value) (string, bool) {
	if c, ok := Unwrap(v).(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
		return constant.StringVal(c.Value), true
	}
	return "", false
}

// IsNil reports whether v is the constant nil (through conversions).
func IsNil(v ssa.Value) bool {
	c, ok := Unwrap(v).(*ssa.Const)
	return ok && c.IsNil()
}

// SliceElems returns the values stored into the slice v: elements of a
// composite literal, append arguments, explicit index stores, and for
// globals the values stored at initialization. complete is false when
// some part of the slice could not be resolved.
func (p *Program) SliceElems(v ssa.Value) (elems []ssa.Value, complete bool) {
	seen := map[ssa.Value]bool{}
	complete = true
	var walk func(v ssa.Value)
	walk = func(v ssa.Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Const:
			if !x.IsNil() {
				complete = false
			}
		case *ssa.Slice:
			walk(x.X)
		case *ssa.Alloc, *ssa.MakeSlice:
			for _, ref := range *v.Referrers() {
				ia, ok := ref.(*ssa.IndexAddr)
				if !ok || ia.X != v {
					continue
				}
				for _, r := range *ia.Referrers() {
					if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
						elems = append(elems, st.Val)
					}
				}
			}
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				for _, a := range x.Call.Args {
					walk(a)
				}
				return
			}
			complete = false
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e)
			}
		case *ssa.UnOp:
			if x.Op == token.MUL {
				if g, ok := x.X.(*ssa.Global); ok {
					for _, st := range p.Stores(g) {
						walk(st)
					}
					return
				}
			}
			complete = false
		default:
			complete = false
		}
	}
	walk(v)
	return elems, complete
}

// Reachable reports whether block to can be reached from block from; a
// block reaches itself.
func Reachable(from, to *ssa.BasicBlock) bool {
	if from == to {
		return true
	}
	seen := make([]bool, len(from.Parent().Blocks))
	stack := []*ssa.BasicBlock{from}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, s := range b.Succs {
			if s == to {
				return true
			}
			if !seen[s.Index] {
				seen[s.Index] = true
				stack = append(stack, s)
			}
		}
	}
	return false
}

// After reports whether instruction b executes after instruction a on some
// path: later in the same block, or in a block reachable from a's block.
func After(a, b ssa.Instruction) bool {
	if a == b {
		return loopsBack(a.Block())
	}
	ab, bb := a.Block(), b.Block()
	if ab == bb {
		for _, in := range ab.Instrs {
			if in == a {
				return true
			}
			if in == b {
				// b precedes a in the block; it is after a only through a loop.
				return loopsBack(ab)
			}
		}
		return false
	}
	return Reachable(ab, bb)
}

func loopsBack(b *ssa.BasicBlock) bool {
	for _, s := range b.Succs {
		if Reachable(s, b) {
			return true
		}
	}
	return false
}

// LocalStores returns the values stored into a local variable's cell
// (an Alloc the variable lives in: captured, or address-taken), in the
// order of its referrers. Stores through a closure's free variable are
// not among them.
func LocalStores(a *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, ref := range *a.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
			out = append(out, st.Val)
		}
	}
	return out
}
