package jwtparse

import (
	"go/token"
	"go/types"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// errorVerdict decides whether every use of the token is guarded by a
// success test (err == nil, token.Valid) on every path from the parse.
func (r *run) errorVerdict(call *ssa.Call, errV ssa.Value, td *tokenData) (ErrVerdict, ssa.Instruction, string) {
	if errV == nil || !referenced(errV) {
		var use ssa.Instruction
		if len(td.uses) > 0 {
			use = first(td.uses)
		}
		return ErrDropped, use, ""
	}
	errs := errAliases(errV)
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
	if len(bad) == 0 {
		return ErrChecked, nil, ""
	}
	if test := partialTest(errs); test != "" {
		return ErrPartial, first(bad), test
	}
	return ErrUnchecked, first(bad), ""
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
		td := trace(u.Call, roots, nil)
		exempt := false
		for _, v := range sites {
			if v.API.Unverified || v.Fn != u.Fn || v.API.TokenArg < 0 {
				continue
			}
			if ssaprog.Unwrap(ssaprog.Arg(&v.Call.Call, v.API.TokenArg)) != tokenStr {
				continue
			}
			exempt = true
			for _, use := range td.uses {
				if !ssaprog.After(use, v.Call) && !v.Call.Block().Dominates(use.Block()) {
					exempt = false
					break
				}
			}
			if exempt {
				break
			}
		}
		if !exempt {
			exempt = allUsesCarryToken(td.uses, tokenStr)
		}
		if exempt {
			u.UnverifiedUse = nil
		} else {
			u.Unverified = true
		}
	}
}

// allUsesCarryToken reports whether every use is a call that also receives
// the raw token string: the unverified data then selects how to verify it.
func allUsesCarryToken(uses []ssa.Instruction, tokenStr ssa.Value) bool {
	for _, use := range uses {
		call, ok := use.(*ssa.Call)
		if !ok {
			return false
		}
		carries := false
		for _, a := range call.Call.Args {
			if ssaprog.Unwrap(a) == tokenStr {
				carries = true
			}
		}
		if !carries {
			return false
		}
	}
	return len(uses) > 0
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
			td := trace(nil, []ssa.Value{fn.Params[0]}, nil)
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
		}
	}
	if exported {
		r.pass.ExportPackageFact(&summariesFact{})
	}
}

func recovered(pass *analysis.Pass, v any) error {
	return &finding.InternalError{Check: "jwtparse", Pkg: pass.Pkg.Path(), Value: v, Stack: string(debug.Stack())}
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
