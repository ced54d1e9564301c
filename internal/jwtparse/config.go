package jwtparse

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// config summarises a configuration struct value whose fields the model
// knows (libmodel.FieldOf): a literal (&Config{...} or Config{...}), a
// zero value, or the values stored into a variable holding one.
func (r *run) config(v ssa.Value) OptionSummary {
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Alloc:
		return r.configFields(x)
	case *ssa.FieldAddr:
		return r.configFields(x)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			switch a := x.X.(type) {
			case *ssa.Alloc, *ssa.FieldAddr:
				return r.configFields(a)
			}
		}
	case *ssa.Const:
		return OptionSummary{} // the zero configuration
	case *ssa.Slice:
		// A variadic configuration (gofiber's New(config ...Config)): the
		// elements written into the array behind the slice.
		if arr, ok := x.X.(*ssa.Alloc); ok {
			var o OptionSummary
			for _, ref := range *arr.Referrers() {
				if elem, ok := ref.(*ssa.IndexAddr); ok {
					o = o.with(r.configFields(elem))
				}
			}
			return o
		}
	case *ssa.Phi:
		return meetAll(x.Edges, r.config)
	case *ssa.Call:
		// A method returning a modified copy (go-jose Expected.WithTime).
		if recv := ssaprog.Recv(&x.Call); recv != nil && libmodel.ConfigType(recv.Type()) {
			o := r.config(recv)
			o.ExpectTimeUnset = false
			return o
		}
		return r.calleeOptions(x)
	}
	if stores, ok := r.storedValues(ssaprog.Unwrap(v)); ok {
		return meetAll(stores, r.config)
	}
	return unknownOptions
}

// configFields reads the fields stored into a struct (an allocation, or a
// nested struct field of one) by a composite literal or assignments.
func (r *run) configFields(base ssa.Value) OptionSummary {
	var o OptionSummary
	timeSet := false
	expectation := false
	for _, ref := range *base.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == base {
			o = o.with(r.config(st.Val)) // a whole value copied in
			continue
		}
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != base {
			continue
		}
		eff, ok := libmodel.FieldOf(fa.X.Type(), ssaprog.FieldVar(fa.X.Type(), fa.Field))
		if !ok {
			continue
		}
		if eff == libmodel.FieldNested {
			o = o.with(r.configFields(fa))
			continue
		}
		if eff == libmodel.FieldExpectTime {
			expectation = true
		}
		for _, fr := range *fa.Referrers() {
			st, ok := fr.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			if eff == libmodel.FieldExpectTime {
				timeSet = true
				continue
			}
			o = o.with(r.configField(eff, st.Val))
		}
	}
	if libmodel.ExpectsTime(base.Type()) && !expectation && !timeSet {
		o.ExpectTimeUnset = true
	}
	return o
}

