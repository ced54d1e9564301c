package jwtsign

import (
	"go/constant"
	"go/token"
	"go/types"
	"time"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// What the claims of a token say about its expiry, over the paths leading
// to a point (the signing call, a return). Only what is certain is
// reported: a path whose claims object is seen whole and sets no "exp", or
// a constant lifetime. Claims handed to code jwtlint cannot follow are
// "unknown" on that path, never "missing".

type exp struct {
	missing bool // on some path the claims set no exp
	set     bool // on some path they set it
	unknown bool // some path could not be followed
	// life is the longest constant lifetime (now + d) among the paths
	// setting exp; lifeKnown says there is one.
	life      time.Duration
	lifeKnown bool
	lifePos   token.Pos
	// params: the claims are (also) those a parameter holds; the callers
	// of the function decide.
	params []paramRef
	// timeParams: on some path exp is a parameter plus a constant.
	timeParams []timeParam
	// origin names the function that built the claims, for messages.
	origin string
}

type paramRef struct {
	fn *ssa.Function // nil: a parameter of the callee of a fact
	i  int
}

var (
	unknownExp = exp{unknown: true}
	missingExp = exp{missing: true}
)

// join: either path may be taken.
func (a exp) join(b exp) exp {
	out := exp{missing: a.missing || b.missing, set: a.set || b.set, unknown: a.unknown || b.unknown}
	out.life, out.lifeKnown, out.lifePos = a.life, a.lifeKnown, a.lifePos
	if b.lifeKnown && (!a.lifeKnown || b.life > a.life) {
		out.life, out.lifeKnown, out.lifePos = b.life, true, b.lifePos
	}
	out.params = appendParams(a.params, b.params)
	out.timeParams = append(append([]timeParam(nil), a.timeParams...), b.timeParams...)
	out.origin = a.origin
	if out.origin == "" {
		out.origin = b.origin
	}
	return out
}

// either: both are sources of the same token's claims (NewWithClaims and
// a later token.Claims update, several go-jose Claims calls); exp is
// missing only where every source lacks it.
func (a exp) either(b exp) exp {
	out := a.join(b)
	out.missing = a.lacks() && b.lacks()
	// Once one source sets exp on every path, the claims other sources
	// bring from parameters cannot remove it: the callers need not be
	// judged for it (pocketbase's NewJWT sets exp, then copies the payload).
	if a.complete() || b.complete() {
		out.params = nil
	}
	return out
}

// complete: exp is set on every path, as far as is known.
func (a exp) complete() bool {
	return a.set && !a.missing && !a.unknown && len(a.params) == 0
}

// lacks: the source may leave exp unset, as far as is known.
func (a exp) lacks() bool {
	return a.missing || !a.set && !a.unknown && len(a.params) == 0
}

func appendParams(a, b []paramRef) []paramRef {
	out := append([]paramRef(nil), a...)
	for _, p := range b {
		dup := false
		for _, q := range out {
			dup = dup || p == q
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// claimsExp judges the claims a value carries (a claims struct or map, a
// golang-jwt token, a jwx token or builder, a go-jose builder) at the
// instruction at.
func (r *run) claimsExp(v ssa.Value, at ssa.Instruction, depth int) exp {
	if depth > maxDepth {
		return unknownExp
	}
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return r.claimsExp(x.X, at, depth+1)
	case *ssa.ChangeType:
		return r.claimsExp(x.X, at, depth+1)
	case *ssa.ChangeInterface:
		return r.claimsExp(x.X, at, depth+1)
	case *ssa.Convert:
		return r.claimsExp(x.X, at, depth+1)
	case *ssa.TypeAssert:
		return r.claimsExp(x.X, at, depth+1)
	case *ssa.Phi:
		var out exp
		for i, e := range x.Edges {
			edgeAt := at
			if i < len(x.Block().Preds) {
				p := x.Block().Preds[i]
				edgeAt = p.Instrs[len(p.Instrs)-1]
			}
			if i == 0 {
				out = r.claimsExp(e, edgeAt, depth+1)
			} else {
				out = out.join(r.claimsExp(e, edgeAt, depth+1))
			}
		}
		return out
	case *ssa.UnOp:
		if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			return r.objectExp(a, at, depth)
		}
	case *ssa.Alloc:
		return r.objectExp(x, at, depth)
	case *ssa.MakeMap:
		return r.objectExp(x, at, depth)
	case *ssa.Parameter:
		return r.paramExp(x, at, depth)
	case *ssa.Call:
		return r.callExp(x, 0, at, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return r.callExp(call, x.Index, at, depth)
		}
	}
	return unknownExp
}

// paramExp: claims received as a parameter. If the function itself sets
// exp in them, that decides; otherwise its callers do.
func (r *run) paramExp(p *ssa.Parameter, at ssa.Instruction, depth int) exp {
	ref := paramRef{fn: p.Parent(), i: paramIndex(p)}
	if isPointerToStruct(p.Type()) || isMap(p.Type()) {
		own := r.objectExp(p, at, depth)
		if own.set && !own.missing {
			return own
		}
	}
	return exp{params: []paramRef{ref}}
}

// callExp judges result i of a call.
func (r *run) callExp(call *ssa.Call, i int, at ssa.Instruction, depth int) exp {
	c := &call.Call
	callee := ssaprog.Callee(c)
	if cc, ok := libmodel.ClaimsCallOf(callee); ok && i == 0 {
		switch {
		case cc.Op == libmodel.OpNewToken:
			return missingExp.either(r.tokenUpdates(call, at, depth))
		case cc.Op == libmodel.OpNewTokenClaims:
			return r.claimsExp(ssaprog.Arg(c, 1), at, depth+1).either(r.tokenUpdates(call, at, depth))
		case cc.Builder:
			return r.builderExp(call, at, depth)
		}
	}
	if fn := c.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && len(fn.Blocks) > 0 {
		res := r.funcExp(fn)
		if i >= len(res) {
			return unknownExp
		}
		e := r.substituteExp(res[i], call, fn, depth)
		if e.origin == "" && (e.missing || e.lifeKnown) {
			e.origin = ssaFuncDisplay(fn)
		}
		return e
	}
	if callee != nil && callee.Pkg() != nil && callee.Pkg() != r.pass.Pkg && c.StaticCallee() != nil {
		var f ClaimsFact
		if r.pass.ImportObjectFact(callee, &f) && i < len(f.Results) {
			e := r.fromExpFact(f.Results[i])
			e = r.substituteExp(e, call, nil, depth)
			if e.origin == "" && (e.missing || e.lifeKnown) {
				e.origin = funcDisplay(callee)
			}
			return e
		}
	}
	return unknownExp
}

// substituteExp replaces the callee's parameters by the claims (or the
// expiry) of the call's arguments.
func (r *run) substituteExp(e exp, call *ssa.Call, callee *ssa.Function, depth int) exp {
	var keepT []timeParam
	for _, p := range e.timeParams {
		if p.fn != callee {
			keepT = append(keepT, p)
			continue
		}
		t := otherTime
		if p.i < len(call.Call.Args) {
			t = r.paramTime(p, call.Call.Args[p.i], depth)
		}
		te := t.exp()
		if te.lifeKnown {
			te.lifePos = call.Pos()
		}
		e.missing = e.missing || te.missing
		if te.lifeKnown && (!e.lifeKnown || te.life > e.life) {
			e.life, e.lifeKnown, e.lifePos = te.life, true, te.lifePos
		}
		keepT = append(keepT, te.timeParams...)
	}
	e.timeParams = keepT
	var keep []paramRef
	var args []exp
	for _, p := range e.params {
		if p.fn == callee {
			if p.i < len(call.Call.Args) {
				args = append(args, r.claimsExp(call.Call.Args[p.i], call, depth+1))
			} else {
				args = append(args, unknownExp)
			}
			continue
		}
		keep = append(keep, p)
	}
	if len(args) == 0 {
		return e
	}
	e.params = keep
	for _, a := range args {
		e = e.either(a)
	}
	return e
}

// funcExp summarises the claims each result of fn carries, at its returns.
func (r *run) funcExp(fn *ssa.Function) []exp {
	if res, ok := r.expFuncs[fn]; ok {
		return res
	}
	n := fn.Signature.Results().Len()
	if r.expBusy[fn] {
		res := make([]exp, n)
		for i := range res {
			res[i] = unknownExp
		}
		return res
	}
	r.expBusy[fn] = true
	res := make([]exp, n)
	seen := make([]bool, n)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			if i >= n || isNilConst(v) {
				continue // an error return carries no claims
			}
			e := r.claimsExp(v, ret, 0)
			if !seen[i] {
				res[i], seen[i] = e, true
			} else {
				res[i] = res[i].join(e)
			}
		}
	}
	for i := range res {
		if !seen[i] {
			res[i] = unknownExp
		}
	}
	delete(r.expBusy, fn)
	r.expFuncs[fn] = res
	return res
}

