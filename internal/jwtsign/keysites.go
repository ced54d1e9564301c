package jwtsign

import (
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// useSite is a place that takes a key: a library call, a library struct
// field, or a call of a function of the program that passes its
// parameter on as a key.
type useSite struct {
	pos, end token.Pos
	// call names what is called (a library API or a wrapper), subject the
	// key in messages ("the HMAC key of (*jwt.Token).SignedString"), root
	// the library API finally taking the key.
	call, subject, root string
	verify              bool
}

// paramUse says that a parameter of a function of this package is used as
// a key: the function is a wrapper, and its callers are judged.
type paramUse struct {
	root   string
	verify bool
}

func librarySite(pos, end token.Pos, api string, verify bool) useSite {
	return useSite{pos: pos, end: end, call: api, subject: "the HMAC key of " + api, root: api, verify: verify}
}

func wrapperSite(pos, end token.Pos, wrapper, root string, verify bool) useSite {
	return useSite{pos: pos, end: end, call: wrapper, subject: "the HMAC key passed to " + wrapper + " (the key of " + root + ")", root: root, verify: verify}
}

type keyReport struct {
	pos, use token.Pos
	name     string
}

// findKeys collects the keys of every key-taking call and field of the
// package, then judges the callers of functions passing a parameter on as
// a key, until no new such function appears.
func (r *run) findKeys() {
	for _, fn := range r.prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.Call:
					r.keyCall(in)
				case *ssa.Store:
					if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
						f := ssaprog.FieldVar(fa.X.Type(), fa.Field)
						if kf := libmodel.KeyFieldOf(fa.X.Type(), f); kf != nil {
							r.keyFieldStore(in, fa, kf)
						} else if f != nil && f.Pkg() != nil && f.Pkg() != r.pass.Pkg {
							r.importedKeyField(in, fa, f)
						}
					}
				}
			}
		}
	}
	r.resolveKeyParams()
}

func (r *run) keyCall(call *ssa.Call) {
	c := &call.Call
	callee := ssaprog.Callee(c)
	if callee == nil {
		return
	}
	pos, end := r.callRange(call)
	if api := libmodel.KeyAPIOf(callee); api != nil {
		site := librarySite(pos, end, api.Display, api.Verify)
		alg := api.DefaultAlg
		switch {
		case api.AlgArg >= 0:
			if a := r.algOf(ssaprog.Arg(c, api.AlgArg)); a != "" {
				alg = a
			}
		case api.AlgFromToken:
			alg = r.tokenAlg(ssaprog.Recv(c))
		}
		// golang-jwt signs with SigningMethodNone only given the magic
		// key (judged below); elsewhere naming "none" is enough.
		if alg == "none" && !api.AlgFromToken {
			if !api.Verify {
				r.nones = append(r.nones, &None{Pos: pos, End: end, API: api.Display, How: "alg \"none\""})
			}
			return
		}
		if publicKeyAlg(alg) {
			return // the key is not an HMAC secret
		}
		key := ssaprog.Arg(c, api.KeyArg)
		if key == nil {
			return
		}
		if api.Keyfunc {
			site.subject = "the HMAC key returned by the key function of " + api.Display
			r.keyfuncUse(key, site)
		} else {
			r.judgeKey(r.keyOf(key, call.Parent()), site)
		}
		return
	}
	if p := libmodel.ParseCall(callee); p != nil && p.KeyfuncArg >= 0 {
		if kf := ssaprog.Arg(c, p.KeyfuncArg); kf != nil {
			site := librarySite(pos, end, p.Display, true)
			site.subject = "the HMAC key returned by the key function of " + p.Display
			r.keyfuncUse(kf, site)
		}
		return
	}
	// A function of another package passing a parameter on as a key.
	if callee.Pkg() != nil && callee.Pkg() != r.pass.Pkg && c.StaticCallee() != nil {
		var f KeyParamFact
		if r.pass.ImportObjectFact(callee, &f) {
			for _, i := range f.Params {
				if i < len(c.Args) {
					site := wrapperSite(pos, end, funcDisplay(callee), f.API, f.Verify)
					r.judgeKey(r.keyOf(c.Args[i], call.Parent()), site)
				}
			}
		}
	}
}

