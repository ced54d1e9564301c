package jwtparse

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// A verification is a call that verifies a raw token string and reports
// the outcome in an error result: a verifying parse (or a wrapper of one),
// or a call of a verifier, a function of the user's that hands its
// raw-token parameter to a verification and returns nil only when it
// succeeded (`func checkSig(raw string, jwks Keys) error`).
type verification struct {
	call      *ssa.Call
	token     ssa.Value // the raw token argument, unwrapped
	errResult int
	// tokenResult is the result carrying the verified token, -1 for none.
	tokenResult int
}

// VerifierFact marks a verifier: its parameter TokenArg (a declared
// index) is verified, and its result ErrResult is nil only on success.
type VerifierFact struct{ TokenArg, ErrResult int }

func (*VerifierFact) AFact() {}

func (f *VerifierFact) String() string {
	return "verifier(token=" + itoa(f.TokenArg) + " err=" + itoa(f.ErrResult) + ")"
}

// verificationsIn returns the verifications of a function: its verifying
// parse sites and its calls of verifiers, local or imported.
func (r *run) verificationsIn(fn *ssa.Function) []verification {
	if vs, ok := r.verifications[fn]; ok {
		return vs
	}
	r.verifications[fn] = nil // recursion guard
	var vs []verification
	for _, s := range r.sitesOf[fn] {
		tok := r.tokenString(s)
		if s.Decode || s.API.Step || s.API.Configure || tok == nil {
			continue
		}
		vs = append(vs, verification{call: s.Call, token: tok, errResult: s.API.ErrResult, tokenResult: s.API.TokenResult})
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if f := r.verifierOf(call); f != nil {
				if tok := ssaprog.Arg(&call.Call, f.TokenArg); tok != nil {
					vs = append(vs, verification{call: call, token: ssaprog.Unwrap(tok), errResult: f.ErrResult, tokenResult: -1})
				}
			}
		}
	}
	r.verifications[fn] = vs
	return vs
}

// verifierOf returns the verifier summary of the function a call invokes:
// computed for this package, a fact for others, agreed by every
// implementation for an interface call (ifaceverify.go).
func (r *run) verifierOf(call *ssa.Call) *VerifierFact {
	if call.Call.IsInvoke() {
		return r.invokeVerifier(call)
	}
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil {
		return r.localVerifier(fn)
	}
	obj := ssaprog.Callee(&call.Call)
	var fact VerifierFact
	if obj == nil || call.Call.IsInvoke() || !r.pass.ImportObjectFact(obj, &fact) {
		return nil
	}
	return &fact
}

// localVerifier decides whether fn verifies one of its parameters: some
// verification in fn is given the parameter as the token, and every return
// of fn's error result is that verification's error (or derived from it),
// an error certainly non-nil, or happens only where the verification
// succeeded.
func (r *run) localVerifier(fn *ssa.Function) *VerifierFact {
	if f, ok := r.verifiers[fn]; ok {
		return f
	}
	r.verifiers[fn] = nil // recursion guard
	errIdx := errorResultIndex(fn.Signature)
	if errIdx < 0 {
		return nil
	}
	var found *VerifierFact
	for _, v := range r.verificationsIn(fn) {
		p, ok := v.token.(*ssa.Parameter)
		if !ok || p.Parent() != fn || !r.returnsOnlyOutcome(fn, v, errIdx) {
			continue
		}
		i := paramIndex(p)
		if fn.Signature.Recv() != nil {
			i--
		}
		if i >= 0 {
			found = &VerifierFact{TokenArg: i, ErrResult: errIdx}
			break
		}
	}
	r.verifiers[fn] = found
	return found
}

