package sqlfix

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"
)

// segKind is the role of one piece of the query text.
type segKind int

const (
	segLit   segKind = iota // literal text, re-emitted by the rewrite
	segConst                // a constant operand, kept as written
	segSafe                 // a non-constant operand proven safe, kept as written
	segValue                // an operand not proven safe: moves to a bind argument
)

// segment is one piece of the query text, in order.
type segment struct {
	kind segKind
	// text is the literal text (segLit), or the rendering of a constant
	// operand when known (segConst with known set).
	text  string
	known bool
	raw   bool     // segLit from a raw string literal
	expr  ast.Expr // the operand (not segLit)
	verb  string   // the Sprintf verb of the operand; "" for an operand of +
}

// built is query text built in one expression: the operands of a +
// chain, or the format and arguments of a fmt.Sprintf call.
type built struct {
	expr    ast.Expr      // the whole expression, which the rewrite replaces
	sprintf *ast.CallExpr // the Sprintf call, if built by one
	segs    []segment
}

// decompose splits e into segments; nil when e is not built with + or
// fmt.Sprintf (a constant, a variable, a Builder's String()...).
func (f *Fixer) decompose(e ast.Expr) *built {
	info := f.pass.TypesInfo
	e = ast.Unparen(e)
	if info.Types[e].Value != nil {
		return nil
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op != token.ADD || !isString(info.TypeOf(x)) {
			return nil
		}
		b := &built{expr: e}
		f.flatten(x, b)
		return b
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" ||
			x.Ellipsis.IsValid() || len(x.Args) == 0 {
			return nil
		}
		return f.sprintf(x)
	}
	return nil
}

// flatten appends the operands of a + chain of strings.
func (f *Fixer) flatten(e ast.Expr, b *built) {
	info := f.pass.TypesInfo
	e = ast.Unparen(e)
	// Constant sub-chains are split too: in const + "... = '" + v, Go
	// folds the first two, but the quote must stay editable.
	if x, ok := e.(*ast.BinaryExpr); ok && x.Op == token.ADD && isString(info.TypeOf(x)) {
		f.flatten(x.X, b)
		f.flatten(x.Y, b)
		return
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		s, err := strconv.Unquote(lit.Value)
		if err == nil {
			b.segs = append(b.segs, segment{kind: segLit, text: s, raw: lit.Value[0] == '`'})
			return
		}
	}
	b.segs = append(b.segs, f.operand(e, ""))
}

// sprintf splits a fmt.Sprintf call with a constant format whose verbs
// match its arguments one to one.
func (f *Fixer) sprintf(call *ast.CallExpr) *built {
	info := f.pass.TypesInfo
	fv := info.Types[call.Args[0]].Value
	if fv == nil || fv.Kind() != constant.String {
		return nil
	}
	pieces, ok := parseFormat(constant.StringVal(fv))
	if !ok {
		return nil
	}
	raw := false
	if lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit); ok {
		raw = lit.Value[0] == '`'
	}
	b := &built{expr: call, sprintf: call}
	args := call.Args[1:]
	for _, p := range pieces {
		if !p.isVerb {
			b.segs = append(b.segs, segment{kind: segLit, text: p.text, raw: raw})
			continue
		}
		if len(args) == 0 {
			return nil
		}
		b.segs = append(b.segs, f.operand(args[0], p.text))
		args = args[1:]
	}
	if len(args) > 0 {
		return nil
	}
	return b
}

// operand classifies one non-literal operand.
func (f *Fixer) operand(e ast.Expr, verb string) segment {
	if v := f.pass.TypesInfo.Types[e].Value; v != nil {
		s := segment{kind: segConst, expr: e, verb: verb}
		if v.Kind() == constant.String && (verb == "" || verb == "%s" || verb == "%v") {
			s.text, s.known = constant.StringVal(v), true
		}
		return s
	}
	if f.provenSafe(e) {
		return segment{kind: segSafe, expr: e, verb: verb}
	}
	return segment{kind: segValue, expr: e, verb: verb}
}