// keyFieldStore judges a key (or key function) stored into a library
// struct field, with the algorithm stored into its sibling field.
func (r *run) keyFieldStore(st *ssa.Store, fa *ssa.FieldAddr, kf *libmodel.KeyField) {
	site := librarySite(fa.Pos(), fa.Pos(), kf.Display, kf.Verify)
	site.subject = "the HMAC key in " + kf.Display
	if !site.pos.IsValid() {
		site.pos, site.end = st.Pos(), st.Pos()
	}
	if kf.Keyfunc {
		site.subject = "the HMAC key returned by the key function in " + kf.Display
		r.keyfuncUse(st.Val, site)
		return
	}
	alg := kf.DefaultAlg
	if kf.AlgField != "" {
		for _, ref := range *fa.X.Referrers() {
			sib, ok := ref.(*ssa.FieldAddr)
			if !ok || sib.X != fa.X {
				continue
			}
			if f := ssaprog.FieldVar(sib.X.Type(), sib.Field); f == nil || f.Name() != kf.AlgField {
				continue
			}
			for _, sref := range *sib.Referrers() {
				if s, ok := sref.(*ssa.Store); ok && s.Addr == sib {
					if a := r.algOf(s.Val); a != "" {
						alg = a
					}
				}
			}
		}
	}
	if publicKeyAlg(alg) {
		return
	}
	r.judgeKey(r.keyOf(st.Val, st.Parent()), site)
}

// importedKeyField judges a store into a field another package uses as a
// key (a library's configuration struct: Config{Key: []byte("secret")}).
func (r *run) importedKeyField(st *ssa.Store, fa *ssa.FieldAddr, f *types.Var) {
	var kf KeyFieldFact
	if !r.pass.ImportObjectFact(f, &kf) {
		return
	}
	display := f.Name()
	if _, name, ok := libmodel.TypeOrigin(fa.X.Type()); ok && f.Pkg() != nil {
		display = f.Pkg().Name() + "." + name + "." + f.Name()
	}
	pos := fa.Pos()
	if !pos.IsValid() {
		pos = st.Pos()
	}
	site := useSite{pos: pos, end: pos, call: display, subject: "the HMAC key in " + display + " (the key of " + kf.API + ")", root: kf.API, verify: kf.Verify}
	r.judgeKey(r.keyOf(st.Val, st.Parent()), site)
}

// keyfuncUse judges the keys a key function returns.
func (r *run) keyfuncUse(v ssa.Value, site useSite) {
	for _, fn := range r.funcsOf(v, 0) {
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) == 0 {
				continue
			}
			r.judgeKey(r.keyOf(ret.Results[0], fn), site)
		}
	}
}

// funcsOf resolves a function value to the functions it may be.
func (r *run) funcsOf(v ssa.Value, depth int) []*ssa.Function {
	if depth > 4 {
		return nil
	}
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		return []*ssa.Function{x}
	case *ssa.MakeClosure:
		if f, ok := x.Fn.(*ssa.Function); ok {
			return []*ssa.Function{f}
		}
	case *ssa.Phi:
		var out []*ssa.Function
		if r.phiBusy[x] {
			return nil
		}
		r.phiBusy[x] = true
		defer delete(r.phiBusy, x)
		for _, e := range x.Edges {
			out = append(out, r.funcsOf(e, depth+1)...)
		}
		return out
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg {
			var out []*ssa.Function
			for _, b := range fn.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
					out = append(out, r.funcsOf(ret.Results[0], depth+1)...)
				}
			}
			return out
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			var loc any
			switch a := x.X.(type) {
			case *ssa.Global:
				loc = a
			case *ssa.FieldAddr:
				loc = ssaprog.FieldVar(a.X.Type(), a.Field)
			}
			var out []*ssa.Function
			for _, s := range r.idx.stores[loc] {
				out = append(out, r.funcsOf(s.instr.Val, depth+1)...)
			}
			return out
		}
	}
	return nil
}

// judgeKey turns the origins of a key at a use into results.
func (r *run) judgeKey(kv keyVal, site useSite) {
	// A literal merged with anything else (the environment, a parameter,
	// random bytes) is that value's fallback.
	fallback := kv.other
	for _, o := range kv.origins {
		fallback = fallback || o.kind != oLiteral && o.kind != oField
	}
	for _, o := range kv.origins {
		switch o.kind {
		case oNone:
			if !site.verify {
				r.nones = append(r.nones, &None{Pos: site.pos, End: site.end, API: site.call, How: "jwt.UnsafeAllowNoneSignatureType"})
			}
		case oLiteral:
			r.addKey(&Key{Kind: KeyLiteral, Fallback: fallback, Len: o.n, Pos: o.pos, End: o.end,
				Name: o.name, Where: o.where, DeclPos: o.decl, Use: site.pos, UseEnd: site.end, Subject: site.subject, Verify: site.verify})
		case oRandom:
			if o.n >= 0 && o.n < MinKeyBytes && o.lenParam < 0 {
				r.addKey(&Key{Kind: KeyShortRandom, Len: o.n, Pos: o.pos, End: o.end,
					Name: o.name, Where: o.where, DeclPos: o.decl, Use: site.pos, UseEnd: site.end, Subject: site.subject, Verify: site.verify})
			}
		case oField:
			if _, ok := r.keyFieldUses[o.field]; !ok {
				r.keyFieldUses[o.field] = paramUse{root: site.root, verify: site.verify}
			}
		case oParam:
			if o.fn == nil || o.param < 0 {
				continue
			}
			ps := r.keyParams[o.fn]
			if ps == nil {
				ps = map[int]paramUse{}
				r.keyParams[o.fn] = ps
			}
			if _, ok := ps[o.param]; !ok {
				ps[o.param] = paramUse{root: site.root, verify: site.verify}
			}
		}
	}
}