func isNilConst(v ssa.Value) bool {
	c, ok := ssaprog.Unwrap(v).(*ssa.Const)
	return ok && c.IsNil()
}

func (r *run) expToFact(e exp, fn *ssa.Function) ExpFact {
	f := ExpFact{Missing: e.missing, Set: e.set, Unknown: e.unknown, Life: e.life, LifeKnown: e.lifeKnown, Origin: e.origin}
	for _, p := range e.params {
		if p.fn == fn {
			f.Params = append(f.Params, p.i)
		} else {
			f.Unknown = true
		}
	}
	for _, p := range e.timeParams {
		if p.fn == fn {
			f.TimeParams = append(f.TimeParams, SignParamFact{Param: p.i, Time: true, D: p.d, Dur: p.dur})
		} else {
			f.Set = true
		}
	}
	if f.Origin == "" && (f.Missing || f.LifeKnown) {
		f.Origin = ssaFuncDisplay(fn)
	}
	return f
}

func (r *run) fromExpFact(f ExpFact) exp {
	e := exp{missing: f.Missing, set: f.Set, unknown: f.Unknown, life: f.Life, lifeKnown: f.LifeKnown, origin: f.Origin}
	for _, i := range f.Params {
		e.params = append(e.params, paramRef{fn: nil, i: i})
	}
	for _, p := range f.TimeParams {
		e.timeParams = append(e.timeParams, timeParam{fn: nil, i: p.Param, d: p.D, dur: p.Dur})
	}
	return e
}

