package jwtsign

import (
	"sort"
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
			for _, i := range f.Params {
				if i < len(c.Args) {
					r.emitSign(call, funcDisplay(callee), r.claimsExp(c.Args[i], call, 0))
				}
			}
		}
	}
}

// signOptions applies the sign options: kataras MaxAge sets exp; jwx
// WithInsecureNoSignature signs with alg "none" (a jwtkey finding).
func (r *run) signOptions(call *ssa.Call, api *libmodel.SignAPI, e exp) exp {
	elems, _ := r.prog.SliceElems(ssaprog.Arg(&call.Call, api.OptionsArg))
	for _, el := range elems {
		oc, ok := ssaprog.Unwrap(el).(*ssa.Call)
		if !ok {
			continue
		}
		cc, ok := libmodel.ClaimsCallOf(ssaprog.Callee(&oc.Call))
		if !ok {
			continue
		}
		switch cc.Op {
		case libmodel.OpMaxAge:
			set := exp{set: true}
			if d, ok := r.durOf(ssaprog.Arg(&oc.Call, 0), 0); ok {
				set.life, set.lifeKnown, set.lifePos = durationOf(d), true, oc.Pos()
			}
			e = e.either(set)
		case libmodel.OpNoSignature:
			pos, end := r.callRange(call)
			r.nones = append(r.nones, &None{Pos: pos, End: end, API: api.Display, How: "WithInsecureNoSignature()"})
		}
	}
	return e
}

// emitSign records a judged signing call; parameters the claims come from
// make the function a wrapper whose callers are judged.
func (r *run) emitSign(call *ssa.Call, api string, e exp) {
	for _, p := range e.params {
		if p.fn == nil || p.i < 0 {
			continue
		}
		ps := r.expParams[p.fn]
		if ps == nil {
			ps = map[int]string{}
			r.expParams[p.fn] = ps
		}
		if _, ok := ps[p.i]; !ok {
			ps[p.i] = api
		}
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
	type pk struct {
		fn *ssa.Function
		i  int
	}
	done := map[pk]bool{}
	for round := 0; round < 16; round++ {
		var todo []pk
		for fn, ps := range r.expParams {
			for i := range ps {
				if !done[pk{fn, i}] {
					todo = append(todo, pk{fn, i})
				}
			}
		}
		if len(todo) == 0 {
			return
		}
		sort.Slice(todo, func(a, b int) bool {
			if todo[a].fn.Pos() != todo[b].fn.Pos() {
				return todo[a].fn.Pos() < todo[b].fn.Pos()
			}
			return todo[a].i < todo[b].i
		})
		for _, p := range todo {
			done[p] = true
			for _, call := range r.idx.callers[p.fn] {
				if p.i < len(call.Call.Args) {
					r.emitSign(call, ssaFuncDisplay(p.fn), r.claimsExp(call.Call.Args[p.i], call, 0))
				}
			}
		}
	}
}

func durationOf(d int64) time.Duration { return time.Duration(d) }
