package jwtheader

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// verifyAuto reports jwx's WithVerifyAuto given a fetch whitelist that
// admits every URL: the library then fetches the key set from whatever URL
// the token's jku header names and verifies the token with it.
func verifyAuto(c *finding.Collector, prog *ssaprog.Program) {
	for _, fn := range prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				callee := ssaprog.Callee(&call.Call)
				va, ok := libmodel.VerifyAutoOf(callee)
				if !ok || !insecureFetchOptions(prog, &call.Call, va.Options) {
					continue
				}
				pos, end := call.Pos(), call.Pos()
				if ce := prog.CallExpr(call); ce != nil {
					pos, end = ce.Pos(), ce.End()
				}
				c.Reportf(pos, end, "%s.%s with a fetch whitelist admitting every URL fetches the key set from whatever URL the token's jku header names, and verifies the token with it (SSRF, and a forger serves keys of his own); verify with keys from a JWKS URL pinned in configuration (jwt.WithKeySet with a jwk.Cache), or admit only your issuers' URLs (jwk.NewMapWhitelist)",
					callee.Pkg().Name(), callee.Name())
			}
		}
	}
}

// insecureFetchOptions reports whether the fetch options of a call, from
// argument first on (a variadic list), include jwk.WithFetchWhitelist of
// a whitelist admitting every URL.
func insecureFetchOptions(prog *ssaprog.Program, c *ssa.CallCommon, first int) bool {
	for i := first; i < ssaprog.NumArgs(c); i++ {
		a := ssaprog.Arg(c, i)
		elems := []ssa.Value{a}
		if _, ok := a.Type().Underlying().(*types.Slice); ok {
			elems, _ = prog.SliceElems(a)
		}
		for _, el := range elems {
			opt, ok := ssaprog.Unwrap(el).(*ssa.Call)
			if !ok || !libmodel.IsWhitelistOption(ssaprog.Callee(&opt.Call)) {
				continue
			}
			if insecureWhitelist(ssaprog.Arg(&opt.Call, 0)) {
				return true
			}
		}
	}
	return false
}

// insecureWhitelist reports whether a whitelist value admits every URL:
// an InsecureWhitelist value or pointer, or jwk.NewInsecureWhitelist().
func insecureWhitelist(v ssa.Value) bool {
	if v == nil {
		return false
	}
	w := ssaprog.Unwrap(v)
	if call, ok := w.(*ssa.Call); ok && libmodel.IsInsecureWhitelistCtor(ssaprog.Callee(&call.Call)) {
		return true
	}
	return libmodel.IsInsecureWhitelist(w.Type())
}
