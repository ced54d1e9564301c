package sqlfix

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// provenSafe reports whether an operand of the text is safe without data
// flow: a number, boolean, UUID or time; the result of a quoting or
// number-formatting helper (the library model's sanitizers, or those named
// with -sanitizers); a pure string function of safe operands; a local
// variable only ever assigned constants (a switch choosing a column). Such
// operands stay in the text. Everything else not constant is "not proven
// safe" here, even when the flow engine proves it safe in ways this
// syntactic test does not see (a map allow-list): the rewrite then moves
// it too when it is a value, and offers nothing when it is a name.
func (f *Fixer) provenSafe(e ast.Expr) bool {
	e = ast.Unparen(e)
	info := f.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return true
	}
	if libmodel.SafeType(info.TypeOf(e)) {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		return ok && f.constantOnly(v)
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return len(e.Args) == 1 && isString(info.TypeOf(e.Args[0])) && f.provenSafe(e.Args[0])
		}
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			return false
		}
		if f.sanitizer(fn) {
			return true
		}
		if r, ok := libmodel.FlowRuleOf(fn); ok && (r.Kind == libmodel.Propagate || r.Kind == libmodel.Build) && !e.Ellipsis.IsValid() {
			for i, a := range e.Args {
				if ruleArg(r, i) && !f.provenSafe(a) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// sanitizer reports whether fn's result is safe in SQL text.
func (f *Fixer) sanitizer(fn *types.Func) bool {
	if r, ok := libmodel.FlowRuleOf(fn); ok && r.Kind == libmodel.Sanitize {
		return true
	}
	if fn.Pkg() == nil || f.cfg == nil {
		return false
	}
	_, recv := libmodel.Receiver(fn)
	for _, r := range f.cfg.Sanitizers {
		if r.Matches(fn.Pkg().Path(), recv, fn.Name()) {
			return true
		}
	}
	return false
}

// ruleArg reports whether argument i carries data under rule r.
func ruleArg(r libmodel.FlowRule, i int) bool {
	for k, a := range r.Args {
		if a == i || r.Rest && k == len(r.Args)-1 && i >= a {
			return true
		}
	}
	return false
}

// constantOnly reports whether v is a local variable whose every
// assignment is a constant and whose address is never taken: its value is
// one of those constants (or its zero value).
func (f *Fixer) constantOnly(v *types.Var) bool {
	if v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return false
	}
	file := f.fileOf(v.Pos())
	if file == nil {
		return false
	}
	info := f.pass.TypesInfo
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Uses[id] == v || info.Defs[id] == v)
	}
	constant := func(e ast.Expr) bool { return info.Types[e].Value != nil }
	ok, declared := true, false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if is(l) {
					ok = ok && len(n.Lhs) == len(n.Rhs) && constant(n.Rhs[i])
					declared = declared || n.Tok == token.DEFINE
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if is(name) {
					declared = true
					ok = ok && (len(n.Values) == 0 || len(n.Values) == len(n.Names) && constant(n.Values[i]))
				}
			}
		case *ast.UnaryExpr:
			ok = ok && !(n.Op == token.AND && is(n.X))
		case *ast.RangeStmt:
			ok = ok && !(n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value))
		}
		return ok
	})
	return ok && declared // parameters and results are declared by no statement
}
