package sqlfix

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/jwtlint/jwtlint/internal/config"
)

// Fixer computes the fixes of one package's SQL calls.
type Fixer struct {
	pass *analysis.Pass
	cfg  *config.Config

	driver     Style // database/sql and sqlx: -sql-placeholders, or inferred
	driverDone bool
	src        map[*token.File][]byte
}

// New returns a Fixer for the package of pass; cfg gives
// -sql-placeholders and -sanitizers.
func New(pass *analysis.Pass, cfg *config.Config) *Fixer {
	return &Fixer{pass: pass, cfg: cfg, src: map[*token.File][]byte{}}
}

// Outcome is what can be done about the query text of one SQL call.
type Outcome struct {
	// Fix rewrites the text with placeholders; nil when no exact rewrite
	// exists.
	Fix *analysis.SuggestedFix
	// Where, when set, says where an operand not proven safe sits that no
	// bind parameter can replace ("a name after ORDER BY", "an IN list",
	// "the count after LIMIT"), and Remedy what to do instead.
	Where, Remedy string

	names  [][2]token.Pos // the operands Where is about
	others bool           // other operands are not proven safe either
}

// About reports whether Where applies to a finding whose input was read at
// src: always when every operand not proven safe is a name (or IN list,
// or LIMIT); otherwise only when src lies inside one of those operands,
// for the flaw may be a value next to an allow-listed name, and the
// generic advice covers both.
func (o Outcome) About(src token.Pos) bool {
	if o.Where == "" {
		return false
	}
	if !o.others {
		return true
	}
	for _, s := range o.names {
		if s[0] <= src && src < s[1] {
			return true
		}
	}
	return false
}

// remedies says what to do where no bind parameter can go.
var remedies = map[posKind]string{
	posName:   "choose it from an allow-list of constants, or quote it with pgx.Identifier{...}.Sanitize()",
	posInList: "bind one placeholder per element, or check each element against an allow-list",
	posLimit:  "convert it to a number (strconv.Atoi), or choose it from an allow-list",
}

// At examines the SQL call whose expression spans [pos, end).
func (f *Fixer) At(pos, end token.Pos) Outcome {
	file := f.fileOf(pos)
	if file == nil {
		return Outcome{}
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, end)
	if len(path) == 0 {
		return Outcome{}
	}
	call, ok := path[0].(*ast.CallExpr)
	if !ok || call.Pos() != pos || call.End() != end {
		return Outcome{}
	}
	a, ok := apiOf(f.pass.TypesInfo, call)
	if !ok {
		return Outcome{}
	}
	t := &target{call: call, api: a, style: a.style, arg: call.Args[a.text]}
	text := t.arg
	if inner := rebindArg(f.pass.TypesInfo, text); inner != nil {
		text, t.style = inner, Question
	}
	t.built = f.decompose(text)
	if t.built == nil {
		id, ok := ast.Unparen(text).(*ast.Ident)
		if !ok {
			return Outcome{}
		}
		if t.vf = f.assignedJustBefore(id, call, path); t.vf == nil {
			return Outcome{}
		}
		rhs := t.vf.rhs
		if inner := rebindArg(f.pass.TypesInfo, rhs); inner != nil && t.style == Unknown {
			rhs, t.style = inner, Question
		}
		if t.built = f.decompose(rhs); t.built == nil {
			return Outcome{}
		}
	}
	if t.style == Unknown {
		t.style = f.driverStyle()
	}
	return f.plan(t)
}

// target is one SQL call being rewritten.
type target struct {
	call  *ast.CallExpr
	api   api
	style Style
	arg   ast.Expr // the text argument as written
	built *built   // how the text is built
	vf    *varForm // the text is built in a variable just before the call
}

// varForm is text built in a local variable assigned in the statement
// just before the one running the call, and used only there.
type varForm struct {
	rhs  ast.Expr   // the value assigned
	stmt ast.Stmt   // the statement running the call
	path []ast.Node // from the call up to stmt
}

func (f *Fixer) driverStyle() Style {
	if !f.driverDone {
		f.driverDone = true
		if f.cfg != nil {
			f.driver = StyleOf(f.cfg.SQLPlaceholders)
		}
		if f.driver == Unknown {
			f.driver = driverStyle(f.pass)
		}
	}
	return f.driver
}

// assignedJustBefore returns the variable form of the text: id is a local
// variable defined (q := ..., var q = ...) by the statement right before
// the one holding the call, in the same block, and used nowhere else. The
// call must run once, when that statement runs: not inside a function
// literal, a loop header or a nested block.
func (f *Fixer) assignedJustBefore(id *ast.Ident, call *ast.CallExpr, path []ast.Node) *varForm {
	info := f.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	file := f.fileOf(v.Pos())
	if file == nil {
		return nil
	}
	var def *ast.Ident
	uses := 0
	ast.Inspect(file, func(n ast.Node) bool {
		if x, ok := n.(*ast.Ident); ok {
			if info.Uses[x] == v {
				uses++
			} else if info.Defs[x] == v {
				def = x
			}
		}
		return true
	})
	if def == nil || uses != 1 {
		return nil
	}
	// The statement holding the call, and the list holding it.
	var stmt ast.Stmt
	var list []ast.Stmt
	for i := 1; i < len(path) && list == nil; i++ {
		switch n := path[i].(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.LabeledStmt, *ast.SelectStmt:
			return nil
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			continue
		}
		stmt, _ = path[i-1].(ast.Stmt)
		path = path[:i]
	}
	if stmt == nil {
		return nil
	}
	for i, s := range list {
		if s != stmt {
			continue
		}
		if i == 0 {
			return nil
		}
		if rhs := definition(list[i-1], def); rhs != nil {
			return &varForm{rhs: rhs, stmt: stmt, path: path}
		}
	}
	return nil
}

// definition returns the value s gives def when s is `def := rhs` or
// `var def = rhs` (one name, one value).
func definition(s ast.Stmt, def *ast.Ident) ast.Expr {
	switch s := s.(type) {
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Lhs[0] == def {
			return s.Rhs[0]
		}
	case *ast.DeclStmt:
		g, ok := s.Decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || len(g.Specs) != 1 {
			return nil
		}
		vs := g.Specs[0].(*ast.ValueSpec)
		if len(vs.Names) == 1 && vs.Names[0] == def && len(vs.Values) == 1 {
			return vs.Values[0]
		}
	}
	return nil
}

func (f *Fixer) fileOf(pos token.Pos) *ast.File {
	for _, file := range f.pass.Files {
		if file.FileStart <= pos && pos <= file.FileEnd {
			return file
		}
	}
	return nil
}

// source returns n as written.
func (f *Fixer) source(n ast.Node) (string, bool) {
	tf := f.pass.Fset.File(n.Pos())
	if tf == nil {
		return "", false
	}
	data, ok := f.src[tf]
	if !ok {
		read := f.pass.ReadFile
		if read == nil {
			read = os.ReadFile
		}
		var err error
		if data, err = read(tf.Name()); err != nil || len(data) != tf.Size() {
			data = nil
		}
		f.src[tf] = data
	}
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	if data == nil || end > len(data) {
		return "", false
	}
	return string(data[start:end]), true
}
