package jwtsign

import (
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"time"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// The value stored as "exp": the current time plus a constant (the
// lifetime jwtexp compares with -max-lifetime), some other time (computed
// from configuration or a parameter: bounded by whoever configures it, not
// judged), or nothing (nil, zero: no expiry on that path).

type tval struct {
	zero  bool          // some path: no time at all
	now   bool          // some path: now + d, d constant
	d     time.Duration // the longest such d
	other bool          // some path: a time not known to be now + constant
	// unit: the value is an integer count of unit since the epoch
	// (Unix() seconds); 0 for time values.
	unit time.Duration
	// params: some path's time is a parameter plus a constant; the
	// callers' arguments decide (a claims constructor given the expiry).
	params []timeParam
}

type timeParam struct {
	fn *ssa.Function // nil: a parameter of the callee of a fact
	i  int
	d  time.Duration
	// dur: the parameter is a duration and the time is now + it + d
	// (Issue(sub, ttl) signing time.Now().Add(ttl)).
	dur bool
}

// paramTime is the time a parameter stands for, given the argument.
func (r *run) paramTime(p timeParam, arg ssa.Value, depth int) tval {
	if !p.dur {
		return r.timeOf(arg, depth+1).plus(p.d)
	}
	if n, ok := r.durOf(arg, 0); ok {
		return tval{now: true, d: p.d + time.Duration(n)}
	}
	if q, ok := unconvert(arg).(*ssa.Parameter); ok {
		return tval{params: []timeParam{{fn: q.Parent(), i: paramIndex(q), d: p.d, dur: true}}}
	}
	return otherTime
}

func (a tval) join(b tval) tval {
	out := tval{zero: a.zero || b.zero, other: a.other || b.other, unit: a.unit, params: append(append([]timeParam(nil), a.params...), b.params...)}
	if out.unit == 0 {
		out.unit = b.unit
	}
	switch {
	case a.now && b.now:
		out.now, out.d = true, max(a.d, b.d)
	case a.now:
		out.now, out.d = true, a.d
	case b.now:
		out.now, out.d = true, b.d
	}
	return out
}

// exp turns the stored value into what it says about the token's expiry.
func (t tval) exp() exp {
	e := exp{missing: t.zero, set: t.now || t.other || len(t.params) > 0, timeParams: t.params}
	if t.now {
		e.life, e.lifeKnown = t.d, true
	}
	if !t.zero && !t.now && !t.other && len(t.params) == 0 {
		e.set = true
	}
	return e
}

var otherTime = tval{other: true}

// timeOf evaluates an expiry value.
func (r *run) timeOf(v ssa.Value, depth int) tval {
	if depth > maxDepth {
		return otherTime
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil {
			return tval{zero: true}
		}
		if k := x.Value.Kind(); (k == constant.Int || k == constant.Float) && constant.Sign(x.Value) == 0 {
			return tval{zero: true}
		}
		return otherTime // a fixed instant: not a lifetime
	case *ssa.MakeInterface:
		return r.timeOf(x.X, depth+1)
	case *ssa.ChangeType:
		return r.timeOf(x.X, depth+1)
	case *ssa.Convert:
		return r.timeOf(x.X, depth+1)
	case *ssa.Phi:
		var out tval
		for i, e := range x.Edges {
			t := r.timeOf(e, depth+1)
			if i == 0 {
				out = t
			} else {
				out = out.join(t)
			}
		}
		return out
	case *ssa.Call:
		return r.callTime(x, 0, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return r.callTime(call, x.Index, depth)
		}
	case *ssa.BinOp:
		return r.binTime(x, depth)
	case *ssa.UnOp:
		if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			return r.allocTime(a, depth)
		}
	case *ssa.Alloc:
		return r.allocTime(x, depth)
	case *ssa.Parameter:
		return tval{params: []timeParam{{fn: x.Parent(), i: paramIndex(x)}}}
	}
	return otherTime
}

