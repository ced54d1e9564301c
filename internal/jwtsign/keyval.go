package jwtsign

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Where a key comes from. Only what can be judged is kept: literals,
// random buffers of known length, the "none" key, and parameters (whose
// callers are judged). Everything else (environment, files, configuration,
// calls jwtlint does not model) is "other": not a finding by itself, but it
// makes a literal merged with it a fallback.

type originKind int

const (
	oLiteral originKind = iota + 1
	oRandom
	oParam
	oNone
	// oField: an exported field of this package that other packages may
	// set: they are judged where they store into it (KeyFieldFact).
	oField
)

type origin struct {
	kind originKind
	n    int // bytes; -1 when not known
	// pos, end: the literal, or the allocation of random bytes, in this
	// package; NoPos when declared elsewhere (name, where, decl say where).
	pos, end    token.Pos
	name, where string
	decl        token.Pos
	// fn, param: oParam is parameter param of fn (an SSA parameter index,
	// receiver first); fn is nil for a parameter of a callee known by a fact.
	fn    *ssa.Function
	param int
	// lenParam: oRandom whose length is parameter lenParam of fn.
	lenParam int
	// field: oField.
	field *types.Var
}

// keyVal is what a key value may be.
type keyVal struct {
	origins []origin
	// other: some path gives a value that is not a literal.
	other bool
}

const maxOrigins = 16

func (k *keyVal) add(o keyVal) {
	k.other = k.other || o.other
	for _, x := range o.origins {
		k.addOrigin(x)
	}
}

func (k *keyVal) addOrigin(x origin) {
	for _, y := range k.origins {
		if y.kind == x.kind && y.pos == x.pos && y.name == x.name && y.where == x.where && y.fn == x.fn && y.param == x.param && y.lenParam == x.lenParam && y.field == x.field {
			return
		}
	}
	if len(k.origins) < maxOrigins {
		k.origins = append(k.origins, x)
	}
}

var otherKey = keyVal{other: true}

type memoKey struct {
	v   ssa.Value
	ctx *ssa.Function
}

const maxDepth = 32

// keyOf returns what v, used in function ctx, may hold as a key.
func (r *run) keyOf(v ssa.Value, ctx *ssa.Function) keyVal {
	if c, ok := v.(*ssa.Const); ok {
		return r.constKey(c, ctx)
	}
	k := memoKey{v: v}
	if kv, ok := r.keyMemo[k]; ok {
		return kv
	}
	if r.keyBusy[k] || len(r.keyBusy) > maxDepth {
		return keyVal{} // a cycle adds nothing the other edges do not
	}
	r.keyBusy[k] = true
	kv := r.keyOf1(v)
	delete(r.keyBusy, k)
	r.keyMemo[k] = kv
	return kv
}

func (r *run) constKey(c *ssa.Const, ctx *ssa.Function) keyVal {
	switch {
	case c.Value == nil:
		return keyVal{} // nil: no key on this path
	case libmodel.IsNoneKey(c.Type()):
		return keyVal{origins: []origin{{kind: oNone, n: -1, param: -1, lenParam: -1}}}
	case c.Value.Kind() == constant.String:
		if constant.StringVal(c.Value) == "" {
			return keyVal{} // the zero value: unset, not a key
		}
		return keyVal{origins: []origin{r.literal(ctx, c)}}
	}
	return otherKey
}

