package jwtparse

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// errorVerdict decides whether every use of the token is guarded by a
// success test (err == nil, token.Valid) on every path from the parse.
func (r *run) errorVerdict(call *ssa.Call, errV ssa.Value, td *tokenData) (ErrVerdict, ssa.Instruction, string) {
	if errV == nil || !referenced(errV) {
		// With the error dropped, token.Valid is the only check left. A token
		// used only where Valid was found true is verified; one used
		// elsewhere, or never looked at at all (the parse's verdict is
		// ignored), is not.
		bad := uncheckedUses(call, nil, td)
		if len(td.uses) > 0 && len(bad) == 0 {
			return ErrChecked, nil, ""
		}
		var use ssa.Instruction
		if len(bad) > 0 {
			use = first(bad)
		}
		return ErrDropped, use, ""
	}
	errs := errAliases(errV)
	bad := uncheckedUses(call, errs, td)
	if len(bad) == 0 {
		return ErrChecked, nil, ""
	}
	if test := partialTest(errs); test != "" {
		return ErrPartial, first(bad), test
	}
	return ErrUnchecked, first(bad), ""
}

// uncheckedUses returns the uses of token data on paths from the parse that
// did not cross the success edge of a test of the error or of token.Valid.
func uncheckedUses(call *ssa.Call, errs map[ssa.Value]bool, td *tokenData) []ssa.Instruction {
	unchecked := uncheckedBlocks(call, errs, td.validLoads)
	var bad []ssa.Instruction
	for _, u := range td.uses {
		if u.Block() == call.Block() {
			if indexOf(u) > indexOf(call) {
				bad = append(bad, u)
			}
		} else if unchecked[u.Block()] {
			bad = append(bad, u)
		}
	}
	return bad
}

// errAliases returns the parse error and the phis merging it.
func errAliases(errV ssa.Value) map[ssa.Value]bool {
	set := map[ssa.Value]bool{errV: true}
	queue := []ssa.Value{errV}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case *ssa.Phi, *ssa.ChangeInterface:
				if !set[x.(ssa.Value)] {
					set[x.(ssa.Value)] = true
					queue = append(queue, x.(ssa.Value))
				}
			}
		}
	}
	return set
}

// uncheckedBlocks returns the blocks reachable from the parse without
// crossing the success edge of a test of the error or of token.Valid.
func uncheckedBlocks(call *ssa.Call, errs map[ssa.Value]bool, valid map[ssa.Value]bool) map[*ssa.BasicBlock]bool {
	unchecked := map[*ssa.BasicBlock]bool{}
	queue := []*ssa.BasicBlock{call.Block()}
	seen := map[*ssa.BasicBlock]bool{call.Block(): true}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		success := -1
		if ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if isTest, trueIsSuccess := successTest(ifInstr.Cond, errs, valid); isTest {
				success = 1
				if trueIsSuccess {
					success = 0
				}
			}
		}
		for i, s := range b.Succs {
			if i == success {
				continue
			}
			unchecked[s] = true
			if !seen[s] {
				seen[s] = true
				queue = append(queue, s)
			}
		}
	}
	return unchecked
}

// successTest classifies a branch condition: err == nil, err != nil,
// token.Valid and their negations.
func successTest(cond ssa.Value, errs, valid map[ssa.Value]bool) (isTest, trueIsSuccess bool) {
	switch c := cond.(type) {
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return false, false
		}
		if (errs[c.X] && ssaprog.IsNil(c.Y)) || (errs[c.Y] && ssaprog.IsNil(c.X)) {
			return true, c.Op == token.EQL
		}
		if claimsOnlyBits(c, errs) {
			return true, c.Op == token.EQL
		}
	case *ssa.UnOp:
		if c.Op == token.NOT {
			isTest, t := successTest(c.X, errs, valid)
			return isTest, !t
		}
		if valid[c] {
			return true, true
		}
	default:
		if valid[cond] {
			return true, true
		}
	}
	return false, false
}

