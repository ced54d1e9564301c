package sqlfix

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// plan classifies the operands not proven safe and, when every one is a
// value that can move, builds the fix.
func (f *Fixer) plan(t *target) Outcome {
	segs := t.built.segs
	var out Outcome
	pos := map[int]position{}
	allValues := true
	for i, s := range segs {
		if s.kind != segValue {
			continue
		}
		prefix := render(segs[:i])
		suffix, known := following(segs[i+1:])
		p := classify(prefix, suffix, known)
		pos[i] = p
		switch p.kind {
		case posValue:
			out.others = true
		case posName, posInList, posLimit:
			if out.Where == "" {
				out.Where, out.Remedy = p.where, remedies[p.kind]
			}
			out.names = append(out.names, [2]token.Pos{s.expr.Pos(), s.expr.End()})
			allValues = false
		default:
			out.others = true
			allValues = false
		}
	}
	if len(pos) == 0 || !allValues || t.style == Unknown {
		return out
	}
	out.Fix = f.rewrite(t, pos)
	return out
}

// render is the text of segs as far as it is known: constants as
// themselves, values as V, other operands as X (a name-like stand-in).
func render(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.kind == segLit || s.kind == segConst && s.known:
			b.WriteString(s.text)
		case s.kind == segValue:
			b.WriteString("V")
		default:
			b.WriteString("X")
		}
	}
	return b.String()
}

// following is the known text after an operand, up to the next operand
// of unknown text; known is false when nothing of it is known.
func following(segs []segment) (string, bool) {
	var b strings.Builder
	for _, s := range segs {
		if s.kind != segLit && !(s.kind == segConst && s.known) {
			return b.String(), b.Len() > 0
		}
		b.WriteString(s.text)
	}
	return b.String(), true
}

// movable reports whether a value operand can become a bind argument with
// the same meaning: a string (not a type with its own String, Error,
// Format or driver Value method, which fmt or the driver would call
// instead) pasted with +, %s or %v, or %q outside quotes (its Go quotes
// go with it); and not text built by a call (a nested Sprintf or Join,
// whose pieces would all become one value).
func (f *Fixer) movable(s segment, p position) bool {
	switch s.verb {
	case "", "%s", "%v":
	case "%q":
		if p.quoted {
			return false
		}
	default:
		return false
	}
	info := f.pass.TypesInfo
	t := info.TypeOf(s.expr)
	if !isString(t) {
		return false
	}
	for _, m := range []string{"String", "Error", "Format", "Value"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			return false
		}
	}
	if call, ok := ast.Unparen(s.expr).(*ast.CallExpr); ok {
		if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil {
			if r, ok := libmodel.FlowRuleOf(fn); ok && r.Kind == libmodel.Build {
				return false
			}
		}
	}
	return true
}

// badBind reports whether an existing bind argument changes how
// placeholders are read: named arguments (sql.Named, pgx.NamedArgs), pgx's
// query options (QueryExecMode...), maps of names.
func badBind(t types.Type) bool {
	if t == nil {
		return true
	}
	if _, ok := t.Underlying().(*types.Map); ok {
		return true
	}
	pkg, name, ok := libmodel.TypeOrigin(t)
	if !ok {
		return false
	}
	return pkg == "database/sql" && name == "NamedArg" || strings.HasPrefix(pkg, "github.com/jackc/pgx")
}
