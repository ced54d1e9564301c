package ssaprog

import (
	"go/types"
	"iter"
)

// ConcreteMethods yields the methods declared by the concrete, non-generic
// named types of p: the implementations an interface call may run when p
// is in sight.
func ConcreteMethods(p *types.Package) iter.Seq[*types.Func] {
	return func(yield func(*types.Func) bool) {
		scope := p.Scope()
		for _, n := range scope.Names() {
			tn, ok := scope.Lookup(n).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || named.TypeParams().Len() > 0 {
				continue
			}
			for i := range named.NumMethods() {
				if !yield(named.Method(i)) {
					return
				}
			}
		}
	}
}