// claimsOnlyBits recognises `ve.Errors == jwt.ValidationErrorExpired` (any
// non-empty set of claim-failure bits) on the parse error's v3/v4
// ValidationError: when it holds, no signature or key error is set, so the
// token's signature verified and only its claims failed.
func claimsOnlyBits(c *ssa.BinOp, errs map[ssa.Value]bool) bool {
	field, k := c.X, c.Y
	if _, ok := field.(*ssa.Const); ok {
		field, k = k, field
	}
	bits, ok := k.(*ssa.Const)
	if !ok || bits.Value == nil || bits.Value.Kind() != constant.Int {
		return false
	}
	v, ok := constant.Uint64Val(bits.Value)
	if !ok || v == 0 {
		return false
	}
	ld, ok := field.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	if !ok || !libmodel.IsValidationErrorBits(fa.X.Type(), ssaprog.FieldVar(fa.X.Type(), fa.Field)) {
		return false
	}
	return v&^libmodel.ValidationClaimMask(fa.X.Type()) == 0 && fromParseError(fa.X, errs)
}

// fromParseError reports whether v is the parse error seen as a
// *ValidationError: err.(*jwt.ValidationError), or the target of
// errors.As(err, &ve).
func fromParseError(v ssa.Value, errs map[ssa.Value]bool) bool {
	switch x := v.(type) {
	case *ssa.Extract:
		ta, ok := x.Tuple.(*ssa.TypeAssert)
		return ok && x.Index == 0 && errs[ta.X]
	case *ssa.TypeAssert:
		return errs[x.X]
	case *ssa.UnOp:
		target, ok := x.X.(*ssa.Alloc)
		if !ok || x.Op != token.MUL {
			return false
		}
		refs := slices.Clone(*target.Referrers())
		for _, ref := range refs {
			if mi, ok := ref.(*ssa.MakeInterface); ok {
				refs = append(refs, *mi.Referrers()...) // &ve passed as any
			}
		}
		for _, ref := range refs {
			if call, ok := ref.(*ssa.Call); ok && isErrorsAs(call, errs, target) {
				return true
			}
		}
	}
	return false
}

// isErrorsAs reports whether call is errors.As(err, target) on the parse error.
func isErrorsAs(call *ssa.Call, errs map[ssa.Value]bool, target ssa.Value) bool {
	fn := ssaprog.Callee(&call.Call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" &&
		errs[ssaprog.Arg(&call.Call, 0)] && ssaprog.Unwrap(ssaprog.Arg(&call.Call, 1)) == target
}

// partialTest describes a test that inspects the error without rejecting
// every error: errors.Is/As, a type assertion, comparison with a sentinel.
func partialTest(errs map[ssa.Value]bool) string {
	for v := range errs {
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case *ssa.Call:
				fn := ssaprog.Callee(&x.Call)
				if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" {
					continue
				}
				switch fn.Name() {
				case "Is":
					return "errors.Is(err, " + globalName(ssaprog.Arg(&x.Call, 1)) + ")"
				case "As":
					return "errors.As(err, ...)"
				}
			case *ssa.TypeAssert:
				return "err.(" + types.TypeString(x.AssertedType, shortQualifier) + ")"
			case *ssa.BinOp:
				if (x.Op == token.EQL || x.Op == token.NEQ) && !ssaprog.IsNil(x.X) && !ssaprog.IsNil(x.Y) {
					other := x.Y
					if !errs[x.X] {
						other = x.X
					}
					return "err == " + globalName(other)
				}
			}
		}
	}
	return ""
}

func shortQualifier(p *types.Package) string { return p.Name() }

// globalName names a package-level variable load, e.g. "jwt.ErrTokenExpired".
func globalName(v ssa.Value) string {
	if ld, ok := ssaprog.Unwrap(v).(*ssa.UnOp); ok && ld.Op == token.MUL {
		if g, ok := ld.X.(*ssa.Global); ok && g.Object() != nil && g.Object().Pkg() != nil {
			return g.Object().Pkg().Name() + "." + g.Name()
		}
	}
	return "..."
}

func indexOf(in ssa.Instruction) int {
	for i, x := range in.Block().Instrs {
		if x == in {
			return i
		}
	}
	return -1
}

