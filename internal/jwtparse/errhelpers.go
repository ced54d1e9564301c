package jwtparse

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// ErrCheckFact marks a function that says whether its error parameter
// Param (a declared index) is an error: `func deny(w http.ResponseWriter,
// err error) bool` writing 401 and returning true when err != nil
// (TrueIfErr), or its converse returning true when err is nil. A branch on
// its result is a test of that error.
type ErrCheckFact struct {
	Param     int
	TrueIfErr bool
}

func (*ErrCheckFact) AFact() {}

func (f *ErrCheckFact) String() string {
	if f.TrueIfErr {
		return "errcheck(p" + itoa(f.Param) + " true-if-error)"
	}
	return "errcheck(p" + itoa(f.Param) + " true-if-nil)"
}

// errorCheck reports whether call tests one of errs through an error
// helper, and whether its result is true when the error is an error.
func (r *run) errorCheck(call *ssa.Call, errs map[ssa.Value]bool) (trueIfErr, ok bool) {
	var f *ErrCheckFact
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil {
		f = r.localErrCheck(fn)
	} else if obj := ssaprog.Callee(&call.Call); obj != nil && !call.Call.IsInvoke() {
		var fact ErrCheckFact
		if r.pass.ImportObjectFact(obj, &fact) {
			f = &fact
		}
	}
	if f == nil {
		return false, false
	}
	a := ssaprog.Arg(&call.Call, f.Param)
	return f.TrueIfErr, a != nil && (errs[a] || errs[ssaprog.Unwrap(a)])
}

// localErrCheck summarises fn as an error helper: its only result is a
// bool, and each return gives it as `p != nil` (or `p == nil`), or as a
// constant on a branch where p is known to be an error or nil, all
// agreeing in polarity.
func (r *run) localErrCheck(fn *ssa.Function) *ErrCheckFact {
	if f, ok := r.errChecks[fn]; ok {
		return f
	}
	r.errChecks[fn] = nil
	sig := fn.Signature
	if sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return nil
	}
	var found *ErrCheckFact
	for i, p := range fn.Params {
		if !types.Identical(p.Type(), errorType) {
			continue
		}
		if trueIfErr, ok := errHelperPolarity(fn, p); ok {
			declared := i
			if sig.Recv() != nil {
				declared--
			}
			found = &ErrCheckFact{Param: declared, TrueIfErr: trueIfErr}
			break
		}
	}
	r.errChecks[fn] = found
	return found
}

// errHelperPolarity decides whether every return of fn says "p is an
// error" (true) or every return says "p is nil" (false).
func errHelperPolarity(fn *ssa.Function, p *ssa.Parameter) (trueIfErr, ok bool) {
	// known maps blocks to what the branch leading there says of p:
	// +1 an error, -1 nil.
	known := map[*ssa.BasicBlock]int{}
	for _, b := range fn.Blocks {
		ifInstr, isIf := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !isIf {
			continue
		}
		nonNilOnTrue, tests := nilTest(ifInstr.Cond, p)
		if !tests {
			continue
		}
		for i, s := range b.Succs {
			if len(s.Preds) != 1 || b.Succs[0] == b.Succs[1] {
				continue
			}
			says := -1
			if (i == 0) == nonNilOnTrue {
				says = 1
			}
			for _, d := range fn.Blocks {
				if s.Dominates(d) {
					known[d] = says
				}
			}
		}
	}
	polarity := 0 // +1: true means error; -1: true means nil
	agree := func(p int) bool {
		if polarity == 0 {
			polarity = p
		}
		return polarity == p
	}
	returns := 0
	for _, b := range fn.Blocks {
		ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isRet || len(ret.Results) != 1 {
			continue
		}
		returns++
		v := ret.Results[0]
		if nonNilOnTrue, tests := nilTest(v, p); tests {
			if nonNilOnTrue && !agree(1) || !nonNilOnTrue && !agree(-1) {
				return false, false
			}
			continue
		}
		says := known[b]
		switch {
		case says == 0:
			return false, false
		case isConstBool(v, true):
			if !agree(says) {
				return false, false
			}
		case isConstBool(v, false):
			if !agree(-says) {
				return false, false
			}
		default:
			return false, false
		}
	}
	return polarity == 1, returns > 0 && polarity != 0
}

// nilTest recognises `p != nil` and `p == nil` (through negation);
// nonNilOnTrue says whether the condition is true when p is an error.
func nilTest(cond ssa.Value, p ssa.Value) (nonNilOnTrue, ok bool) {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			n, ok := nilTest(c.X, p)
			return !n, ok
		}
	case *ssa.BinOp:
		if (c.Op == token.EQL || c.Op == token.NEQ) && (c.X == p && ssaprog.IsNil(c.Y) || c.Y == p && ssaprog.IsNil(c.X)) {
			return c.Op == token.NEQ, true
		}
	}
	return false, false
}

// exportErrChecks publishes the package's error helpers.
func (r *run) exportErrChecks() {
	for _, fn := range r.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != r.pass.Pkg || fn.Synthetic != "" {
			continue
		}
		if f := r.localErrCheck(fn); f != nil {
			r.pass.ExportObjectFact(obj, f)
		}
	}
}
