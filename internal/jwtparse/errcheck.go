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
		// used only where Valid was found true is verified, and so is one
		// whose Valid alone decides what happens (`if tok.Valid { next() }`);
		// one used elsewhere, or never looked at at all (the parse's
		// verdict is ignored), is not.
		bad := r.uncheckedUses(call, nil, td)
		if (len(td.uses) > 0 || len(td.validLoads) > 0) && len(bad) == 0 {
			return ErrChecked, nil, ""
		}
		var use ssa.Instruction
		if len(bad) > 0 {
			use = first(bad)
		}
		return ErrDropped, use, ""
	}
	errs := errAliases(errV)
	bad := r.uncheckedUses(call, errs, td)
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
func (r *run) uncheckedUses(call *ssa.Call, errs map[ssa.Value]bool, td *tokenData) []ssa.Instruction {
	unchecked := r.uncheckedBlocks(call, errs, td.validLoads, td.nilOnError)
	var bad []ssa.Instruction
	for _, u := range td.uses {
		if nilResultTest(u, td.nilOnError) {
			continue // the test is the check
		}
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

// nilResultTest reports whether u compares a result the library leaves nil with
// every error against nil, or branches on such a comparison.
func nilResultTest(u ssa.Instruction, nilOnError map[ssa.Value]bool) bool {
	if len(nilOnError) == 0 {
		return false
	}
	if i, ok := u.(*ssa.If); ok {
		u, _ = i.Cond.(ssa.Instruction)
	}
	c, ok := u.(*ssa.BinOp)
	return ok && (c.Op == token.EQL || c.Op == token.NEQ) &&
		(nilOnError[c.X] && ssaprog.IsNil(c.Y) || nilOnError[c.Y] && ssaprog.IsNil(c.X))
}

// errAliases returns the parse error and the phis merging it, and the
// error read back from a variable a closure captures (`err` assigned in
// a callback too lives in memory: stored, then loaded for the test).
func errAliases(errV ssa.Value) map[ssa.Value]bool {
	set := map[ssa.Value]bool{errV: true}
	queue := []ssa.Value{errV}
	add := func(v ssa.Value) {
		if !set[v] {
			set[v] = true
			queue = append(queue, v)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case *ssa.Phi, *ssa.ChangeInterface:
				add(x.(ssa.Value))
			case *ssa.Store:
				if local, ok := x.Addr.(*ssa.Alloc); ok {
					for _, load := range loadsReached(x, local, true) {
						add(load)
					}
				}
			}
		}
	}
	return set
}

// uncheckedBlocks returns the blocks reachable from the parse without
// crossing the success edge of a test of the error (err == nil, a helper
// saying whether err is an error, an errors.Is combination proving a
// verified signature), of token.Valid, or of a success flag set only where
// the parse succeeded. The flags are found on a first pass: a bool whose
// true values all come from blocks that pass left checked.
func (r *run) uncheckedBlocks(call *ssa.Call, errs, valid, nilOnError map[ssa.Value]bool) map[*ssa.BasicBlock]bool {
	t := &successTests{r: r, errs: errs, valid: valid, nilOnError: nilOnError}
	unchecked := t.region(call)
	t.flags = successFlags(call.Parent(), unchecked)
	if len(t.flags) == 0 {
		return unchecked
	}
	return t.region(call)
}

// successTests classifies branch conditions for one parse.
type successTests struct {
	r           *run
	errs, valid map[ssa.Value]bool
	// nilOnError are results the library leaves nil with every error
	// (go-jose's Verify payload): testing them against nil tests the error.
	nilOnError map[ssa.Value]bool
	flags      map[ssa.Value]bool
}

// Facts a path has established about the parse error: it is a failure of
// the claims only (expired, not valid yet...), it is not a signature
// failure. Both together mean the signature verified.
const (
	knownClaimsError uint8 = 1 << iota
	knownNotSignature
	signatureVerified = knownClaimsError | knownNotSignature
)

// edge is what taking one side of a branch establishes.
type edge struct {
	success bool
	facts   uint8
}

// region walks the blocks reachable from the call, with the facts each
// path established, without crossing a success edge.
func (t *successTests) region(call *ssa.Call) map[*ssa.BasicBlock]bool {
	type visit struct {
		b     *ssa.BasicBlock
		facts uint8
	}
	unchecked := map[*ssa.BasicBlock]bool{}
	seen := map[visit]bool{}
	queue := []visit{{call.Block(), 0}}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		edges := []edge{{}, {}}
		if ifInstr, ok := v.b.Instrs[len(v.b.Instrs)-1].(*ssa.If); ok {
			edges[0], edges[1] = t.classify(ifInstr.Cond)
		}
		for i, s := range v.b.Succs {
			e := edges[min(i, 1)]
			facts := v.facts | e.facts
			if e.success || facts&signatureVerified == signatureVerified {
				continue
			}
			unchecked[s] = true
			if next := (visit{s, facts}); !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return unchecked
}

// classify returns what the true and the false side of a condition
// establish.
func (t *successTests) classify(cond ssa.Value) (onTrue, onFalse edge) {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			f, tr := t.classify(c.X)
			return tr, f
		}
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			break
		}
		eq := c.Op == token.EQL
		if (t.errs[c.X] && ssaprog.IsNil(c.Y)) || (t.errs[c.Y] && ssaprog.IsNil(c.X)) || claimsOnlyBits(c, t.errs) {
			return edge{success: eq}, edge{success: !eq}
		}
		if (t.nilOnError[c.X] && ssaprog.IsNil(c.Y)) || (t.nilOnError[c.Y] && ssaprog.IsNil(c.X)) {
			return edge{success: !eq}, edge{success: eq}
		}
	case *ssa.Call:
		if errIsError, ok := t.r.errorCheck(c, t.errs); ok {
			return edge{success: !errIsError}, edge{success: errIsError}
		}
		if kind := errorsIs(c, t.errs); kind != "" {
			switch kind {
			case libmodel.ErrClaims:
				return edge{facts: knownClaimsError}, edge{}
			case libmodel.ErrSignature:
				return edge{}, edge{facts: knownNotSignature}
			}
		}
	}
	if t.valid[cond] || t.flags[cond] {
		return edge{success: true}, edge{}
	}
	return edge{}, edge{}
}