func (r *run) addKey(k *Key) {
	rk := keyReport{pos: k.Pos, use: k.Use, name: k.Name}
	if r.reported[rk] {
		return
	}
	r.reported[rk] = true
	r.keys = append(r.keys, k)
}

// resolveKeyParams judges the arguments passed to wrappers, which may make
// their callers wrappers in turn.
func (r *run) resolveKeyParams() {
	resolveParams(r, r.keyParams, func(fn *ssa.Function, i int, use paramUse, call *ssa.Call) {
		pos, end := r.callRange(call)
		site := wrapperSite(pos, end, ssaFuncDisplay(fn), use.root, use.verify)
		r.judgeKey(r.keyOf(call.Call.Args[i], call.Parent()), site)
	})
}

// resolveParams judges, at every call, the arguments given to the
// parameters recorded in params (keys reaching a signing call, claims
// signed), in a fixed order and until judging them records no new
// parameter: a wrapper's callers may be wrappers in turn.
func resolveParams[T any](r *run, params map[*ssa.Function]map[int]T, judge func(fn *ssa.Function, i int, v T, call *ssa.Call)) {
	type pk struct {
		fn *ssa.Function
		i  int
	}
	done := map[pk]bool{}
	for round := 0; round < 16; round++ {
		var todo []pk
		for fn, ps := range params {
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
			v := params[p.fn][p.i]
			for _, call := range r.idx.callers[p.fn] {
				if p.i < len(call.Call.Args) {
					judge(p.fn, p.i, v, call)
				}
			}
		}
	}
}

// publicKeyAlg reports whether alg names an RSA, ECDSA or EdDSA algorithm.
func publicKeyAlg(alg string) bool {
	f := libmodel.AlgFamily(alg)
	return f != "" && f != libmodel.FamilyNone && !libmodel.Symmetric(f)
}

// algOf returns the algorithm name a value holds, or "".
func (r *run) algOf(v ssa.Value) string {
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			if s := constant.StringVal(x.Value); libmodel.AlgFamily(s) != "" {
				return s
			}
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			if obj, ok := g.Object().(*types.Var); ok {
				if a, ok := libmodel.AlgOfVar(obj); ok {
					return a
				}
			}
		}
	case *ssa.Call:
		if a, ok := libmodel.AlgOfFunc(ssaprog.Callee(&x.Call)); ok {
			return a
		}
	case *ssa.Phi:
		alg := ""
		if r.phiBusy[x] {
			return ""
		}
		r.phiBusy[x] = true
		defer delete(r.phiBusy, x)
		for i, e := range x.Edges {
			a := r.algOf(e)
			if i > 0 && a != alg {
				return ""
			}
			alg = a
		}
		return alg
	}
	return ""
}

// tokenAlg returns the algorithm of the golang-jwt token created by
// New/NewWithClaims that v holds, or "".
func (r *run) tokenAlg(v ssa.Value) string {
	call, ok := ssaprog.Unwrap(v).(*ssa.Call)
	if !ok {
		return ""
	}
	cc, ok := libmodel.ClaimsCallOf(ssaprog.Callee(&call.Call))
	if !ok || cc.Op != libmodel.OpNewToken && cc.Op != libmodel.OpNewTokenClaims {
		return ""
	}
	return r.algOf(ssaprog.Arg(&call.Call, 0))
}

// funcDisplay names a function or method for messages: pkg.F, (*pkg.T).M.
func funcDisplay(fn *types.Func) string {
	if fn == nil {
		return "?"
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		star := ""
		if p, ok := t.(*types.Pointer); ok {
			t, star = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
			return "(" + star + n.Obj().Pkg().Name() + "." + n.Obj().Name() + ")." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

func ssaFuncDisplay(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return funcDisplay(obj)
	}
	return fn.Name()
}
