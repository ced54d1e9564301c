package jwtparse

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// maxWrapperDepth bounds how many levels of wrappers around wrappers are
// followed within a package.
const maxWrapperDepth = 4

// ParseWrapperFact marks a function that returns the token (or claims) and
// the error of a verifying parse it makes, leaving the check of the error
// to its callers: `func (v *Verifier) Verify(s string) (*jwt.Token, error)
// { return jwt.Parse(s, v.keys, opts...) }`.
type ParseWrapperFact struct {
	TokenResult, ErrResult int
	Inner                  string // the parse inside, e.g. "jwt.Parse"
	Line                   libmodel.Line
}

func (*ParseWrapperFact) AFact() {}

func (f *ParseWrapperFact) String() string {
	return fmt.Sprintf("parse-wrapper(%s token=%d err=%d)", f.Inner, f.TokenResult, f.ErrResult)
}

// noteWrapper records fn as a parse wrapper when a return statement hands
// the parse's token data and its error to the caller together.
func (r *run) noteWrapper(fn *ssa.Function, api *libmodel.ParseAPI, td *tokenData, errVals map[ssa.Value]bool) {
	if _, done := r.wrappers[fn]; done || fn.Signature.Results().Len() < 2 {
		return
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		tokIdx, errIdx := -1, -1
		for i, v := range ret.Results {
			switch {
			case errVals[v] || errVals[ssaprog.Unwrap(v)]:
				errIdx = i
			case td.derived[v] != 0 || isDerived(td, v):
				tokIdx = i
			}
		}
		if tokIdx < 0 || errIdx < 0 {
			continue
		}
		r.wrappers[fn] = &libmodel.ParseAPI{
			Lib: api.Lib, Display: wrapperName(fn), Wrapper: true,
			TokenArg: -1, ClaimsArg: -1, KeyfuncArg: -1, OptionsArg: -1,
			TokenResult: tokIdx, ErrResult: errIdx,
		}
		r.wrapperInner[fn] = api.Display
		return
	}
}

func isDerived(td *tokenData, v ssa.Value) bool {
	_, ok := td.derived[v]
	return ok
}

func wrapperName(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil {
		if _, recv := libmodel.Receiver(obj); recv != "" {
			return "(*" + obj.Pkg().Name() + "." + recv + ")." + obj.Name()
		}
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return fn.Name()
}

// wrapperAPI recognises a call of a parse wrapper: of this package, or
// of another one through its fact. Each call is recognised once.
func (r *run) wrapperAPI(call *ssa.Call) *libmodel.ParseAPI {
	if r.wrapperDone[call] {
		return nil
	}
	if fn := call.Call.StaticCallee(); fn != nil {
		if api := r.wrappers[fn]; api != nil && fn != call.Parent() {
			r.wrapperDone[call] = true
			return api
		}
	}
	obj := ssaprog.Callee(&call.Call)
	var fact ParseWrapperFact
	if obj == nil || obj.Pkg() == r.pass.Pkg || !r.pass.ImportObjectFact(obj, &fact) {
		return nil
	}
	r.wrapperDone[call] = true
	lib := libmodel.JWTLibs[0]
	for _, l := range libmodel.JWTLibs {
		if l.Line == fact.Line {
			lib = l
			break
		}
	}
	name := obj.Name()
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return &libmodel.ParseAPI{
		Lib: lib, Display: name, Wrapper: true,
		TokenArg: -1, ClaimsArg: -1, KeyfuncArg: -1, OptionsArg: -1,
		TokenResult: fact.TokenResult, ErrResult: fact.ErrResult,
	}
}

// exportWrappers publishes this package's parse wrappers.
func (r *run) exportWrappers() bool {
	exported := false
	for fn, api := range r.wrappers {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != r.pass.Pkg || fn.Synthetic != "" {
			continue
		}
		r.pass.ExportObjectFact(obj, &ParseWrapperFact{
			TokenResult: api.TokenResult, ErrResult: api.ErrResult,
			Inner: r.wrapperInner[fn], Line: api.Lib.Line,
		})
		exported = true
	}
	return exported
}