// errorsIs classifies errors.Is(err, E) on the parse error by the library
// error E: a failure of the claims only, or of the signature.
func errorsIs(c *ssa.Call, errs map[ssa.Value]bool) libmodel.ErrorKind {
	fn := ssaprog.Callee(&c.Call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "Is" || !errs[ssaprog.Arg(&c.Call, 0)] {
		return ""
	}
	ld, ok := ssaprog.Unwrap(ssaprog.Arg(&c.Call, 1)).(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return ""
	}
	g, ok := ld.X.(*ssa.Global)
	if !ok {
		return ""
	}
	v, _ := g.Object().(*types.Var)
	return libmodel.ErrorKindOf(v)
}

// successFlags finds bools that hold true only where the parse succeeded:
// a flag set to true on the success edge of the error test (a key-rotation
// loop's `verified = true; break`) and false everywhere else. unchecked are
// the blocks where the parse may have failed.
func successFlags(fn *ssa.Function, unchecked map[*ssa.BasicBlock]bool) map[ssa.Value]bool {
	flags := map[ssa.Value]bool{}
	memo := map[ssa.Value]int{} // 0 unknown, 1 flag, 2 no
	var isFlag func(v ssa.Value) bool
	isFlag = func(v ssa.Value) bool {
		switch memo[v] {
		case 1:
			return true
		case 2:
			return false
		}
		memo[v] = 1 // a cycle of phis adds no true
		ok := false
		if phi, isPhi := v.(*ssa.Phi); isPhi && isBool(phi.Type()) {
			ok = true
			for i, e := range phi.Edges {
				pred := phi.Block().Preds[i]
				switch {
				case isConstBool(e, false):
				case isConstBool(e, true):
					ok = ok && !unchecked[pred]
				default:
					ok = ok && isFlag(e)
				}
			}
		}
		if ok {
			memo[v] = 1
		} else {
			memo[v] = 2
		}
		return ok
	}
	for _, b := range fn.Blocks {
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cond := ifInstr.Cond
		if u, isNot := cond.(*ssa.UnOp); isNot && u.Op == token.NOT {
			cond = u.X
		}
		if isFlag(cond) {
			flags[cond] = true
		}
	}
	return flags
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

func isConstBool(v ssa.Value, want bool) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value) == want
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
	name := s.API.Lib.ValidateMethod
	if name == "" {
		return
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
	if s.API.Lib.ValidReplacesLibrary && !fact.CallsLibraryValid && fact.Checks&ClaimExp == 0 {
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
			}
		case keyfuncResultIndex(sig) >= 0:
			if s := r.constructorKeyfunc(fn); s != nil {
				r.pass.ExportObjectFact(obj, &KeyfuncFact{*s})
			}
		case optionResultIndex(sig) >= 0:
			if s, ok := r.funcOptions(fn); ok && !s.Unknown {
				r.pass.ExportObjectFact(obj, &OptionsFact{s})
			}
		case sig.Recv() != nil && (obj.Name() == "Validate" || obj.Name() == "Valid") && sig.Params().Len() == 0:
			if f := r.claimsValidation(obj); f != nil {
				r.pass.ExportObjectFact(obj, f)
			}
		default:
			if f := r.helperFact(fn); f != nil {
				r.pass.ExportObjectFact(obj, f)
			}
		}
	}
	r.exportWrappers()
	r.exportVerifiers()
	r.exportErrChecks()
	// Always: importers can then tell "analysed, no summary" from "not
	// analysed" (verify.go, analysedPackage).
	r.pass.ExportPackageFact(&summariesFact{})
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