// judgeUnverified decides, for each unverified decode whose data is used,
// whether it only selects the key for a verifying parse of the same token:
// every use then happens before that parse, after its success, or hands the
// token string along (to a helper that verifies it).
func (r *run) judgeUnverified(sites []*Site) {
	for _, u := range sites {
		if !u.API.Unverified || u.UnverifiedUse == nil {
			continue
		}
		tokenStr := ssaprog.Unwrap(ssaprog.Arg(&u.Call.Call, u.API.TokenArg))
		roots := append([]ssa.Value{}, u.ClaimsRoots...)
		if u.Token != nil {
			roots = append(roots, u.Token)
		}
		td := r.trace(u.Call, roots, nil)
		exempt := false
		for _, v := range sites {
			if v.API.Unverified || v.Fn != u.Fn || v.API.TokenArg < 0 {
				continue
			}
			if ssaprog.Unwrap(ssaprog.Arg(&v.Call.Call, v.API.TokenArg)) != tokenStr {
				continue
			}
			if r.onlySelectsKey(v, td.uses) {
				exempt = true
				break
			}
		}
		if !exempt {
			// What a call given the token string returns comes from the
			// code verifying it, not from the unverified decode.
			carried := r.traceUntil(u.Call, roots, nil, func(c *ssa.Call) bool { return carriesToken(c, tokenStr) })
			exempt = allUsesCarryToken(carried.uses, tokenStr)
		}
		if exempt {
			u.UnverifiedUse = nil
		} else {
			u.Unverified = true
		}
	}
	shareClaimChecks(sites)
}

// shareClaimChecks credits a verifying parse with the claim checks made on
// an unverified decode of the same token string in the same function (aud
// and iss checked before fetching the key, then the token verified): the
// claims are the same.
func shareClaimChecks(sites []*Site) {
	for _, u := range sites {
		if !u.API.Unverified || u.Checked == 0 || u.API.TokenArg < 0 {
			continue
		}
		tokenStr := ssaprog.Unwrap(ssaprog.Arg(&u.Call.Call, u.API.TokenArg))
		for _, v := range sites {
			if v.API.Unverified || v.API.Wrapper || v.Fn != u.Fn || v.API.TokenArg < 0 {
				continue
			}
			if ssaprog.Unwrap(ssaprog.Arg(&v.Call.Call, v.API.TokenArg)) == tokenStr {
				v.Checked |= u.Checked
			}
		}
	}
}

// onlySelectsKey reports whether every use of unverified data happens
// before the verifying parse v of the same token (choosing its key), or
// after v on every path and where v's error was found nil: the data is then
// what v verified.
func (r *run) onlySelectsKey(v *Site, uses []ssa.Instruction) bool {
	var unchecked map[*ssa.BasicBlock]bool
	for _, use := range uses {

		if ssaprog.After(use, v.Call) {
			continue
		}
		if unchecked == nil {
			unchecked = r.unverifiedRegion(v)
		}
		if use.Block() == v.Call.Block() || unchecked[use.Block()] || !v.Call.Block().Dominates(use.Block()) {
			return false
		}
	}
	return true
}

// unverifiedRegion returns the blocks reachable from the verifying parse v
// without crossing the success edge of a test of its error or token.Valid.
func (r *run) unverifiedRegion(v *Site) map[*ssa.BasicBlock]bool {
	errs := map[ssa.Value]bool{}
	for _, ref := range *v.Call.Referrers() {
		if ext, ok := ref.(*ssa.Extract); ok && ext.Index == v.API.ErrResult {
			errs = errAliases(ext)
		}
	}
	valid := map[ssa.Value]bool{}
	if v.Token != nil {
		valid = r.trace(v.Call, []ssa.Value{v.Token}, nil).validLoads
	}
	return uncheckedBlocks(v.Call, errs, valid)
}

// allUsesCarryToken reports whether every use is a call that also receives
// the raw token string: the unverified data then selects how to verify it.
func allUsesCarryToken(uses []ssa.Instruction, tokenStr ssa.Value) bool {
	for _, use := range uses {
		call, ok := use.(*ssa.Call)
		if !ok || !carriesToken(call, tokenStr) {
			return false
		}
	}
	return len(uses) > 0
}