func (r *run) keyOf1(v ssa.Value) keyVal {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return r.keyOf(x.X, x.Parent())
	case *ssa.ChangeType:
		return r.keyOf(x.X, x.Parent())
	case *ssa.ChangeInterface:
		return r.keyOf(x.X, x.Parent())
	case *ssa.Convert:
		if c, ok := x.X.(*ssa.Const); ok {
			if o, ok := r.convertedLiteral(x, c); ok {
				return keyVal{origins: []origin{o}}
			}
		}
		return r.keyOf(x.X, x.Parent())
	case *ssa.TypeAssert:
		return r.keyOf(x.X, x.Parent())
	case *ssa.Slice:
		if a, ok := x.X.(*ssa.Alloc); ok && byteArray(a.Type()) > 0 {
			return r.randomArray(a)
		}
		return r.keyOf(x.X, x.Parent())
	case *ssa.Phi:
		var kv keyVal
		for _, e := range x.Edges {
			kv.add(r.keyOf(e, x.Parent()))
		}
		return kv
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return r.callKey(call, x.Index)
		}
	case *ssa.Call:
		return r.callKey(x, 0)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return r.loadKey(x.X)
		}
	case *ssa.Field:
		return r.fieldKey(ssaprog.FieldVar(x.X.Type(), x.Field))
	case *ssa.Parameter:
		return keyVal{origins: []origin{{kind: oParam, n: -1, fn: x.Parent(), param: paramIndex(x), lenParam: -1}}}
	case *ssa.FreeVar:
		var kv keyVal
		for _, b := range r.bindings(x) {
			kv.add(r.keyOf(b, b.Parent()))
		}
		return kv
	case *ssa.MakeSlice:
		return r.randomSlice(x)
	}
	return otherKey
}

// loadKey follows a load to what was stored at the address.
func (r *run) loadKey(addr ssa.Value) keyVal {
	switch a := addr.(type) {
	case *ssa.Global:
		if obj, ok := a.Object().(*types.Var); ok && obj.Pkg() != r.pass.Pkg {
			return r.importedVarKey(obj)
		}
		return r.storedKey(r.idx.stores[a])
	case *ssa.FieldAddr:
		return r.fieldKey(ssaprog.FieldVar(a.X.Type(), a.Field))
	case *ssa.Alloc:
		var kv keyVal
		for _, v := range ssaprog.LocalStores(a) {
			kv.add(r.keyOf(v, a.Parent()))
		}
		return kv
	case *ssa.FreeVar:
		var kv keyVal
		for _, b := range r.bindings(a) {
			kv.add(r.loadKey(b))
		}
		return kv
	}
	return otherKey
}

// fieldKey joins what the package (and, for a field of another package,
// that package's fact) stores into the field: flow-insensitive, so a
// default in a composite literal and an override from the environment
// both count.
func (r *run) fieldKey(f *types.Var) keyVal {
	if f == nil {
		return otherKey
	}
	kv := r.storedKey(r.idx.stores[f])
	if f.Pkg() != nil && f.Pkg() != r.pass.Pkg {
		kv.add(r.importedVarKey(f))
	}
	if len(kv.origins) == 0 {
		kv.other = true
	}
	if f.Pkg() == r.pass.Pkg && f.Exported() {
		kv.addOrigin(origin{kind: oField, n: -1, param: -1, lenParam: -1, field: f})
	}
	return kv
}

func (r *run) storedKey(stores []store) keyVal {
	if len(stores) == 0 {
		return otherKey
	}
	var kv keyVal
	for _, s := range stores {
		kv.add(r.keyOf(s.instr.Val, s.fn))
	}
	return kv
}

