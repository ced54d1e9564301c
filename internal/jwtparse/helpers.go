package jwtparse

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// helperChecks returns the claims that the function called by call checks
// in the argument arg: a helper such as `if err := checkClaims(c); err !=
// nil { return err }` decides on them, so its result carries them. Local
// functions are analysed; imported ones are read from their facts.
func (r *run) helperChecks(call *ssa.Call, arg ssa.Value) ClaimSet {
	var checks ClaimSet
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil {
		for i, a := range call.Call.Args {
			if a == arg && i < len(fn.Params) {
				checks |= r.paramChecks(fn.Params[i])
			}
		}
		return checks
	}
	fact := r.importedHelper(call)
	if fact == nil {
		return 0
	}
	for i, a := range call.Call.Args {
		if a == arg && i < len(fact.Claims) {
			checks |= fact.Claims[i]
		}
	}
	return checks
}

// importedHelper returns the summary of an imported function a call
// invokes statically, or nil.
func (r *run) importedHelper(call *ssa.Call) *HelperFact {
	var fact HelperFact
	obj := ssaprog.Callee(&call.Call)
	if obj == nil || call.Call.IsInvoke() || !r.pass.ImportObjectFact(obj, &fact) {
		return nil
	}
	return &fact
}

// paramChecks returns the claims a local function compares in a rejecting
// branch on the data of parameter p.
func (r *run) paramChecks(p *ssa.Parameter) ClaimSet {
	if c, ok := r.paramChecksMemo[p]; ok {
		return c
	}
	r.paramChecksMemo[p] = 0 // recursion guard
	var c ClaimSet
	if holdsTokenData(p.Type()) {
		td := r.trace(nil, []ssa.Value{p}, nil)
		c = r.claimChecks(td) | returnedVerdicts(td)
	}
	r.paramChecksMemo[p] = c
	return c
}

// returnedVerdicts returns the claims a predicate returns a verdict on:
// `return c.Issuer == iss` makes the caller's branch on the result a check.
func returnedVerdicts(td *tokenData) ClaimSet {
	var c ClaimSet
	for _, u := range td.uses {
		ret, ok := u.(*ssa.Return)
		if !ok {
			continue
		}
		for _, v := range ret.Results {
			if isVerdict(v.Type()) {
				c |= td.derived[v]
			}
		}
	}
	return c
}

// isVerdict reports whether a result of type t is a decision: a bool or an
// error.
func isVerdict(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
		return true
	}
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// holdsTokenData reports whether a parameter of type t can carry claims: a
// claims type (or struct embedding one) or a token.
func holdsTokenData(t types.Type) bool {
	return libmodel.IsClaimsType(t) || libmodel.IsToken(t)
}

// helperFact summarises a function of this package as a checking helper,
// or nil when none of its parameters decides anything.
func (r *run) helperFact(fn *ssa.Function) *HelperFact {
	f := &HelperFact{Claims: make([]ClaimSet, len(fn.Params)), Method: make([]bool, len(fn.Params))}
	found := false
	for i, p := range fn.Params {
		f.Claims[i] = r.paramChecks(p)
		if libmodel.IsToken(p.Type()) {
			f.Method[i] = r.paramChecksMethod(fn, p)
		}
		found = found || f.Claims[i] != 0 || f.Method[i]
	}
	if !found {
		return nil
	}
	return f
}

// validatorChecks returns the claims a jwt.Validator checks: the options
// it was built with (jwt.NewValidator(jwt.WithAudience(...), ...)).
func (r *run) validatorChecks(v ssa.Value) ClaimSet {
	var opts OptionSummary
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Call:
		if libmodel.NewValidatorFunc(ssaprog.Callee(&x.Call)) == nil || ssaprog.NumArgs(&x.Call) == 0 {
			return 0
		}
		opts = r.optionList(ssaprog.Arg(&x.Call, 0)).OptionSummary
	default:
		stores, ok := r.storedValues(x)
		if !ok || len(stores) != 1 {
			return 0
		}
		return r.validatorChecks(stores[0])
	}
	return opts.Claims()
}

// claimsValidatorChecks returns the claims a library validator call
// checks (its options or expectation) and whether its expectation leaves
// the time checks out (go-jose v2's Expected without Time).
func (r *run) claimsValidatorChecks(call *ssa.Call, cv libmodel.ClaimsValidator) (ClaimSet, bool) {
	c := &call.Call
	var o OptionSummary
	switch {
	case cv.OptionsFromRecv:
		return r.validatorChecks(ssaprog.Recv(c)), false
	case cv.ExpectedArg >= 0:
		o = r.config(ssaprog.Arg(c, cv.ExpectedArg))
	case cv.OptionsArg >= 0:
		for i := cv.OptionsArg; i < ssaprog.NumArgs(c); i++ {
			o = o.with(r.optionList(ssaprog.Arg(c, i)).OptionSummary)
		}
	}
	checks := o.Claims()
	if cv.Time && !o.ExpectTimeUnset && !o.TimeOff && !o.NoClaimsValidation {
		checks |= claimTimeIfPresent
	}
	return checks, o.ExpectTimeUnset
}

// validatedArg returns the value a claims validator call validates.
func validatedArg(c *ssa.CallCommon, cv libmodel.ClaimsValidator) ssa.Value {
	if cv.ClaimsArg < 0 {
		return ssaprog.Recv(c)
	}
	return ssaprog.Arg(c, cv.ClaimsArg)
}
