package jwtheader

import (
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Key functions that download the keys on every call: a key function runs
// once per token, so a network fetch on each of its successful paths (a
// jwk.Fetch, an http.Get of the JWKS, a keyfunc.Get or oidc.NewProvider
// made there) is a download per token, which an attacker sending tokens
// turns into load on the identity provider and on the server. A fetch that
// only some paths make (after a cache miss) is a cache, not this.

// FetchFact marks a function that downloads keys on every successful
// call: Call is the download ("jwk.Fetch"), Where its position, Cache the
// remedy.
type FetchFact struct {
	Call, Where, Cache string
}

func (*FetchFact) AFact() {}

func (f *FetchFact) String() string { return "fetches(" + f.Call + " at " + f.Where + ")" }

// fetchAlways describes the download a function makes on every successful
// call; nil when it makes none.
type fetchAlways struct {
	call, where, cache string
}

type uncached struct {
	pass *analysis.Pass
	prog *ssaprog.Program
	memo map[any]*fetchAlways // *ssa.Function or *types.Func → result
}

// exportFacts publishes the functions of the package that download keys on
// every call.
func (u *uncached) exportFacts() {
	for _, fn := range u.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != u.pass.Pkg {
			continue
		}
		if fa := u.always(fn); fa != nil {
			u.pass.ExportObjectFact(obj, &FetchFact{Call: fa.call, Where: fa.where, Cache: fa.cache})
		}
	}
}

// always returns the download fn makes on every successful call, directly
// or through a function that does.
func (u *uncached) always(fn *ssa.Function) *fetchAlways {
	if fa, ok := u.memo[fn]; ok {
		return fa
	}
	u.memo[fn] = nil // recursion is not a download
	var fa *fetchAlways
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || fa != nil {
				continue
			}
			if d := u.download(call); d != nil && dominatesSuccess(b, fn) {
				fa = &fetchAlways{call: d.call, where: d.where, cache: d.cache}
			}
		}
	}
	u.memo[fn] = fa
	return fa
}

// download returns what a call downloads on every call of it: a library
// fetch, or a call of a function that always downloads.
func (u *uncached) download(call ssa.CallInstruction) *fetchAlways {
	c := call.Common()
	if _, isGo := call.(*ssa.Go); isGo {
		return nil // in the background
	}
	if _, isDefer := call.(*ssa.Defer); isDefer {
		return nil
	}
	callee := ssaprog.Callee(c)
	if ls := libmodel.LocationSinkOf(callee); ls != nil {
		if !ls.Fetch {
			return nil
		}
		return &fetchAlways{call: ls.Display, where: u.where(call.Pos()), cache: ls.Cache}
	}
	if fn := c.StaticCallee(); fn != nil && fn.Pkg == u.prog.Pkg && fn.Blocks != nil {
		if o := fn.Origin(); o != nil {
			fn = o
		}
		if fa := u.always(fn); fa != nil {
			return fa
		}
		return nil
	}
	if callee == nil || callee.Pkg() == u.pass.Pkg {
		return nil
	}
	var fact FetchFact
	if u.pass.ImportObjectFact(callee.Origin(), &fact) {
		return &fetchAlways{call: fact.Call, where: fact.Where, cache: fact.Cache}
	}
	return nil
}

// dominatesSuccess reports whether block b runs before every return of fn
// that does not return a failing error: every successful call runs it.
func dominatesSuccess(b *ssa.BasicBlock, fn *ssa.Function) bool {
	rets := 0
	for _, rb := range fn.Blocks {
		ret, ok := rb.Instrs[len(rb.Instrs)-1].(*ssa.Return)
		if !ok || rb == fn.Recover {
			continue // the return after a recovered panic
		}
		if n := len(ret.Results); n > 0 && isError(ret.Results[n-1].Type()) && jwtparse.FailingError(returned(ret, ret.Results[n-1])) {
			continue
		}
		rets++
		if !b.Dominates(rb) {
			return false
		}
	}
	return rets > 0
}