// allocTime reads a time held in a local struct such as
// &jwt.NumericDate{Time: t}: its embedded time.Time field.
func (r *run) allocTime(a *ssa.Alloc, depth int) tval {
	st := structOf(a.Type())
	if st == nil {
		return otherTime
	}
	var out tval
	found := false
	for _, ref := range *a.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != a || !st.Field(fa.Field).Embedded() || !libmodel.IsTimeType(st.Field(fa.Field).Type()) {
			continue
		}
		for _, s := range stores(fa) {
			t := r.timeOf(s.Val, depth+1)
			if !found {
				out, found = t, true
			} else {
				out = out.join(t)
			}
		}
	}
	if !found {
		return otherTime
	}
	return out
}

func (r *run) callTime(call *ssa.Call, i int, depth int) tval {
	c := &call.Call
	callee := ssaprog.Callee(c)
	if cc, ok := libmodel.ClaimsCallOf(callee); ok && cc.Op == libmodel.OpTimeWrap {
		return r.timeOf(ssaprog.Arg(c, 0), depth+1)
	}
	if tf, ok := libmodel.TimeFuncOf(callee); ok {
		switch tf.Op {
		case libmodel.TimeNow:
			return tval{now: true}
		case libmodel.TimeAdd:
			base := r.timeOf(ssaprog.Recv(c), depth+1)
			arg := ssaprog.Arg(c, 0)
			if d, ok := r.durOf(arg, 0); ok {
				return base.plus(time.Duration(d))
			}
			if q, ok := unconvert(arg).(*ssa.Parameter); ok && base.now && !base.zero && !base.other && len(base.params) == 0 {
				return tval{params: []timeParam{{fn: q.Parent(), i: paramIndex(q), d: base.d, dur: true}}, unit: base.unit}
			}
			return timeOrOther(base)
		case libmodel.TimeAddDate:
			base := r.timeOf(ssaprog.Recv(c), depth+1)
			y, ok1 := constInt(ssaprog.Arg(c, 0))
			m, ok2 := constInt(ssaprog.Arg(c, 1))
			d, ok3 := constInt(ssaprog.Arg(c, 2))
			if ok1 && ok2 && ok3 {
				// Calendar arithmetic, approximated: long lifetimes are
				// what matters, not the exact length of a month.
				return base.plus(time.Duration(y*365+m*30+d) * 24 * time.Hour)
			}
			return timeOrOther(base)
		case libmodel.TimeSame:
			return r.timeOf(ssaprog.Recv(c), depth+1)
		case libmodel.TimeToInt:
			t := r.timeOf(ssaprog.Recv(c), depth+1)
			t.unit = tf.Unit
			return t
		case libmodel.TimeFromInt:
			t := r.timeOf(ssaprog.Arg(c, 0), depth+1)
			t.unit = 0
			return t
		}
	}
	if fn := c.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && len(fn.Blocks) > 0 {
		if res := r.funcTime(fn); i < len(res) {
			return r.substituteTime(res[i], call, fn, depth)
		}
	}
	return otherTime
}

// plus adds a constant to every path's time.
func (t tval) plus(d time.Duration) tval {
	if t.now {
		t.d += d
	}
	ps := make([]timeParam, len(t.params))
	for i, p := range t.params {
		p.d += d
		ps[i] = p
	}
	t.params = ps
	return t
}

// substituteTime replaces the callee's parameters by the call's arguments.
func (r *run) substituteTime(t tval, call *ssa.Call, callee *ssa.Function, depth int) tval {
	var keep []timeParam
	var subst []tval
	for _, p := range t.params {
		if p.fn != callee {
			keep = append(keep, p)
			continue
		}
		if p.i < len(call.Call.Args) {
			subst = append(subst, r.paramTime(p, call.Call.Args[p.i], depth))
		} else {
			subst = append(subst, otherTime)
		}
	}
	if len(subst) == 0 {
		return t
	}
	t.params = keep
	emptyPaths := !t.zero && !t.now && !t.other && len(keep) == 0
	for i, s := range subst {
		if i == 0 && emptyPaths {
			u := t.unit
			t = s
			if t.unit == 0 {
				t.unit = u
			}
			continue
		}
		t = t.join(s)
	}
	return t
}

