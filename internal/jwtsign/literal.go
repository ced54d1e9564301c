package jwtsign

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/ssa"
)

// SSA constants carry no position: the literal behind one is found in the
// syntax of the function using it (or, for globals initialised in the
// package initializer, in the package-level declarations), and a named
// constant is followed to its declaration. Findings land on the literal,
// as the contract asks, and in the file that holds it.

type litKey struct {
	fn  *ssa.Function
	val string
}

// literal returns the origin of the string constant c used in fn.
func (r *run) literal(fn *ssa.Function, c *ssa.Const) origin {
	s := constant.StringVal(c.Value)
	k := litKey{fn, s}
	if o, ok := r.litMemo[k]; ok {
		return o
	}
	o := origin{kind: oLiteral, n: len(s), param: -1, lenParam: -1}
	var roots []ast.Node
	if fn != nil && fn.Syntax() != nil {
		roots = append(roots, fn.Syntax())
	} else {
		for _, vs := range r.idx.valueSpecs {
			roots = append(roots, vs)
		}
	}
	if e := r.findConstExpr(roots, c.Value); e != nil {
		r.resolveConstExpr(e, &o, 0)
	}
	r.litMemo[k] = o
	return o
}

// convertedLiteral locates the literal of an explicit conversion such as
// []byte("secret") by the conversion's own syntax, which tells it apart
// from an equal literal elsewhere in the function (an issuer, a kid).
func (r *run) convertedLiteral(conv *ssa.Convert, c *ssa.Const) (origin, bool) {
	if c.Value == nil || c.Value.Kind() != constant.String || constant.StringVal(c.Value) == "" {
		return origin{}, false
	}
	e := r.idx.lparen[conv.Pos()]
	if e == nil || len(e.Args) != 1 {
		return origin{}, false
	}
	o := origin{kind: oLiteral, n: len(constant.StringVal(c.Value)), param: -1, lenParam: -1}
	r.resolveConstExpr(e.Args[0], &o, 0)
	return o, true
}

// findConstExpr returns the outermost expression under roots whose
// constant value is val.
func (r *run) findConstExpr(roots []ast.Node, val constant.Value) ast.Expr {
	var found ast.Expr
	for _, root := range roots {
		ast.Inspect(root, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			tv, ok := r.pass.TypesInfo.Types[e]
			if ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.Compare(tv.Value, token.EQL, val) {
				found = e
				return false
			}
			return true
		})
		if found != nil {
			break
		}
	}
	return found
}

// resolveConstExpr sets the position of o to the literal behind e: a named
// constant of this package is followed to its declaration; one of another
// package is named, with its declaration as related position.
func (r *run) resolveConstExpr(e ast.Expr, o *origin, depth int) {
	e = ast.Unparen(e)
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id != nil && depth < 8 {
		if c, ok := r.pass.TypesInfo.Uses[id].(*types.Const); ok {
			if c.Pkg() == r.pass.Pkg {
				if ref, ok := r.idx.objSpec[c]; ok && ref.i < len(ref.spec.Values) {
					r.resolveConstExpr(ref.spec.Values[ref.i], o, depth+1)
					return
				}
			} else if c.Pkg() != nil {
				o.pos, o.end = token.NoPos, token.NoPos
				o.name = c.Pkg().Name() + "." + c.Name()
				o.where = r.where(c.Pos())
				o.decl = c.Pos()
				return
			}
		}
	}
	o.pos, o.end = e.Pos(), e.End()
}

// where renders a position as "file.go:12" for messages.
func (r *run) where(p token.Pos) string {
	if !p.IsValid() {
		return ""
	}
	pos := r.pass.Fset.Position(p)
	return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
}
