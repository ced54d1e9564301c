package jwtparse

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// tokenData is what happens to the data a parse returns, within the
// function of the parse: which values carry it (and which registered claims
// they hold), where it is used, where token.Valid is read, which claim
// checks are made.
type tokenData struct {
	derived map[ssa.Value]ClaimSet
	// uses are instructions whose behaviour depends on token data:
	// decisions, calls, stores, returns (other than forwarding).
	uses []ssa.Instruction
	// validLoads are loads of tok.Valid.
	validLoads map[ssa.Value]bool
	// nilOnError are token results the library leaves nil with every
	// error (set by the caller of trace, from the library model).
	nilOnError map[ssa.Value]bool
	// optional are v3/v4 Verify* calls with req=false.
	optional []*ssa.Call
	// forwarded: the token is returned together with the parse error.
	forwarded bool
	// stop, when set, marks calls whose results do not carry token data
	// on: they are uses, but what they return is theirs.
	stop func(*ssa.Call) bool
	// helperChecks returns the claims a called function checks in the
	// argument arg (a claim-checking helper's verdict depends on them).
	helperChecks func(call *ssa.Call, arg ssa.Value) ClaimSet
	// validator returns what a library claims validator call checks.
	validator func(call *ssa.Call, cv libmodel.ClaimsValidator) (ClaimSet, bool)
	// expectTimeUnset: a validator ran with an expectation that skips the
	// time checks.
	expectTimeUnset bool
}

// trace follows token data forward from roots, considering only
// instructions that run after the parse call (all of them when call is nil).
func (r *run) trace(call ssa.Instruction, roots []ssa.Value, errVals map[ssa.Value]bool) *tokenData {
	return r.traceUntil(call, roots, errVals, nil)
}

// traceUntil is trace, not following token data through the results of
// calls for which stop holds.
func (r *run) traceUntil(call ssa.Instruction, roots []ssa.Value, errVals map[ssa.Value]bool, stop func(*ssa.Call) bool) *tokenData {
	td := &tokenData{derived: map[ssa.Value]ClaimSet{}, validLoads: map[ssa.Value]bool{}, stop: stop,
		helperChecks: r.helperChecks, validator: r.claimsValidatorChecks}
	var queue []ssa.Value
	add := func(v ssa.Value, c ClaimSet) {
		if v == nil {
			return
		}
		old, seen := td.derived[v]
		if seen && old|c == old {
			return
		}
		td.derived[v] = old | c
		queue = append(queue, v)
	}
	for _, r := range roots {
		add(r, 0)
	}
	usedAt := map[ssa.Instruction]bool{}
	use := func(in ssa.Instruction) {
		if !usedAt[in] {
			usedAt[in] = true
			td.uses = append(td.uses, in)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		claims := td.derived[v]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			if call != nil && (ref == call || ref.Parent() != call.Parent() || !ssaprog.After(call, ref)) {
				continue
			}
			switch x := ref.(type) {
			case *ssa.FieldAddr:
				f := ssaprog.FieldVar(x.X.Type(), x.Field)
				switch libmodel.TokenField(f) {
				case "Valid":
					for _, lr := range *x.Referrers() {
						if ld, ok := lr.(*ssa.UnOp); ok && ld.Op == token.MUL {
							td.validLoads[ld] = true
						}
					}
					continue
				case "Method", "Signature":
					continue
				}
				add(x, claims|claimOfField(x.X.Type(), x.Field))
			case *ssa.Field:
				f := ssaprog.FieldVar(x.X.Type(), x.Field)
				switch libmodel.TokenField(f) {
				case "Valid":
					td.validLoads[x] = true
					continue
				case "Method", "Signature":
					continue
				}
				add(x, claims|claimOfField(x.X.Type(), x.Field))
			case *ssa.Lookup:
				if x.X == v {
					c := claims
					if k, ok := ssaprog.ConstString(x.Index); ok {
						c |= ClaimOf(k)
					}
					add(x, c)
				} else {
					use(x)
				}
			case *ssa.BinOp:
				if (x.Op == token.EQL || x.Op == token.NEQ) && (ssaprog.IsNil(x.X) || ssaprog.IsNil(x.Y)) && libmodel.IsToken(v.Type()) {
					continue // tok == nil
				}
				add(x, claims)
			case *ssa.Extract:
				if ta, ok := x.Tuple.(*ssa.TypeAssert); ok && ta.CommaOk && x.Index == 1 {
					continue // the ok of a type assertion tests the type, not the data
				}
				if _, isCall := x.Tuple.(*ssa.Call); isCall && types.Identical(x.Type(), errorType) {
					// The error of a call given token data (a key lookup by
					// kid) says whether the call failed, not what the token holds.
					continue
				}
				add(x, claims)
			case *ssa.UnOp, *ssa.TypeAssert, *ssa.ChangeType, *ssa.ChangeInterface,
				*ssa.MakeInterface, *ssa.Convert, *ssa.Slice, *ssa.Phi, *ssa.Index, *ssa.IndexAddr,
				*ssa.Range, *ssa.Next:
				add(x.(ssa.Value), claims)
			case *ssa.Call:
				td.call(x, v, claims, add, use)
			case *ssa.If:
				use(x)
			case *ssa.Store:
				if x.Val != v || intoError(x.Addr) {
					// Wrapping the token into an error value (&TokenError{Token: t})
					// hands it to error handling, which is not accepting it.
					continue
				}
				if calls, ok := varargsCalls(x); ok {
					// An argument of a variadic call (fmt.Errorf("%s", kid)):
					// the call is what uses it.
					for _, c := range calls {
						if !libmodel.Inert(ssaprog.Callee(&c.Call)) {
							use(c)
							add(c, claims)
						}
					}
					continue
				}
				if local, ok := x.Addr.(*ssa.Alloc); ok && !captured(local) {
					if loads, ok := blockLocalLoads(x, local); ok {
						// A slot every load of which reads a store of its own
						// block (the result slots a function with deferred
						// calls returns through): the data reaches only the
						// loads after this store.
						for _, l := range loads {
							add(l, claims)
						}
						continue
					}
					// A local variable in memory (a value receiver, a
					// variable whose address is taken): follow its loads.
					add(local, claims)
					continue
				}
				use(x)
			case *ssa.Return:
				if returnsError(x, errVals) {
					td.forwarded = true
					continue
				}
				use(x)
			case *ssa.MapUpdate, *ssa.Send, *ssa.Go, *ssa.Defer:
				use(x)
			}
		}
	}
	return td
}