// carriesToken reports whether call receives the raw token string.
func carriesToken(call *ssa.Call, tokenStr ssa.Value) bool {
	for _, a := range call.Call.Args {
		if ssaprog.Unwrap(a) == tokenStr {
			return true
		}
	}
	return false
}

// validateMethod finds the claims type's own Validate (v5) or Valid (v3/v4)
// method and folds its checks into the site.
func (r *run) validateMethod(s *Site) {
	if len(s.ClaimsRoots) == 0 {
		return
	}
	t := s.ClaimsRoots[0].Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return
	}
	name := "Valid"
	if s.API.Lib.Line == libmodel.LineV5 {
		name = "Validate"
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name)
	m, ok := obj.(*types.Func)
	if !ok || m.Pkg() == nil || libmodel.IsJWTPackage(m.Pkg().Path()) {
		return // the library's own validation
	}
	s.ValidateMethod = m
	fact := r.claimsValidation(m)
	if fact == nil {
		// An imported method without a summary: assume it validates what
		// it should rather than guess.
		s.Checked |= ClaimAud | ClaimIss | ClaimExp
		return
	}
	s.Checked |= fact.Checks
	if s.API.Lib.Line < libmodel.LineV5 && !fact.CallsLibraryValid && fact.Checks&ClaimExp == 0 {
		s.ExpDisabled = true
	}
}

// claimsValidation summarises a claims type's validation method.
func (r *run) claimsValidation(m *types.Func) *ClaimsValidationFact {
	if f, ok := r.validMemo[m]; ok {
		return f
	}
	var fact *ClaimsValidationFact
	if m.Pkg() == r.pass.Pkg {
		if fn := r.prog.Pkg.Prog.FuncValue(m); fn != nil && fn.Blocks != nil && len(fn.Params) > 0 {
			fact = &ClaimsValidationFact{}
			td := r.trace(nil, []ssa.Value{fn.Params[0]}, nil)
			fact.Checks = r.claimChecks(td)
			for _, b := range fn.Blocks {
				for _, in := range b.Instrs {
					if call, ok := in.(ssa.CallInstruction); ok {
						callee := ssaprog.Callee(call.Common())
						if callee != nil && callee.Pkg() != nil && libmodel.IsJWTPackage(callee.Pkg().Path()) &&
							(callee.Name() == "Valid" || callee.Name() == "Validate") {
							fact.CallsLibraryValid = true
						}
					}
				}
			}
		}
	} else {
		var f ClaimsValidationFact
		if r.pass.ImportObjectFact(m, &f) {
			fact = &f
		}
	}
	r.validMemo[m] = fact
	return fact
}

// exportFacts publishes the summaries of this package's functions.
func (r *run) exportFacts() {
	exported := false
	for _, fn := range r.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != r.pass.Pkg || fn.Synthetic != "" {
			continue
		}
		sig := fn.Signature
		switch {
		case libmodel.IsKeyfuncSignature(sig):
			if s := r.funcKeyfunc(fn); s != nil {
				r.pass.ExportObjectFact(obj, &KeyfuncFact{*s})
				exported = true
			}
		case keyfuncResultIndex(sig) >= 0:
			if s := r.constructorKeyfunc(fn); s != nil {
				r.pass.ExportObjectFact(obj, &KeyfuncFact{*s})
				exported = true
			}
		case optionResultIndex(sig) >= 0:
			if s, ok := r.funcOptions(fn); ok && !s.Unknown {
				r.pass.ExportObjectFact(obj, &OptionsFact{s})
				exported = true
			}
		case sig.Recv() != nil && (obj.Name() == "Validate" || obj.Name() == "Valid") && sig.Params().Len() == 0:
			if f := r.claimsValidation(obj); f != nil {
				r.pass.ExportObjectFact(obj, f)
				exported = true
			}
		default:
			if f := r.helperFact(fn); f != nil {
				r.pass.ExportObjectFact(obj, f)
				exported = true
			}
		}
	}
	if r.exportWrappers() {
		exported = true
	}
	if exported {
		r.pass.ExportPackageFact(&summariesFact{})
	}
}

// referenced reports whether a value is used by anything but debug info.
func referenced(v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		if _, ok := ref.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}
