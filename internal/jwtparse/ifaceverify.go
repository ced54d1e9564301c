package jwtparse

import (
	"go/types"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
	"golang.org/x/tools/go/ssa"
)

// A call through an interface verifies its token argument when every
// implementation of the method in sight verifies it (an application
// interface whose FindAuthRecordByToken parses the token with the
// record's key): the concrete types of this package and of the packages it
// imports, directly or not. One implementation that does not verify, or
// none at all, and the call is no verification: a stub or a second
// backend may accept anything.

// invokeMethod names an interface method: the interface type and the
// method's name.
type invokeMethod struct {
	iface types.Type
	name  string
}

// invokeVerifier returns the verifier summary all implementations of an
// interface call's method agree on, or nil.
func (r *run) invokeVerifier(call *ssa.Call) *VerifierFact {
	c := &call.Call
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok || errorResultIndex(c.Signature()) < 0 || !r.mayVerify(c.Method.Name()) {
		return nil
	}
	k := invokeMethod{c.Value.Type(), c.Method.Name()}
	if f, ok := r.invokeMemo[k]; ok {
		return f
	}
	r.invokeMemo[k] = nil // recursion guard
	var agreed *VerifierFact
	for _, m := range implementationsInSight(r.pass.Pkg, iface, k.name) {
		f := r.methodVerifier(m)
		if f == nil || agreed != nil && *f != *agreed {
			return nil
		}
		agreed = f
	}
	r.invokeMemo[k] = agreed
	return agreed
}

// mayVerify reports whether some method of that name can be a verifier: a
// method this package declares, or one an imported package marked. It
// keeps the search for implementations to the few calls that can need it.
func (r *run) mayVerify(name string) bool {
	if r.verifierNames == nil {
		r.verifierNames = map[string]bool{}
		for _, of := range r.pass.AllObjectFacts() {
			if fn, ok := of.Object.(*types.Func); ok && fn.Signature().Recv() != nil {
				if _, ok := of.Fact.(*VerifierFact); ok {
					r.verifierNames[fn.Name()] = true
				}
			}
		}
		for m := range ssaprog.ConcreteMethods(r.pass.Pkg) {
			r.verifierNames[m.Name()] = true
		}
	}
	return r.verifierNames[name]
}

// methodVerifier returns the verifier summary of a concrete method.
func (r *run) methodVerifier(m *types.Func) *VerifierFact {
	if m.Pkg() == r.pass.Pkg {
		if fn := r.prog.Pkg.Prog.FuncValue(m); fn != nil && fn.Blocks != nil {
			return r.localVerifier(fn)
		}
		return nil
	}
	var fact VerifierFact
	if r.pass.ImportObjectFact(m, &fact) {
		return &fact
	}
	return nil
}

// implementationsInSight returns the methods named name, declared by the
// concrete named types of pkg and of the packages it imports directly or
// not, whose receivers implement iface.
func implementationsInSight(pkg *types.Package, iface *types.Interface, name string) []*types.Func {
	var out []*types.Func
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		for m := range ssaprog.ConcreteMethods(p) {
			if m.Name() == name && types.Implements(m.Signature().Recv().Type(), iface) {
				out = append(out, m)
			}
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return out
}
