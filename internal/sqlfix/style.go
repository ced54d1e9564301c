package sqlfix

import (
	"go/ast"
	"go/constant"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Style is a bind-parameter syntax.
type Style int

const (
	// Unknown: the placeholder syntax cannot be told; no fix.
	Unknown Style = iota
	// Dollar: $1, $2, ... numbered by argument position (PostgreSQL).
	Dollar
	// Question: ? bound in order of appearance (MySQL, SQLite, and the
	// libraries that rewrite ? themselves: gorm, bun, squirrel, sqlx.Rebind).
	Question
)

// placeholder renders the placeholder of the n-th bind argument (from 1).
func (s Style) placeholder(n int) string {
	if s == Dollar {
		return "$" + strconv.Itoa(n)
	}
	return "?"
}

// StyleOf parses the -sql-placeholders value ("" is Unknown: infer).
func StyleOf(name string) Style {
	switch name {
	case "dollar":
		return Dollar
	case "question":
		return Question
	}
	return Unknown
}

// driverImports are the database/sql drivers (and PostgreSQL-wire
// libraries) whose import tells the placeholder syntax of a package's
// database/sql and sqlx queries.
var driverImports = []struct {
	prefix string
	style  Style
}{
	{"github.com/jackc/pgx", Dollar},
	{"github.com/lib/pq", Dollar},
	{"github.com/cockroachdb", Dollar},
	{"github.com/go-sql-driver/mysql", Question},
	{"github.com/mattn/go-sqlite3", Question},
	{"modernc.org/sqlite", Question},
}

// driverNames are the names those drivers register with database/sql.
var driverNames = map[string]Style{
	"postgres": Dollar, "pgx": Dollar, "pgx/v5": Dollar,
	"mysql": Question, "sqlite3": Question, "sqlite": Question,
}

// openFuncs are the functions taking a driver name, and its argument index.
var openFuncs = map[string]int{
	"database/sql.Open":                      0,
	"github.com/jmoiron/sqlx.Open":           0,
	"github.com/jmoiron/sqlx.MustOpen":       0,
	"github.com/jmoiron/sqlx.Connect":        0,
	"github.com/jmoiron/sqlx.MustConnect":    0,
	"github.com/jmoiron/sqlx.ConnectContext": 1,
	"github.com/jmoiron/sqlx.NewDb":          1,
}

// driverStyle infers the placeholder syntax of the package's database/sql
// and sqlx queries from the drivers it imports and the constant driver
// names it opens. Conflicting evidence (a MySQL and a PostgreSQL driver in
// one package) is Unknown. Only the package itself is read: the driver is
// usually registered by the main package, which the packages running
// queries do not import, hence -sql-placeholders.
func driverStyle(pass *analysis.Pass) Style {
	seen := map[Style]bool{}
	for _, imp := range pass.Pkg.Imports() {
		for _, d := range driverImports {
			if p := imp.Path(); p == d.prefix || strings.HasPrefix(p, d.prefix+"/") {
				seen[d.style] = true
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typeutil.StaticCallee(pass.TypesInfo, call)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			i, ok := openFuncs[fn.Pkg().Path()+"."+fn.Name()]
			if !ok || i >= len(call.Args) {
				return true
			}
			if v := pass.TypesInfo.Types[call.Args[i]].Value; v != nil && v.Kind() == constant.String {
				if s, ok := driverNames[constant.StringVal(v)]; ok {
					seen[s] = true
				}
			}
			return true
		})
	}
	if len(seen) != 1 {
		return Unknown
	}
	for s := range seen {
		return s
	}
	return Unknown
}