// returned resolves a result of a function with defers, which SSA returns
// through a local variable, to the value stored there before the return.
func returned(ret *ssa.Return, v ssa.Value) ssa.Value {
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return v
	}
	local, ok := ld.X.(*ssa.Alloc)
	if !ok {
		return v
	}
	instrs := ret.Block().Instrs
	for i := len(instrs) - 1; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok && st.Addr == local {
			return st.Val
		}
	}
	return v
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// report reports the downloads of the package's key functions, except at
// calls already reported as token-chosen locations.
func (u *uncached) report(c *finding.Collector, parse *jwtparse.Result, reported map[token.Pos]bool) {
	keyfuncs := map[*ssa.Function]bool{}
	for _, fn := range u.prog.Funcs {
		if libmodel.IsKeyfuncShape(fn.Signature) {
			keyfuncs[fn] = true
		}
	}
	for _, s := range parse.Sites {
		if s.KeyfuncArg == nil {
			continue
		}
		if m, ok := boundMethod(s.KeyfuncArg); ok {
			if uk, ok := libmodel.UncachedKeyfuncOf(m); ok {
				c.Reportf(s.Pos(), s.End(), "%s is given %s as its key function, which downloads the key set for every token (load on the identity provider that tokens sent in bulk multiply); %s",
					s.API.Display, uk.Display, uk.Cache)
			}
			continue
		}
		if fn := funcOf(s.KeyfuncArg); fn != nil && fn.Pkg == u.prog.Pkg {
			keyfuncs[fn] = true
		}
	}
	for _, fn := range u.prog.Funcs {
		if !keyfuncs[fn] {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || reported[call.Pos()] {
					continue
				}
				d := u.download(call)
				if d == nil || !dominatesSuccess(b, fn) {
					continue
				}
				pos, end := call.Pos(), call.Pos()
				if ce := u.prog.CallExpr(call); ce != nil {
					pos, end = ce.Pos(), ce.End()
				}
				name := keyfuncName(fn)
				if libmodel.LocationSinkOf(ssaprog.Callee(call.Common())) != nil {
					c.Reportf(pos, end, "%s runs on every call of %s: every token costs a download of the keys (load on the identity provider that tokens sent in bulk multiply); %s",
						d.call, name, d.cache)
				} else {
					c.Reportf(pos, end, "%s downloads keys on every call (%s at %s) and %s calls it for every token (load on the identity provider that tokens sent in bulk multiply); %s",
						calleeName(call), d.call, d.where, name, d.cache)
				}
				break
			}
		}
	}
}

// boundMethod returns the method of a bound method value (p.KeyFunc).
func boundMethod(v ssa.Value) (*types.Func, bool) {
	mc, ok := ssaprog.Unwrap(v).(*ssa.MakeClosure)
	if !ok || len(mc.Bindings) != 1 {
		return nil, false
	}
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || fn.Synthetic == "" {
		return nil, false
	}
	m, ok := fn.Object().(*types.Func)
	return m, ok
}

// funcOf returns the function a key-function value runs, when it is a
// function or a closure.
func funcOf(v ssa.Value) *ssa.Function {
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		return x
	case *ssa.MakeClosure:
		fn, _ := x.Fn.(*ssa.Function)
		return fn
	}
	return nil
}

// keyfuncName names a key function in messages: "key function keyFor",
// "the key function literal in verify".
func keyfuncName(fn *ssa.Function) string {
	if fn.Parent() != nil {
		return "the key function literal in " + fn.Parent().Name()
	}
	return "key function " + fn.Name()
}

func calleeName(call ssa.CallInstruction) string {
	if fn := ssaprog.Callee(call.Common()); fn != nil {
		if fn.Pkg() != nil {
			if _, recv := libmodel.Receiver(fn); recv != "" {
				return fn.Pkg().Name() + "." + recv + "." + fn.Name()
			}
			return fn.Pkg().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return "the call"
}

func (u *uncached) where(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := u.pass.Fset.Position(pos)
	return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
}
