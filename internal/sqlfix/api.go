package sqlfix

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// api is what a rewrite needs to know about one SQL call.
type api struct {
	text  int    // index of the query-text argument
	lib   string // "sql", "sqlx", "pgx", "gorm", "bun", "squirrel"
	style Style  // the library's own placeholder syntax; Unknown for the driver's
}

// libs maps import-path prefixes of the modelled SQL libraries to their
// short names and placeholder syntax. database/sql and sqlx pass the text
// to the driver unchanged; gorm, bun and squirrel substitute ? themselves
// (squirrel turns it into $n at ToSql when told to); pgx speaks
// PostgreSQL's $n.
var libs = []struct {
	prefix, name string
	style        Style
}{
	{"database/sql", "sql", Unknown},
	{"github.com/jmoiron/sqlx", "sqlx", Unknown},
	{"github.com/jackc/pgx", "pgx", Dollar},
	{"gorm.io/gorm", "gorm", Question},
	{"github.com/uptrace/bun", "bun", Question},
	{"github.com/Masterminds/squirrel", "squirrel", Question},
}

// apiOf describes call if it is a modelled SQL call whose text parameter is
// followed by the variadic bind arguments (Query, Exec, Raw, Where, NewRaw,
// Expr...): calls without bind arguments (Prepare, Order, named queries)
// and sinks named with -sinks, whose placeholder syntax is unknown, get no
// fix.
func apiOf(info *types.Info, call *ast.CallExpr) (api, bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return api{}, false
	}
	fn = fn.Origin()
	sk := libmodel.SQLSinkOf(fn)
	if sk == nil || sk.Text < 0 || sk.Text >= len(call.Args) {
		return api{}, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !sig.Variadic() || sig.Params().Len() != sk.Text+2 {
		return api{}, false
	}
	if sl, ok := sig.Params().At(sk.Text + 1).Type().(*types.Slice); !ok || !isEmptyInterface(sl.Elem()) {
		return api{}, false
	}
	if !isString(info.TypeOf(call.Args[sk.Text])) {
		return api{}, false // gorm's Where(map or struct)
	}
	path := fn.Pkg().Path()
	for _, l := range libs {
		if path == l.prefix || strings.HasPrefix(path, l.prefix+"/") {
			return api{text: sk.Text, lib: l.name, style: l.style}, true
		}
	}
	return api{}, false
}

// rebindArg returns the query argument of a call of sqlx's Rebind
// ((*DB).Rebind(q), (*Tx).Rebind(q), sqlx.Rebind(bindType, q)), which
// turns ? into the driver's syntax: text inside it takes ?.
func rebindArg(info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "github.com/jmoiron/sqlx" || fn.Name() != "Rebind" {
		return nil
	}
	if fn.Type().(*types.Signature).Recv() != nil && len(call.Args) == 1 {
		return call.Args[0]
	}
	if len(call.Args) == 2 {
		return call.Args[1]
	}
	return nil
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isEmptyInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0
}