// returnsOnlyOutcome reports whether every return of fn gives, in its
// error result, the outcome of verification v: v's error, an error
// certainly non-nil, or anything at all where v succeeded.
func (r *run) returnsOnlyOutcome(fn *ssa.Function, v verification, errIdx int) bool {
	errs := v.errValues()
	unchecked := r.unverifiedRegion(v)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || errIdx >= len(ret.Results) {
			continue
		}
		res := ret.Results[errIdx]
		switch {
		case errs[res] || errs[ssaprog.Unwrap(res)] || failingError(res) || testedNonNil(res, b):
		case b != v.call.Block() && !unchecked[b] && v.call.Block().Dominates(b):
		default:
			return false
		}
	}
	return true
}

// testedNonNil reports whether block b is reached only where a test found
// error e non-nil (`if err != nil { return err }` after an earlier step
// of the function: the function fails there).
func testedNonNil(e ssa.Value, b *ssa.BasicBlock) bool {
	for d := b; d != nil; d = d.Idom() {
		dom := d.Idom()
		if dom == nil {
			return false
		}
		ifInstr, ok := dom.Instrs[len(dom.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := ifInstr.Cond.(*ssa.BinOp)
		if !ok || (cmp.Op != token.NEQ && cmp.Op != token.EQL) {
			continue
		}
		var other ssa.Value
		switch {
		case cmp.X == e:
			other = cmp.Y
		case cmp.Y == e:
			other = cmp.X
		default:
			continue
		}
		if c, isConst := other.(*ssa.Const); !isConst || !c.IsNil() {
			continue
		}
		nonNilSucc := dom.Succs[0] // err != nil: the true edge
		if cmp.Op == token.EQL {
			nonNilSucc = dom.Succs[1]
		}
		// d is the child of dom on b's dominator path: b sits on the
		// non-nil side when that successor dominates it.
		if nonNilSucc.Dominates(b) {
			return true
		}
	}
	return false
}

// errValues returns the verification's error and the values derived from it.
func (v verification) errValues() map[ssa.Value]bool {
	for _, ref := range *v.call.Referrers() {
		if ext, ok := ref.(*ssa.Extract); ok && ext.Index == v.errResult {
			return errValues(ext)
		}
	}
	if _, isTuple := v.call.Type().(*types.Tuple); !isTuple {
		return errValues(v.call) // a single error result
	}
	return map[ssa.Value]bool{}
}

// unverifiedRegion returns the blocks reachable from the verification
// without crossing the success edge of a test of its error (or of
// token.Valid on its token).
func (r *run) unverifiedRegion(v verification) map[*ssa.BasicBlock]bool {
	errs := map[ssa.Value]bool{}
	for e := range v.errValues() {
		for a := range errAliases(e) {
			errs[a] = true
		}
	}
	valid := map[ssa.Value]bool{}
	if v.tokenResult >= 0 {
		for _, ref := range *v.call.Referrers() {
			if ext, ok := ref.(*ssa.Extract); ok && ext.Index == v.tokenResult {
				valid = r.trace(v.call, []ssa.Value{ext}, nil).validLoads
			}
		}
	}
	return r.uncheckedBlocks(v.call, errs, valid, nil)
}

func errorResultIndex(sig *types.Signature) int {
	for i := range sig.Results().Len() {
		if types.Identical(sig.Results().At(i).Type(), errorType) {
			return i
		}
	}
	return -1
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// judgeUnverified decides, for each unverified decode whose data is used,
// whether it only selects how to verify the same token string: every use
// then comes before a verification of that string and feeds it (the kid
// picks the key, the issuer the key set) or rejects the token, or comes
// after it where it succeeded (the claims are then those verified).
func (r *run) judgeUnverified(sites []*Site) {
	for _, u := range sites {
		tokenStr := r.tokenString(u)
		if !u.Decode || u.UnverifiedUse == nil || tokenStr == nil {
			if u.Decode && u.UnverifiedUse != nil {
				u.Unverified = true
			}
			continue
		}
		roots := append([]ssa.Value{}, u.ClaimsRoots...)
		if u.Token != nil {
			roots = append(roots, u.Token)
		}
		td := r.trace(u.Call, roots, nil)
		exempt := false
		for _, v := range r.verificationsIn(u.Fn) {
			if v.call != u.Call && v.token == tokenStr && r.onlySelectsKey(v, trustingUses(td.uses)) {
				exempt = true
				break
			}
		}
		if !exempt {
			// Data handed, with the token string, to code jwtlint cannot
			// see into (a library's verifier, an interface) is taken to
			// select how that code verifies it.
			carried := r.traceUntil(u.Call, roots, nil, func(c *ssa.Call) bool { return r.opaqueTokenCall(c, tokenStr) })
			exempt = r.allUsesCarryToken(carried.uses, tokenStr)
		}
		if !exempt {
			// A token verified before (reread.go): the claims are the
			// verified ones.
			exempt = r.verifiedBefore(u.Call, tokenStr)
		}
		if exempt {
			u.UnverifiedUse = nil
		} else {
			u.Unverified = true
		}
	}
	r.shareClaimChecks(sites)
}

// shareClaimChecks credits a verification with the claim checks made on an
// unverified decode of the same token string in the same function (aud and
// iss checked before fetching the key, then the token verified): the
// claims are the same.
func (r *run) shareClaimChecks(sites []*Site) {
	for _, u := range sites {
		tokenStr := r.tokenString(u)
		if !u.Decode || u.Checked == 0 || tokenStr == nil {
			continue
		}
		for _, v := range sites {
			if v.Decode || v.API.Wrapper || v.API.Step || v.Fn != u.Fn {
				continue
			}
			if r.tokenString(v) == tokenStr {
				v.Checked |= u.Checked
			}
		}
	}
}

// onlySelectsKey reports whether every use of unverified data either comes
// before the verification v and only feeds it or rejects the token, or
// comes after v on every path and where v succeeded.
func (r *run) onlySelectsKey(v verification, uses []ssa.Instruction) bool {
	var unchecked map[*ssa.BasicBlock]bool
	for _, use := range uses {
		if use == v.call {
			continue // the data goes into the verification itself
		}
		if ssaprog.After(use, v.call) {
			if !r.preVerification(use, v.call) {
				return false
			}
			continue
		}
		if inRejection(use, v.call.Block()) {
			continue // on the way to a rejection, before any verification
		}
		if unchecked == nil {
			unchecked = r.unverifiedRegion(v)
		}
		if use.Block() == v.call.Block() || unchecked[use.Block()] || !v.call.Block().Dominates(use.Block()) {
			return false
		}
	}
	return true
}

// preVerification reports whether a use of unverified data before the
// verification call is part of choosing how to verify: a test that
// rejects the token or chooses among paths that all verify it (a switch
// on the token type picking the key), a value built only for such tests
// or for the error a rejection returns, the verification itself, or a
// value that flows into the verification's arguments (a key looked up by
// kid, a key set chosen by issuer, options built from the header).
func (r *run) preVerification(use ssa.Instruction, verify *ssa.Call) bool {
	return r.choosesVerification(use, verify, map[ssa.Instruction]bool{})
}

func (r *run) choosesVerification(use ssa.Instruction, verify *ssa.Call, seen map[ssa.Instruction]bool) bool {
	if seen[use] {
		return true
	}
	if len(seen) > 64 {
		return false
	}
	seen[use] = true
	if inRejection(use, verify.Block()) {
		// Only on the way to a rejection: the data goes into its error.
		return true
	}
	switch x := use.(type) {
	case *ssa.If:
		return branchRejects(x.Block()) || allReach(x.Block(), verify.Block())
	case *ssa.Call:
		if x == verify {
			return true
		}
	case *ssa.Store:
		// Stored into an object that reaches the verification: a variable
		// a key function captures, a struct of options.
		if root := storeRoot(x.Addr); root != nil {
			return feeds(root, verify)
		}
	}
	v, ok := use.(ssa.Value)
	if !ok {
		return false
	}
	if feeds(v, verify) {
		return true
	}
	// A value computed from the data (a comparison, a membership test, a
	// conversion) is as harmless as all of its uses.
	switch v.(type) {
	case *ssa.BinOp, *ssa.UnOp, *ssa.Call, *ssa.Extract, *ssa.TypeAssert, *ssa.Phi, *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface:
	default:
		return false
	}
	refs := v.Referrers()
	if refs == nil || len(*refs) == 0 {
		return false
	}
	if c, isCall := v.(*ssa.Call); isCall && !pureCall(c) && canFail(c) {
		// A call that can fail does something with the data (deleting the
		// record named); a getter or a membership test only answers.
		return false
	}
	for _, ref := range *refs {
		if _, isDebug := ref.(*ssa.DebugRef); isDebug {
			continue
		}
		if !r.choosesVerification(ref, verify, seen) {
			return false
		}
	}
	return true
}

// inRejection reports whether use only computes a value (no call with
// effects) in a block from which every path fails without reaching the
// verification's block: the data goes into the error of a rejection.
func inRejection(use ssa.Instruction, verifyBlock *ssa.BasicBlock) bool {
	if use.Block() == verifyBlock || !failsStrictly(use.Block(), verifyBlock) {
		return false
	}
	switch x := use.(type) {
	case *ssa.Call:
		return pureCall(x)
	case *ssa.Return, *ssa.If, *ssa.BinOp, *ssa.UnOp, *ssa.Extract, *ssa.TypeAssert, *ssa.MakeInterface,
		*ssa.Convert, *ssa.ChangeType, *ssa.Phi, *ssa.Field, *ssa.FieldAddr, *ssa.Lookup, *ssa.Index, *ssa.IndexAddr, *ssa.Slice:
		return true
	}
	return false
}

// failsStrictly reports whether every path from b, without reaching the
// block avoid, panics or returns an error certainly non-nil (constructed,
// or tested non-nil on the way): unlike rejects, a bare `return nil` of a
// function whose only result is an error is success here.
func failsStrictly(b, avoid *ssa.BasicBlock) bool {
	errIdx := errorResultIndex(b.Parent().Signature)
	return everyPathEnds(b, nil, avoid, func(ret *ssa.Return, _ *ssa.BasicBlock) bool {
		if errIdx < 0 || errIdx >= len(ret.Results) {
			return false
		}
		e := ret.Results[errIdx]
		return failingError(e) || testedNonNil(e, ret.Block())
	})
}

// allReach reports whether every successor of b either rejects or reaches
// the block of the verification: the branch only chooses how to verify.
func allReach(b, verifyBlock *ssa.BasicBlock) bool {
	for _, s := range b.Succs {
		if !reachesOrRejects(s, verifyBlock, b) {
			return false
		}
	}
	return true
}

// reachesOrRejects reports whether every path from b reaches the block to
// or ends by rejecting, without coming back to avoid.
func reachesOrRejects(b, to, avoid *ssa.BasicBlock) bool {
	return everyPathEnds(b, to, avoid, failingReturn)
}

// everyPathEnds reports whether every path from b reaches the block to
// (nil: none), panics, or ends in a return that ends accepts, without
// reaching avoid; a path coming back to a block already seen is left to
// that block's other exits.
func everyPathEnds(b, to, avoid *ssa.BasicBlock, ends func(ret *ssa.Return, pred *ssa.BasicBlock) bool) bool {
	seen := map[*ssa.BasicBlock]bool{}
	var walk func(b, pred *ssa.BasicBlock) bool
	walk = func(b, pred *ssa.BasicBlock) bool {
		switch {
		case b == to:
			return true
		case b == avoid:
			return false
		case seen[b]:
			return true
		}
		seen[b] = true
		switch last := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Panic:
			return true
		case *ssa.Return:
			return ends(last, pred)
		}
		for _, s := range b.Succs {
			if !walk(s, b) {
				return false
			}
		}
		return len(b.Succs) > 0
	}
	return walk(b, nil)
}

// canFail reports whether one of the call's results is an error.
func canFail(c *ssa.Call) bool {
	if t, ok := c.Type().(*types.Tuple); ok {
		for i := range t.Len() {
			if types.Identical(t.At(i).Type(), errorType) {
				return true
			}
		}
		return false
	}
	return types.Identical(c.Type(), errorType)
}

// pureCall reports whether a call computes a value without effects jwtlint
// must care about: the standard library's pure functions (comparisons,
// slices.Contains, strings, conversions) and errors.New/fmt.Errorf.
func pureCall(c *ssa.Call) bool {
	callee := ssaprog.Callee(&c.Call)
	if callee == nil || callee.Pkg() == nil {
		_, isBuiltin := c.Call.Value.(*ssa.Builtin)
		return isBuiltin
	}
	return libmodel.PureStd(callee)
}

// feeds reports whether value v flows, within its function, into an
// argument (or the receiver, or a bound variable of a closure argument) of
// the call target: through computations, calls, and objects it is stored
// into. Error results of calls (a failed key lookup) are not followed.
func feeds(v ssa.Value, target *ssa.Call) bool {
	seen := map[ssa.Value]bool{}
	queue := []ssa.Value{v}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		if seen[x] || len(seen) > 256 {
			continue
		}
		seen[x] = true
		refs := x.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			if ref == target {
				return true
			}
			switch y := ref.(type) {
			case *ssa.Extract:
				if !types.Identical(y.Type(), errorType) {
					queue = append(queue, y)
				}
			case *ssa.Store:
				if root := storeRoot(y.Addr); root != nil {
					queue = append(queue, root)
				}
			case ssa.Value:
				queue = append(queue, y)
			}
		}
	}
	return false
}