// timeOrOther keeps what is known of a time changed by a non-constant amount.
func timeOrOther(t tval) tval {
	if t.now || len(t.params) > 0 {
		t.now, t.other, t.params = false, true, nil
	}
	return t
}

// binTime handles integer timestamps: time.Now().Unix() + 3600.
func (r *run) binTime(b *ssa.BinOp, depth int) tval {
	if b.Op != token.ADD && b.Op != token.SUB {
		return otherTime
	}
	t := r.timeOf(b.X, depth+1)
	n, ok := r.durOf(b.Y, 0)
	if !t.now && len(t.params) == 0 && b.Op == token.ADD {
		t = r.timeOf(b.Y, depth+1)
		n, ok = r.durOf(b.X, 0)
	}
	if !ok || t.unit == 0 && t.now {
		return timeOrOther(t)
	}
	if b.Op == token.SUB {
		n = -n
	}
	unit := t.unit
	if unit == 0 {
		unit = time.Second // a parameter counted in seconds, as in "exp"
	}
	return t.plus(time.Duration(n) * unit)
}

// funcTime summarises the times a function returns.
func (r *run) funcTime(fn *ssa.Function) []tval {
	if res, ok := r.timeFuncs[fn]; ok {
		return res
	}
	if r.timeBusy[fn] {
		return nil
	}
	r.timeBusy[fn] = true
	n := fn.Signature.Results().Len()
	res := make([]tval, n)
	seen := make([]bool, n)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			t := r.timeOf(v, 0)
			if !seen[i] {
				res[i], seen[i] = t, true
			} else {
				res[i] = res[i].join(t)
			}
		}
	}
	delete(r.timeBusy, fn)
	r.timeFuncs[fn] = res
	return res
}

// durOf evaluates a constant duration (or count): constants, arithmetic
// on them, and package-level variables only ever assigned one constant.
func (r *run) durOf(v ssa.Value, depth int) (int64, bool) {
	if depth > 8 {
		return 0, false
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil {
			return 0, false
		}
		switch x.Value.Kind() {
		case constant.Int:
			return constant.Int64Val(x.Value)
		case constant.Float:
			f, _ := constant.Float64Val(x.Value)
			if math.Abs(f) < math.MaxInt64 {
				return int64(f), true
			}
		}
	case *ssa.Convert:
		return r.durOf(x.X, depth+1)
	case *ssa.ChangeType:
		return r.durOf(x.X, depth+1)
	case *ssa.BinOp:
		a, ok1 := r.durOf(x.X, depth+1)
		b, ok2 := r.durOf(x.Y, depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch x.Op {
		case token.MUL:
			if a != 0 && (a*b)/a != b {
				return 0, false
			}
			return a * b, true
		case token.ADD:
			return a + b, true
		case token.SUB:
			return a - b, true
		case token.QUO:
			if b != 0 {
				return a / b, true
			}
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			if obj, ok := g.Object().(*types.Var); ok && obj.Pkg() == r.pass.Pkg {
				return r.globalDur(g, depth)
			}
		}
	}
	return 0, false
}

// globalDur: a package variable holding one constant duration everywhere
// it is assigned (var tokenTTL = 72 * time.Hour).
func (r *run) globalDur(g *ssa.Global, depth int) (int64, bool) {
	ss := r.idx.stores[g]
	if len(ss) == 0 {
		return 0, false
	}
	var val int64
	for i, s := range ss {
		d, ok := r.durOf(s.instr.Val, depth+1)
		if !ok || i > 0 && d != val {
			return 0, false
		}
		val = d
	}
	return val, true
}
