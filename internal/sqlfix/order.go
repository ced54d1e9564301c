package sqlfix

import (
	"go/ast"
	"go/token"
	"go/types"
)

// sameEvaluation reports whether moving the values into the bind
// arguments leaves the program's effects as they were. Inline, a value
// containing a call is now evaluated after the existing bind arguments
// and after the operands that stay behind it: none of those may call
// anything. Moved out of the assignment before the call, a value is read
// after whatever that statement evaluates before the call's arguments are
// complete: values must be call-free, and if calls run in between, plain
// local variables no call can change.
func (f *Fixer) sameEvaluation(t *target, segs []segment, values []int, binds []ast.Expr) bool {
	info := f.pass.TypesInfo
	b := t.built
	movedCalls := false
	for _, i := range values {
		movedCalls = movedCalls || hasCall(info, b.segs[i].expr)
	}
	keptCalls := false
	for i := values[0] + 1; i < len(b.segs); i++ {
		if s := b.segs[i]; s.kind == segSafe && hasCall(info, s.expr) {
			keptCalls = true
		}
	}
	if t.vf == nil {
		if !movedCalls {
			return true
		}
		for _, a := range binds {
			if hasCall(info, a) {
				return false
			}
		}
		return !keptCalls
	}
	if movedCalls || keptCalls {
		return false
	}
	if !f.callsBefore(t) {
		return true
	}
	for _, i := range values {
		if !f.stableLocal(b.segs[i].expr) {
			return false
		}
	}
	return true
}

// callsBefore reports whether the statement holding the call runs a call
// (or a receive) before the SQL call's arguments are complete.
func (f *Fixer) callsBefore(t *target) bool {
	info := f.pass.TypesInfo
	ancestors := map[ast.Node]bool{}
	for _, n := range t.vf.path {
		ancestors[n] = true
	}
	found := false
	ast.Inspect(t.vf.stmt, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW && n.Pos() < t.call.End()
		case *ast.CallExpr:
			found = !ancestors[n] && n.Pos() < t.call.End() && !isConversionOrPure(info, n)
		}
		return !found
	})
	return found
}

// hasCall reports whether evaluating e may call a function (conversions
// and the pure builtins aside) or receive from a channel: what decides
// whether moving e changes the order of effects.
func hasCall(info *types.Info, e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // created, not run
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		case *ast.CallExpr:
			if !isConversionOrPure(info, n) {
				found = true
			}
		}
		return !found
	})
	return found
}

func isConversionOrPure(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
		}
	}
	return false
}

// stableLocal reports whether e is a local string variable that no call
// can change: never address-taken, never used inside a function literal.
// Moving a read of it past calls leaves what it reads unchanged.
func (f *Fixer) stableLocal(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	info := f.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return false
	}
	if _, basic := v.Type().Underlying().(*types.Basic); !basic {
		return false
	}
	file := f.fileOf(v.Pos())
	if file == nil {
		return false
	}
	stable := true
	var lits int
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lits++
			ast.Inspect(n.Body, visit)
			lits--
			return false
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == v {
				stable = false
			}
		case *ast.Ident:
			if lits > 0 && info.Uses[n] == v {
				stable = false
			}
		}
		return stable
	}
	ast.Inspect(file, visit)
	return stable
}