// configField is the effect of one field set to v.
func (r *run) configField(eff libmodel.FieldEffect, v ssa.Value) OptionSummary {
	var o OptionSummary
	if isZeroConst(v) && eff != libmodel.FieldPinAlg {
		return o // the field left at its zero value
	}
	on := !constBool(v, false) // a flag set to anything but false
	switch eff {
	case libmodel.FieldValidMethods:
		o.HasMethods = true
		o.Methods, o.MethodsUnknown = r.methodNames(v)
	case libmodel.FieldSkipClaims:
		o.NoClaimsValidation = on
	case libmodel.FieldAudienceOff:
		if on {
			o.Off = ClaimAud
		}
	case libmodel.FieldIssuerOff:
		if on {
			o.Off = ClaimIss
		}
	case libmodel.FieldExpOff:
		if on {
			o.Off = ClaimExp
		}
	case libmodel.FieldSkipSignature:
		o.SkipSignature = on
	case libmodel.FieldKeyfunc:
		if kf := r.keyfunc(v); kf != nil {
			o.Keyfunc = kf
			o.Keys = kf.Kinds
		} else {
			o.KeyByCode = true
		}
	case libmodel.FieldKey:
		o.Keys = r.keyKindOfValue(v)
	case libmodel.FieldKeys:
		o.Keys = libmodel.KeyUnknown
		if m, ok := v.Type().Underlying().(*types.Map); ok {
			o.Keys = libmodel.KeyKindOf(m.Elem())
		}
	case libmodel.FieldKeySetURLs:
		o.Keys = libmodel.KeySet
	case libmodel.FieldPinAlg:
		if alg, ok := r.algOf(v); ok && alg != "" {
			o.PinnedAlgs = []string{alg}
		}
	case libmodel.FieldParserOptions:
		o = r.optionList(v).OptionSummary
	case libmodel.FieldCustomParse:
		o.CustomParse = true
	case libmodel.FieldErrorHandler:
		o.ErrorHandlerNil = r.mayReturnNilError(v)
	case libmodel.FieldContinueOnError:
		o.ContinueOnError = on
	case libmodel.FieldClaimsFactory:
		o.FactoryChecks = r.factoryChecks(v)
	case libmodel.FieldClaimsValue:
		if !ssaprog.IsNil(v) {
			o.FactoryChecks = r.typeValidation(ssaprog.Unwrap(v).Type())
		}
	case libmodel.FieldPublicKey:
		o.Keys = libmodel.KeyRSA
	case libmodel.FieldExpectIssuer:
		o.Issuer = true
	case libmodel.FieldExpectAudience:
		o.Audience = true
	case libmodel.FieldExpectSubject:
		o.Subject = true
	}
	return o
}

// keyKindOfValue classifies the key a value holds by its dynamic type,
// through interfaces, phis and helpers of the package returning it.
func (r *run) keyKindOfValue(v ssa.Value) libmodel.KeyKind {
	if v == nil {
		return libmodel.KeyUnknown
	}
	if k, _ := r.keyKinds(v, nil); k != 0 {
		return k
	}
	return libmodel.KeyUnknown
}

// algOf resolves an algorithm value: a string constant, a library
// constant or variable naming one (jwa.RS256, kataras jwt.HS256,
// jwt.SigningMethodRS256.Alg()), or a call of a library function
// returning one (jwx v3's jwa.RS256()).
func (r *run) algOf(v ssa.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if s, ok := ssaprog.ConstString(v); ok {
		return s, true
	}
	if a, ok := algName(v); ok {
		return a, true
	}
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Call:
		return r.algValue(x)
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			return libmodel.AlgValue(g.Object())
		}
	case *ssa.Const:
		// A typed constant of the library (validator.RS256): ConstString
		// handles its value.
	}
	return "", false
}

// algValue resolves a call returning an algorithm (jwa.RS256()).
func (r *run) algValue(call *ssa.Call) (string, bool) {
	return libmodel.AlgFunc(ssaprog.Callee(&call.Call))
}

// mayReturnNilError reports whether an error handler function may return a
// nil error for a failed verification (letting the request through).
func (r *run) mayReturnNilError(v ssa.Value) bool {
	var fn *ssa.Function
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
	}
	if fn == nil || fn.Blocks == nil {
		return false
	}
	idx := errorResultIndex(fn.Signature)
	if idx < 0 {
		return false
	}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) && ssaprog.IsNil(ret.Results[idx]) {
			return true
		}
	}
	return false
}

// factoryChecks returns the claims the type a claims factory returns
// validates in its own validation method.
func (r *run) factoryChecks(v ssa.Value) ClaimSet {
	var fn *ssa.Function
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
	}
	if fn == nil || fn.Blocks == nil {
		return 0
	}
	var checks ClaimSet
	first := true
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		c := r.typeValidation(ssaprog.Unwrap(ret.Results[0]).Type())
		if first {
			checks, first = c, false
		} else {
			checks &= c
		}
	}
	return checks
}

// typeValidation returns the claims a claims type's own Validate method
// checks (golang-jwt v5 calls it after its own checks).
func (r *run) typeValidation(t types.Type) ClaimSet {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, "Validate")
	m, ok := obj.(*types.Func)
	if !ok || m.Pkg() == nil || libmodel.IsJWTPackage(m.Pkg().Path()) {
		return 0
	}
	if f := r.claimsValidation(m); f != nil {
		return f.Checks
	}
	return 0
}
