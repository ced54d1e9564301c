package jwtsign

import (
	"time"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// findSigns judges every signing call of the package, then the callers of
// functions that sign claims (or a token) received as a parameter.
func (r *run) findSigns() {
	for _, fn := range r.prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok {
					r.signCall(call)
				}
			}
		}
	}
	r.resolveExpParams()
}

func (r *run) signCall(call *ssa.Call) {
	c := &call.Call
	callee := ssaprog.Callee(c)
	if callee == nil {
		return
	}
	if api := libmodel.SignAPIOf(callee); api != nil {
		var e exp
		switch api.Kind {
		case libmodel.SignTokenRecv, libmodel.SignBuilderRecv:
			e = r.claimsExp(ssaprog.Recv(c), call, 0)
		case libmodel.SignTokenArg, libmodel.SignClaimsArg:
			e = r.claimsExp(ssaprog.Arg(c, api.Arg), call, 0)
		}
		if api.OptionsArg >= 0 && api.OptionsArg < ssaprog.NumArgs(c) {
			e = r.signOptions(call, api, e)
		}
		r.emitSign(call, api.Display, e)
		return
	}
	if callee.Pkg() != nil && callee.Pkg() != r.pass.Pkg && c.StaticCallee() != nil {
		var f ClaimsParamFact
		if r.pass.ImportObjectFact(callee, &f) {
			for _, p := range f.Params {
				if p.Param < len(c.Args) {
					sp := signParam{api: f.API, time: p.Time, d: p.D, dur: p.Dur}
					r.emitSign(call, funcDisplay(callee), r.paramSignExp(sp, c.Args[p.Param], call))
				}
			}
		}
	}
}

// signOptions applies the sign options: kataras MaxAge sets exp; jwx
// WithInsecureNoSignature signs with alg "none" (a jwtkey finding).
func (r *run) signOptions(call *ssa.Call, api *libmodel.SignAPI, e exp) exp {
	elems, complete := r.prog.SliceElems(ssaprog.Arg(&call.Call, api.OptionsArg))
	// Options of a claims-signing API may change the claims (kataras
	// Claims values and SignOptionFuncs): one jwtlint cannot read may set exp.
	changesClaims := api.Kind == libmodel.SignClaimsArg
	if changesClaims && !complete {
		e = e.either(unknownExp)
	}
	for _, el := range elems {
		oc, ok := ssaprog.Unwrap(el).(*ssa.Call)
		var cc libmodel.ClaimsCall
		if ok {
			cc, ok = libmodel.ClaimsCallOf(ssaprog.Callee(&oc.Call))
		}
		switch {
		case ok && cc.Op == libmodel.OpMaxAge:
			set := exp{set: true}
			if d, ok := r.durOf(ssaprog.Arg(&oc.Call, 0), 0); ok {
				set.life, set.lifeKnown, set.lifePos = durationOf(d), true, oc.Pos()
			}
			e = e.either(set)
		case ok && cc.Op == libmodel.OpNoSignature:
			pos, end := r.callRange(call)
			r.nones = append(r.nones, &None{Pos: pos, End: end, API: api.Display, How: "WithInsecureNoSignature()"})
		case changesClaims && claimsCarrier(ssaprog.Unwrap(el).Type()):
			e = e.either(r.claimsExp(el, call, 0))
		case changesClaims:
			e = e.either(unknownExp)
		}
	}
	return e
}

// signParam says that a function signs what one of its parameters holds:
// the claims (or token), or, with time set, the expiry (plus d).
type signParam struct {
	api  string
	time bool
	d    time.Duration
	dur  bool // the parameter is a duration: exp = now + it + d
}

// emitSign records a judged signing call; parameters the claims or their
// expiry come from make the function a wrapper whose callers are judged.
func (r *run) emitSign(call *ssa.Call, api string, e exp) {
	record := func(fn *ssa.Function, i int, sp signParam) {
		if fn == nil || i < 0 {
			return
		}
		ps := r.expParams[fn]
		if ps == nil {
			ps = map[int]signParam{}
			r.expParams[fn] = ps
		}
		if _, ok := ps[i]; !ok {
			ps[i] = sp
		}
	}
	for _, p := range e.params {
		record(p.fn, p.i, signParam{api: api})
	}
	for _, p := range e.timeParams {
		record(p.fn, p.i, signParam{api: api, time: true, d: p.d, dur: p.dur})
	}
	if !e.missing && !e.lifeKnown {
		return
	}
	pos, end := r.callRange(call)
	if r.signedSeen[pos] {
		return
	}
	r.signedSeen[pos] = true
	s := &Sign{Pos: pos, End: end, API: api, Missing: e.missing,
		All:  e.missing && !e.set && !e.unknown && len(e.params) == 0,
		Life: e.life, LifeKnown: e.lifeKnown, LifePos: e.lifePos, Origin: e.origin}
	r.signs = append(r.signs, s)
}

// resolveExpParams judges the claims passed to functions that sign their
// parameter.
func (r *run) resolveExpParams() {
	resolveParams(r, r.expParams, func(fn *ssa.Function, i int, sp signParam, call *ssa.Call) {
		r.emitSign(call, ssaFuncDisplay(fn), r.paramSignExp(sp, call.Call.Args[i], call))
	})
}

// paramSignExp judges what a caller passes to a signing wrapper.
func (r *run) paramSignExp(sp signParam, arg ssa.Value, call *ssa.Call) exp {
	if !sp.time {
		return r.claimsExp(arg, call, 0)
	}
	e := r.paramTime(timeParam{i: -1, d: sp.d, dur: sp.dur}, arg, 0).exp()
	if e.lifeKnown {
		e.lifePos = call.Pos()
	}
	return e
}

func durationOf(d int64) time.Duration { return time.Duration(d) }
