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
//
// A function returning the result of an unverified decode
// (`func DecodeToken(s string) (*jwt.Token, error)` around ParseUnverified)
// is a wrapper too, Unverified: its callers are judged for how they use
// the token, and the finding goes to the call.
type ParseWrapperFact struct {
	TokenResult, ErrResult int
	// TokenArg is the declared index of the parameter holding the raw
	// token string, -1 when it is not a parameter.
	TokenArg   int
	Unverified bool
	Inner      string // the parse inside, e.g. "jwt.Parse"
	Lib        string // the library's ID (libmodel.LibraryByID)
}

func (*ParseWrapperFact) AFact() {}

func (f *ParseWrapperFact) String() string {
	kind := "parse-wrapper"
	if f.Unverified {
		kind = "decode-wrapper"
	}
	return fmt.Sprintf("%s(%s token=%d err=%d)", kind, f.Inner, f.TokenResult, f.ErrResult)
}

// noteWrapper records fn as a parse wrapper when a return statement hands
// the parse's token data and its error to the caller together.
func (r *run) noteWrapper(fn *ssa.Function, api *libmodel.ParseAPI, site *ssa.Call, td *tokenData, errVals map[ssa.Value]bool) {
	if _, done := r.wrappers[fn]; done || fn.Signature.Results().Len() < 2 {
		return
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		tokIdx, errIdx := -1, -1
		for i := range ret.Results {
			v := returned(ret, i) // through result slots (deferred calls)
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
		r.wrappers[fn] = wrapperAPI(api.Lib, wrapperName(fn), api.Unverified, tokenParam(fn, api, site), tokIdx, errIdx)
		r.wrapperInner[fn] = api.Display
		return
	}
}

// tokenParam returns the declared index of fn's parameter that the parse
// is given as its token string, or -1.
func tokenParam(fn *ssa.Function, api *libmodel.ParseAPI, call *ssa.Call) int {
	if api.TokenArg < 0 {
		return -1
	}
	p, ok := ssaprog.Unwrap(ssaprog.Arg(&call.Call, api.TokenArg)).(*ssa.Parameter)
	if !ok || p.Parent() != fn {
		return -1
	}
	i := paramIndex(p)
	if fn.Signature.Recv() != nil {
		i--
	}
	return i
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
	lib := libmodel.LibraryByID(fact.Lib)
	if lib == nil {
		return nil // a fact of another jwtlint version
	}
	name := obj.Name()
	if obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return wrapperAPI(lib, name, fact.Unverified, fact.TokenArg, fact.TokenResult, fact.ErrResult)
}

// wrapperAPI is the model of a parse wrapper's calls: a parse whose
// options and keys are inside, judged for the use of its results.
func wrapperAPI(lib *libmodel.Library, name string, unverified bool, tokenArg, tokenResult, errResult int) *libmodel.ParseAPI {
	a := libmodel.NewAPI(lib, name)
	a.Wrapper, a.Unverified = true, unverified
	a.TokenArg, a.TokenResult, a.ErrResult = tokenArg, tokenResult, errResult
	return a
}

// exportWrappers publishes this package's parse wrappers.
func (r *run) exportWrappers() {
	for fn, api := range r.wrappers {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != r.pass.Pkg || fn.Synthetic != "" {
			continue
		}
		r.pass.ExportObjectFact(obj, &ParseWrapperFact{
			TokenResult: api.TokenResult, ErrResult: api.ErrResult, TokenArg: api.TokenArg,
			Unverified: api.Unverified, Inner: r.wrapperInner[fn], Lib: api.Lib.ID,
		})
	}
}
