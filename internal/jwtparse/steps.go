package jwtparse

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// stepOf returns the site of the decode step that produced a token object
// (go-jose's jwt.ParseSigned), made once per call.
func (r *run) stepOf(v ssa.Value) *Site {
	call := producer(v)
	if call == nil || call.Parent() == nil {
		return nil
	}
	if st := r.stepSites[call]; st != nil {
		return st
	}
	api := libmodel.ParseCall(ssaprog.Callee(&call.Call))
	if api == nil || !api.Step {
		return nil
	}
	st := r.site(call.Parent(), call, api)
	r.stepSites[call] = st
	return st
}

// producer returns the call whose result v is (through extraction,
// conversions, a local variable holding it, and the load of the object a
// pointer result points to).
func producer(v ssa.Value) *ssa.Call {
	for i := 0; i < 8 && v != nil; i++ {
		switch x := ssaprog.Unwrap(v).(type) {
		case *ssa.Call:
			return x
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			alloc, ok := x.X.(*ssa.Alloc)
			if !ok {
				// The value a pointer result points to (a value
				// receiver: (*jws).UnsafePayloadWithoutVerification()).
				v = x.X
				continue
			}
			stored := ssaprog.LocalStores(alloc)
			if len(stored) != 1 {
				return nil
			}
			v = stored[0]
		default:
			return nil
		}
	}
	return nil
}

// algList resolves an allow-list of algorithm values
// ([]jose.SignatureAlgorithm{jose.RS256}).
func (r *run) algList(v ssa.Value) (names []string, unknown bool) {
	elems, complete := r.prog.SliceElems(v)
	for _, e := range elems {
		if alg, ok := r.algOf(e); ok {
			names = union(names, []string{alg})
		} else {
			unknown = true
		}
	}
	return names, unknown || !complete
}

// headerAlgChecked reports whether, between a decode step and the
// verification of its token object, the header's algorithm is compared
// with constants in a branch that rejects the token
// (`if tok.Headers[0].Algorithm != "RS256" { return errAlg }`).
func (r *run) headerAlgChecked(step *Site, verify *ssa.Call) bool {
	if step.Token == nil {
		return false
	}
	td := r.trace(step.Call, []ssa.Value{step.Token}, nil)
	for v := range td.derived {
		fa, ok := v.(*ssa.FieldAddr)
		if !ok || !libmodel.IsAlgField(ssaprog.FieldVar(fa.X.Type(), fa.Field)) {
			continue
		}
		derived := methodDerivedFrom(fa)
		for _, b := range step.Fn.Blocks {
			ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
			if ok && derived[ifInstr.Cond] && branchRejects(b) && ssaprog.After(ifInstr, verify) {
				return true
			}
		}
	}
	return false
}

// methodDerivedFrom returns the values computed from the field an address
// points to: its loads and what is derived from them.
func methodDerivedFrom(fa *ssa.FieldAddr) map[ssa.Value]bool {
	derived := map[ssa.Value]bool{}
	var queue []ssa.Value
	for _, ref := range *fa.Referrers() {
		if ld, ok := ref.(*ssa.UnOp); ok && ld.Op == token.MUL {
			derived[ld] = true
			queue = append(queue, ld)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ref := range *v.Referrers() {
			if x, ok := ref.(ssa.Value); ok && !derived[x] {
				switch ref.(type) {
				case *ssa.BinOp, *ssa.UnOp, *ssa.Call, *ssa.Convert, *ssa.ChangeType, *ssa.Phi:
					derived[x] = true
					queue = append(queue, x)
				}
			}
		}
	}
	return derived
}

// configuredBy summarises the configuration a receiver was built with:
// the configuration argument of the constructor that made it (a go-oidc
// verifier from provider.Verifier(&oidc.Config{...})), or the receiver
// itself when it is a configuration (echo-jwt's Config.ToMiddleware).
func (r *run) configuredBy(recv ssa.Value) OptionSummary {
	if recv == nil {
		return unknownOptions
	}
	if libmodel.ConfigType(recv.Type()) {
		return r.config(recv)
	}
	v := recv
	if stores, ok := r.storedValues(ssaprog.Unwrap(v)); ok && len(stores) == 1 {
		v = stores[0] // a verifier kept in a variable or a field
	}
	call := producer(v)
	if call == nil {
		return unknownOptions
	}
	ctor, ok := libmodel.ConfigCtorOf(ssaprog.Callee(&call.Call))
	if !ok {
		return unknownOptions
	}
	o := r.config(ssaprog.Arg(&call.Call, ctor.ConfigArg))
	o.Keys |= libmodel.KeySet // the provider's keys, or a key set
	if ctor.KeySetArg >= 0 {
		if k := r.keyKindOfValue(ssaprog.Arg(&call.Call, ctor.KeySetArg)); k != libmodel.KeyUnknown {
			o.Keys |= k
		}
	}
	return o
}

// verifierOptions summarises a verifier built by a constructor the model
// knows: the algorithm it pins and the kind of its key.
func (r *run) verifierOptions(v ssa.Value) OptionSummary {
	call := producer(v)
	if call == nil {
		return unknownOptions
	}
	ctor, ok := libmodel.VerifierCtorOf(ssaprog.Callee(&call.Call))
	if !ok {
		return unknownOptions
	}
	o := OptionSummary{Keys: ctor.Kind}
	alg := ctor.Alg
	if ctor.AlgArg >= 0 {
		alg, _ = r.algOf(ssaprog.Arg(&call.Call, ctor.AlgArg))
	}
	if alg != "" {
		o.PinnedAlgs = []string{alg}
	}
	return o
}

// embeddedKey reports whether a verification key is the key the token
// carries in its own header (go-jose's tok.Headers[i].JSONWebKey).
func (r *run) embeddedKey(key ssa.Value) bool {
	for i := 0; i < 6 && key != nil; i++ {
		switch x := ssaprog.Unwrap(key).(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			key = x.X
		case *ssa.FieldAddr:
			if libmodel.IsEmbeddedKeyField(ssaprog.FieldVar(x.X.Type(), x.Field)) {
				return true
			}
			key = x.X
		case *ssa.Field:
			if libmodel.IsEmbeddedKeyField(ssaprog.FieldVar(x.X.Type(), x.Field)) {
				return true
			}
			key = x.X
		default:
			return false
		}
	}
	return false
}

// riskyCalls finds the calls the model marks as findings by themselves.
func (r *run) riskyCalls() []Risky {
	var out []Risky
	for _, fn := range r.prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				rc, ok := libmodel.RiskyCallOf(ssaprog.Callee(&call.Call))
				if !ok || rc.BoolArg >= 0 && !constBool(ssaprog.Arg(&call.Call, rc.BoolArg), rc.BoolValue) {
					continue
				}
				k := Risky{Check: rc.Check, Message: rc.Message, Pos: call.Pos()}
				if e := r.prog.CallExpr(call); e != nil {
					k.Pos, k.End = e.Pos(), e.End()
				}
				out = append(out, k)
			}
		}
	}
	return out
}