// call handles a call receiving token data.
func (td *tokenData) call(x *ssa.Call, v ssa.Value, claims ClaimSet, add func(ssa.Value, ClaimSet), use func(ssa.Instruction)) {
	callee := ssaprog.Callee(&x.Call)
	if c, ok := libmodel.ClaimGetter(callee); ok {
		add(x, claims|ClaimOf(c))
		return
	}
	if cv, ok := libmodel.ClaimVerifierOf(callee); ok {
		if cv.RequiredArg >= 0 && constBool(ssaprog.Arg(&x.Call, cv.RequiredArg), false) {
			td.optional = append(td.optional, x)
		}
		c := ClaimOf(cv.Claim)
		if cv.Time {
			c |= claimTime
		}
		add(x, claims|c)
		return
	}
	if cv, ok := libmodel.ClaimsValidatorOf(callee); ok && td.validator != nil {
		// A library validator run on the claims: its error carries its
		// verdict on what its options or expectation name.
		use(x)
		if arg := validatedArg(&x.Call, cv); arg == v || ssaprog.Unwrap(arg) == v {
			c, timeUnset := td.validator(x, cv)
			td.expectTimeUnset = td.expectTimeUnset || timeUnset
			if c != 0 {
				add(x, claims|c)
			}
		}
		return
	}
	if isTimeCall(callee) && claims&(ClaimExp|ClaimIat|ClaimNbf) != 0 {
		// A time claim compared with the clock or a duration by hand.
		add(x, claims|claimTime)
		return
	}
	if src, ok := libmodel.TokenSourceOf(callee); ok && src.Kind == libmodel.SourceAccessor && src.OutArg >= 0 && ssaprog.Recv(&x.Call) == v {
		// The token's claims decoded into the caller's values
		// (cristalhq tok.DecodeClaims(&c), go-oidc idToken.Claims(&c)):
		// what they point to is the token's data from here on.
		use(x)
		for i := src.OutArg; i < ssaprog.NumArgs(&x.Call); i++ {
			add(ssaprog.Unwrap(ssaprog.Arg(&x.Call, i)), claims)
		}
		return
	}
	if api := libmodel.ParseCall(callee); api != nil && !api.Unverified {
		// Handing token data to a verifying parse (a key or algorithm chosen
		// by kid) is how the token gets verified: the verified result is new
		// data, not a copy of the input.
		return
	}
	if callee != nil && callee.Pkg() != nil && libmodel.IsJWTPackage(callee.Pkg().Path()) {
		add(x, claims) // other library methods on the token or its claims
		return
	}
	if libmodel.Inert(callee) {
		return
	}
	use(x)
	if td.stop != nil && td.stop(x) {
		return
	}
	if td.helperChecks != nil {
		claims |= td.helperChecks(x, v)
	}
	if types.Identical(x.Type(), errorType) && claims == 0 {
		// An error alone says whether the call failed, not what the token
		// holds (as for the error results of tuples).
		return
	}
	add(x, claims)
}

// claimOfField names the registered claim a struct field holds: a library
// RegisteredClaims/StandardClaims field, or a field whose JSON name is a
// registered claim.
func claimOfField(structType types.Type, i int) ClaimSet {
	f := ssaprog.FieldVar(structType, i)
	if f == nil {
		return 0
	}
	if c, ok := libmodel.RegisteredClaimField(f); ok {
		return ClaimOf(c)
	}
	if p, ok := structType.Underlying().(*types.Pointer); ok {
		structType = p.Elem()
	}
	if st, ok := structType.Underlying().(*types.Struct); ok && i < st.NumFields() {
		return ClaimOf(jsonName(st.Tag(i)))
	}
	return 0
}

// jsonName returns the JSON name of a struct field from its tag.
func jsonName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