// bindings returns the values a closure's free variable is bound to.
func (r *run) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	i := -1
	for j, f := range fn.FreeVars {
		if f == fv {
			i = j
		}
	}
	var out []ssa.Value
	for _, mc := range r.prog.Closures(fn) {
		if i >= 0 && i < len(mc.Bindings) {
			out = append(out, mc.Bindings[i])
		}
	}
	return out
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// callKey returns what result i of a call may hold as a key.
func (r *run) callKey(call *ssa.Call, i int) keyVal {
	c := &call.Call
	callee := ssaprog.Callee(c)
	if callee == nil {
		return otherKey
	}
	if libmodel.Coalesces(callee) {
		var kv keyVal
		for j := range ssaprog.NumArgs(c) {
			arg := ssaprog.Arg(c, j)
			elems, complete := r.prog.SliceElems(arg)
			if _, isSlice := arg.Type().Underlying().(*types.Slice); !isSlice {
				elems, complete = []ssa.Value{arg}, true
			}
			for _, e := range elems {
				kv.add(r.keyOf(e, call.Parent()))
			}
			kv.other = kv.other || !complete
		}
		return kv
	}
	if libmodel.WrapsKey(callee) && i == 0 && ssaprog.NumArgs(c) > 0 {
		return r.keyOf(ssaprog.Arg(c, 0), call.Parent())
	}
	if rule, ok := libmodel.FlowRuleOf(callee); ok && rule.Kind == libmodel.Propagate && len(rule.Args) > 0 && i == 0 {
		var arg ssa.Value
		if rule.Args[0] == libmodel.ReceiverArg {
			arg = ssaprog.Recv(c)
		} else {
			arg = ssaprog.Arg(c, rule.Args[0])
		}
		if arg == nil {
			return otherKey
		}
		kv := r.keyOf(arg, call.Parent())
		return unknownLength(kv)
	}
	if fn := c.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && len(fn.Blocks) > 0 {
		res := r.funcKey(fn)
		if i >= len(res) {
			return otherKey
		}
		return r.substitute(res[i], call, fn)
	}
	if callee.Pkg() != nil && callee.Pkg() != r.pass.Pkg {
		if kv, ok := r.importedFuncKey(callee, i); ok {
			return r.substitute(kv, call, nil)
		}
	}
	return otherKey
}

// unknownLength: a helper (strings.Repeat, TrimSpace...) changed the
// literal: it is still hardcoded, of unknown length.
func unknownLength(kv keyVal) keyVal {
	out := keyVal{other: kv.other}
	for _, o := range kv.origins {
		if o.kind == oLiteral {
			o.n = -1
		}
		out.addOrigin(o)
	}
	return out
}

// substitute replaces the callee's parameters in a result by the call's
// arguments; callee is nil for a summary from a fact.
func (r *run) substitute(kv keyVal, call *ssa.Call, callee *ssa.Function) keyVal {
	out := keyVal{other: kv.other}
	args := call.Call.Args
	for _, o := range kv.origins {
		switch {
		case o.kind == oParam && (o.fn == callee || o.fn == nil && callee == nil):
			if o.param >= 0 && o.param < len(args) {
				out.add(r.keyOf(args[o.param], call.Parent()))
			} else {
				out.other = true
			}
		case o.kind == oRandom && o.lenParam >= 0 && (o.fn == callee || o.fn == nil && callee == nil):
			// A helper making n random bytes: the call decides n.
			if o.lenParam < len(args) {
				if n, ok := constInt(args[o.lenParam]); ok {
					o.n, o.lenParam, o.fn = int(n), -1, nil
					o.pos, o.end = r.callRange(call)
					o.name, o.where = "", ""
					out.addOrigin(o)
					continue
				}
			}
			out.other = true
		default:
			out.addOrigin(o)
		}
	}
	return out
}

// funcKey summarises what each result of fn may hold as a key.
func (r *run) funcKey(fn *ssa.Function) []keyVal {
	if res, ok := r.funcKeys[fn]; ok {
		return res
	}
	if r.funcBusy[fn] {
		return nil
	}
	r.funcBusy[fn] = true
	res := make([]keyVal, fn.Signature.Results().Len())
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for i, v := range ret.Results {
				if i < len(res) {
					res[i].add(r.keyOf(v, fn))
				}
			}
		}
	}
	delete(r.funcBusy, fn)
	r.funcKeys[fn] = res
	return res
}

// callRange returns the source range of a call instruction.
func (r *run) callRange(call *ssa.Call) (token.Pos, token.Pos) {
	if e := r.prog.CallExpr(call); e != nil {
		return e.Pos(), e.End()
	}
	return call.Pos(), call.Pos()
}

func constInt(v ssa.Value) (int64, bool) {
	for {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.Int {
				return constant.Int64Val(x.Value)
			}
		}
		return 0, false
	}
}