// storeRoot returns the object a store writes into: the allocation or
// parameter below a chain of field and element addresses.
func storeRoot(addr ssa.Value) ssa.Value {
	for {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.Alloc:
			return a
		default:
			return nil
		}
	}
}

// opaqueTokenCall reports whether call hands the raw token string to a
// function jwtlint has no summary of: a library function or an interface
// method (not a function of this package, which is known not to verify
// when it is no verifier).
func (r *run) opaqueTokenCall(call *ssa.Call, tokenStr ssa.Value) bool {
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg {
		return false
	}
	if obj := ssaprog.Callee(&call.Call); obj != nil && obj.Pkg() != nil && r.analysedPackage(obj.Pkg()) {
		return false
	}
	for _, a := range call.Call.Args {
		if ssaprog.Unwrap(a) == tokenStr {
			return true
		}
	}
	return false
}

// analysedPackage reports whether jwtparse analysed pkg (it exported
// summaries), so that the absence of a verifier fact means something.
func (r *run) analysedPackage(pkg *types.Package) bool {
	var f summariesFact
	return r.pass.ImportPackageFact(pkg, &f)
}

// allUsesCarryToken reports whether every use is a call of code jwtlint
// cannot see into that also receives the raw token string.
func (r *run) allUsesCarryToken(uses []ssa.Instruction, tokenStr ssa.Value) bool {
	for _, use := range uses {
		call, ok := use.(*ssa.Call)
		if !ok || !r.opaqueTokenCall(call, tokenStr) {
			return false
		}
	}
	return len(uses) > 0
}

// exportVerifiers publishes the verifiers among the package's functions.
func (r *run) exportVerifiers() {
	for _, fn := range r.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != r.pass.Pkg || fn.Synthetic != "" {
			continue
		}
		if f := r.localVerifier(fn); f != nil {
			r.pass.ExportObjectFact(obj, f)
		}
	}
}

// tokenString returns the raw token string a site parses: its token
// argument, or the one its decode step was given; nil when it is not an
// argument (a request, a file).
func (r *run) tokenString(s *Site) ssa.Value {
	if s.API.TokenArg >= 0 {
		return ssaprog.Unwrap(ssaprog.Arg(&s.Call.Call, s.API.TokenArg))
	}
	if s.Step != nil {
		return r.tokenString(s.Step)
	}
	return nil
}