// returnsError reports whether a return statement returns one of errVals
// (the parse error, possibly wrapped) or an error certainly non-nil (the
// parse error mapped to one of the package's: `return token,
// ErrorReason(err)`): the caller then judges the token.
func returnsError(ret *ssa.Return, errVals map[ssa.Value]bool) bool {
	for i := range ret.Results {
		// Through the result slots of a function with deferred calls.
		r := returned(ret, i)
		if errVals[r] || errVals[ssaprog.Unwrap(r)] {
			return true
		}
		if types.Identical(r.Type(), errorType) && failingError(r) {
			return true
		}
	}
	return false
}

// errValues returns the parse error and values derived from it by wrapping
// (fmt.Errorf("...: %w", err)), conversion or merging.
func errValues(errV ssa.Value) map[ssa.Value]bool {
	vals := map[ssa.Value]bool{}
	if errV == nil {
		return vals
	}
	queue := []ssa.Value{errV}
	vals[errV] = true
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ref := range *v.Referrers() {
			var next ssa.Value
			switch x := ref.(type) {
			case *ssa.Phi, *ssa.MakeInterface, *ssa.ChangeInterface:
				next = x.(ssa.Value)
			case *ssa.Store:
				// err passed to fmt.Errorf goes through a varargs slice.
				if ia, ok := x.Addr.(*ssa.IndexAddr); ok {
					for _, r := range *ia.X.Referrers() {
						if sl, ok := r.(*ssa.Slice); ok {
							for _, sr := range *sl.Referrers() {
								if call, ok := sr.(*ssa.Call); ok {
									next = call
								}
							}
						}
					}
				}
			case *ssa.Call:
				if fn := ssaprog.Callee(&x.Call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" {
					next = x
				}
			}
			if next != nil && !vals[next] {
				vals[next] = true
				queue = append(queue, next)
			}
		}
	}
	return vals
}

// captured reports whether a closure binds the local variable: its loads
// there are out of the trace's sight.
func captured(local *ssa.Alloc) bool {
	for _, ref := range *local.Referrers() {
		if _, ok := ref.(*ssa.MakeClosure); ok {
			return true
		}
	}
	return false
}

// varargsCalls returns the calls receiving the variadic slice a store
// writes into, when the store fills an element of such a slice.
func varargsCalls(st *ssa.Store) ([]*ssa.Call, bool) {
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return nil, false
	}
	alloc, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	var calls []*ssa.Call
	for _, ref := range *alloc.Referrers() {
		switch r := ref.(type) {
		case *ssa.IndexAddr:
		case *ssa.Slice:
			for _, sr := range *r.Referrers() {
				c, ok := sr.(*ssa.Call)
				if !ok {
					return nil, false
				}
				calls = append(calls, c)
			}
		default:
			return nil, false
		}
	}
	return calls, len(calls) > 0
}

var errorType = types.Universe.Lookup("error").Type()

// intoError reports whether addr is a field of a value whose pointer type
// implements error.
func intoError(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	return types.Implements(fa.X.Type(), errType)
}

// isTimeCall reports whether fn is a function or method of package time
// (Since, Until, Time.After, Time.Sub...): applied to a time claim, it is
// a hand-written check of that claim.
func isTimeCall(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time"
}

// blockLocalLoads returns the loads of local that the store st reaches,
// when every load of local follows a store to it in the load's own block
// (so each load reads the last such store), the recovery block's aside (it
// runs only when a panic is recovered); ok is false otherwise.
func blockLocalLoads(st *ssa.Store, local *ssa.Alloc) (loads []*ssa.UnOp, ok bool) {
	for _, ref := range *local.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr != local {
				return nil, false // the slot's address stored elsewhere
			}
		case *ssa.UnOp:
			if r.Op == token.MUL && r.Block() == r.Parent().Recover {
				continue // the panic path returns what the slots hold
			}
			if r.Op != token.MUL || !storedBefore(r, local) {
				return nil, false
			}
		case *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return loadsReached(st, local, false), true
}

// loadsReached returns the loads of local that follow the store st in
// its block up to the next store to local, each reading st's value; with
// stopAtCall, only those before the next call too (a call may run a
// closure that assigns the variable).
func loadsReached(st *ssa.Store, local *ssa.Alloc, stopAtCall bool) (loads []*ssa.UnOp) {
	instrs := st.Block().Instrs
	for _, in := range instrs[slices.Index(instrs, ssa.Instruction(st))+1:] {
		switch x := in.(type) {
		case *ssa.Store:
			if x.Addr == local {
				return loads
			}
		case *ssa.UnOp:
			if x.Op == token.MUL && x.X == local {
				loads = append(loads, x)
			}
		case ssa.CallInstruction:
			if stopAtCall {
				return loads
			}
		}
	}
	return loads
}

// storedBefore reports whether a store to local precedes the load in its
// block.
func storedBefore(load *ssa.UnOp, local *ssa.Alloc) bool {
	for _, in := range load.Block().Instrs {
		if in == load {
			return false
		}
		if st, ok := in.(*ssa.Store); ok && st.Addr == local {
			return true
		}
	}
	return false
}