// dominates reports whether instruction a runs before b on every path to b.
func dominates(a, b ssa.Instruction) bool {
	if a.Parent() != b.Parent() {
		return true // another function (a closure): order unknown, count it
	}
	ab, bb := a.Block(), b.Block()
	if ab != bb {
		return ab.Dominates(bb)
	}
	for _, in := range ab.Instrs {
		if in == a {
			return true
		}
		if in == b {
			return false
		}
	}
	return false
}

// setter judges an exp value stored at instr, for the point at.
func (r *run) setter(v ssa.Value, instr, at ssa.Instruction) exp {
	t := r.timeOf(v, 0)
	e := t.exp()
	if e.lifeKnown {
		e.lifePos = instr.Pos()
		if !e.lifePos.IsValid() {
			e.lifePos = v.Pos()
		}
	}
	if at != nil && !dominates(instr, at) {
		e.missing = true // set on some paths only
	}
	return e
}

// claimsCarrier reports whether values of t may carry claims to sign:
// library tokens, builders and claims types, maps with string keys, and
// structs with an "exp" field.
func claimsCarrier(t types.Type) bool {
	if libmodel.IsClaimsCarrier(t) {
		return true
	}
	if isMap(t) {
		return true
	}
	if st := structOf(t); st != nil {
		return len(expPaths(st, 0)) > 0
	}
	return false
}

func isMap(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	b, ok := m.Key().Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

func isPointerToStruct(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok
}

// structOf returns the struct type of t or *t.
func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// expPaths returns the field indices leading to the field encoding/json
// marshals as "exp", through embedded structs.
func expPaths(st *types.Struct, depth int) [][]int {
	if depth > 4 {
		return nil
	}
	var out [][]int
	for i := range st.NumFields() {
		name, ok := libmodel.JSONName(st, i)
		if !ok {
			continue
		}
		if name == libmodel.ExpClaim {
			out = append(out, []int{i})
			continue
		}
		if name == "" { // embedded: its fields are promoted into the object
			if inner := structOf(st.Field(i).Type()); inner != nil {
				for _, p := range expPaths(inner, depth+1) {
					out = append(out, append([]int{i}, p...))
				}
			}
		}
	}
	return out
}

// marshalsItself reports whether t or *t has its own MarshalJSON: its
// fields then say nothing certain about the encoded claims.
func marshalsItself(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(tt)
		for i := range ms.Len() {
			if ms.At(i).Obj().Name() == "MarshalJSON" {
				return true
			}
		}
	}
	return false
}

func constName(v ssa.Value) (string, bool) {
	c, ok := ssaprog.Unwrap(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}
