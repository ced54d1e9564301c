package libmodel

import "go/types"

// SQLSink describes a call that runs (or stores for running) SQL text.
// Argument indices count declared parameters, receiver excluded.
type SQLSink struct {
	Display string // how messages name the call, e.g. "(*sql.DB).Query"
	// Text is the index of the query-text parameter; -1 when the call only
	// takes bind arguments (prepared statements).
	Text int
	// TextIfString: the text parameter is an interface{} that is SQL text
	// only when a string is passed (gorm's Where, squirrel's Where).
	TextIfString bool
}

var sqlSinks = map[string]*SQLSink{}

func sink(key, display string, text int, ifString bool) {
	sqlSinks[key] = &SQLSink{Display: display, Text: text, TextIfString: ifString}
}

// sinkMethods registers methods of recvs in pkg; display names use short.
// Each entry of methods maps a method name to its text parameter index.
func sinkMethods(pkg, short string, recvs []string, methods map[string]int, ifString bool) {
	for _, recv := range recvs {
		for m, text := range methods {
			sink(methodName(pkg, recv, m), "("+recvDisplay(recv, short)+")."+m, text, ifString)
		}
	}
}

func recvDisplay(recv, short string) string {
	if len(recv) > 0 && recv[0] == '*' {
		return "*" + short + "." + recv[1:]
	}
	return short + "." + recv
}

func init() {
	// database/sql.
	sqlMethods := map[string]int{
		"Query": 0, "QueryContext": 1, "QueryRow": 0, "QueryRowContext": 1,
		"Exec": 0, "ExecContext": 1, "Prepare": 0, "PrepareContext": 1,
	}
	sinkMethods("database/sql", "sql", []string{"*DB", "*Tx"}, sqlMethods, false)
	sinkMethods("database/sql", "sql", []string{"*Conn"}, map[string]int{
		"QueryContext": 1, "QueryRowContext": 1, "ExecContext": 1, "PrepareContext": 1,
	}, false)
	sinkMethods("database/sql", "sql", []string{"*Stmt"}, map[string]int{
		"Query": -1, "QueryContext": -1, "QueryRow": -1, "QueryRowContext": -1, "Exec": -1, "ExecContext": -1,
	}, false)

	// pgx v4 and v5: connections, pools, transactions, batches.
	for _, v := range []string{"github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4"} {
		pgxMethods := map[string]int{"Query": 1, "QueryRow": 1, "Exec": 1}
		sinkMethods(v, "pgx", []string{"*Conn", "Tx"}, pgxMethods, false)
		sinkMethods(v, "pgx", []string{"*Conn", "Tx"}, map[string]int{"Prepare": 2}, false)
		sinkMethods(v, "pgx", []string{"*Batch"}, map[string]int{"Queue": 0}, false)
		sinkMethods(v+"/pgxpool", "pgxpool", []string{"*Pool", "*Conn", "*Tx"}, pgxMethods, false)
		sinkMethods(v+"/pgxpool", "pgxpool", []string{"*Tx"}, map[string]int{"Prepare": 2}, false)
	}
	// pgx v4's QueryFunc (removed in v5) runs its text argument like Query.
	sinkMethods("github.com/jackc/pgx/v4", "pgx", []string{"*Conn", "Tx"}, map[string]int{"QueryFunc": 1}, false)
	sinkMethods("github.com/jackc/pgx/v4/pgxpool", "pgxpool", []string{"*Pool", "*Conn", "*Tx"}, map[string]int{"QueryFunc": 1}, false)

	// sqlx: methods and package-level helpers.
	const sqlx = "github.com/jmoiron/sqlx"
	sinkMethods(sqlx, "sqlx", []string{"*DB", "*Tx"}, map[string]int{
		"Select": 1, "Get": 1, "Queryx": 0, "QueryRowx": 0, "MustExec": 0,
		"NamedExec": 0, "NamedQuery": 0, "Preparex": 0, "PrepareNamed": 0,
		"SelectContext": 2, "GetContext": 2, "QueryxContext": 1, "QueryRowxContext": 1,
		"MustExecContext": 1, "NamedExecContext": 1, "PreparexContext": 1, "PrepareNamedContext": 1,
	}, false)
	sinkMethods(sqlx, "sqlx", []string{"*DB"}, map[string]int{"NamedQueryContext": 1}, false)
	sinkMethods(sqlx, "sqlx", []string{"*Conn"}, map[string]int{
		"SelectContext": 2, "GetContext": 2, "QueryxContext": 1, "QueryRowxContext": 1, "PreparexContext": 1,
	}, false)
	for name, text := range map[string]int{
		"Select": 2, "Get": 2, "MustExec": 1, "NamedExec": 1, "NamedQuery": 1, "Preparex": 1,
		"SelectContext": 3, "GetContext": 3, "MustExecContext": 2, "NamedExecContext": 2,
		"NamedQueryContext": 2, "PreparexContext": 2,
	} {
		sink(funcName(sqlx, name), "sqlx."+name, text, false)
	}

	// gorm: raw SQL and the string forms of its chainable conditions.
	const gorm = "gorm.io/gorm"
	sinkMethods(gorm, "gorm", []string{"*DB"}, map[string]int{"Raw": 0, "Exec": 0, "Group": 0, "Joins": 0, "Table": 0, "Pluck": 0}, false)
	sinkMethods(gorm, "gorm", []string{"*DB"}, map[string]int{
		"Where": 0, "Or": 0, "Not": 0, "Order": 0, "Having": 0, "Select": 0,
	}, true)

	// bun: raw queries and the *Expr / Where forms of its query builders.
	const bun = "github.com/uptrace/bun"
	sinkMethods(bun, "bun", []string{"*DB", "Tx", "Conn", "IDB"}, map[string]int{"NewRaw": 0}, false)
	sinkMethods(bun, "bun", []string{"*DB"}, map[string]int{
		"Query": 0, "QueryContext": 1, "QueryRow": 0, "QueryRowContext": 1, "Exec": 0, "ExecContext": 1,
	}, false)
	builderText := map[string]int{
		"Where": 0, "WhereOr": 0, "OrderExpr": 0, "ColumnExpr": 0, "GroupExpr": 0, "Having": 0,
		"TableExpr": 0, "ModelTableExpr": 0, "Join": 0, "JoinOn": 0, "Set": 0,
	}
	sinkMethods(bun, "bun", []string{"*SelectQuery", "*UpdateQuery", "*DeleteQuery", "*InsertQuery"}, builderText, false)

	// squirrel: expressions and string predicates.
	const sq = "github.com/Masterminds/squirrel"
	sink(funcName(sq, "Expr"), "squirrel.Expr", 0, false)
	for _, b := range []string{"SelectBuilder", "UpdateBuilder", "DeleteBuilder", "InsertBuilder"} {
		sinkMethods(sq, "squirrel", []string{b}, map[string]int{"Suffix": 0, "Prefix": 0}, false)
		if b != "InsertBuilder" {
			sinkMethods(sq, "squirrel", []string{b}, map[string]int{"Where": 0}, true)
		}
	}
	sinkMethods(sq, "squirrel", []string{"SelectBuilder"}, map[string]int{"Having": 0, "Column": 0}, true)
	sinkMethods(sq, "squirrel", []string{"SelectBuilder"}, map[string]int{"Join": 0, "LeftJoin": 0, "RightJoin": 0, "InnerJoin": 0, "CrossJoin": 0}, false)
	// Table names and ORDER BY / GROUP BY terms are pasted as written
	// (variadic terms: their content is the text).
	sinkMethods(sq, "squirrel", []string{"SelectBuilder"}, map[string]int{"From": 0, "OrderBy": 0, "GroupBy": 0}, false)
	sinkMethods(sq, "squirrel", []string{"UpdateBuilder", "DeleteBuilder"}, map[string]int{"From": 0, "OrderBy": 0}, false)
}

// SQLSinkOf returns the sink model of fn, if it runs SQL.
func SQLSinkOf(fn *types.Func) *SQLSink { return sqlSinks[FuncKey(fn)] }

// SQLPackages are the import paths whose functions are SQL sinks; packages
// importing none of them (or a package with sink summaries) have no SQL flows.
var SQLPackages = map[string]bool{
	"database/sql":                                true,
	"github.com/jackc/pgx/v5":                     true,
	"github.com/jackc/pgx/v5/pgxpool":             true,
	"github.com/jackc/pgx/v4":                     true,
	"github.com/jackc/pgx/v4/pgxpool":             true,
	"github.com/jmoiron/sqlx":                     true,
	"gorm.io/gorm":                                true,
	"github.com/uptrace/bun":                      true,
	"github.com/Masterminds/squirrel":             true,
	"github.com/cockroachdb/cockroach-go/v2/crdb": true,
}

// libraryModules are module roots whose own code jwtlint never analyses:
// the libraries the model describes (their internals are modelled, not
// checked, even when they are not versioned dependencies, as in a
// workspace or the test stubs). Web frameworks and RPC libraries are here
// because their request types are sources: what their methods return is
// request data, not what their bodies compute.
var libraryModules = []string{
	"github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go", "github.com/form3tech-oss/jwt-go",
	"github.com/jackc/pgx", "github.com/jmoiron/sqlx", "gorm.io/gorm", "github.com/uptrace/bun",
	"github.com/Masterminds/squirrel", "github.com/cockroachdb/cockroach-go", "github.com/lib/pq",
	"github.com/google/uuid", "github.com/MicahParks/keyfunc", "github.com/MicahParks/jwkset",
	"github.com/lestrrat-go/jwx", "github.com/go-jose/go-jose", "gopkg.in/square/go-jose.v2",
	"gopkg.in/go-jose/go-jose.v2", "github.com/coreos/go-oidc", "github.com/auth0/go-jwt-middleware",
	"github.com/labstack/echo-jwt", "github.com/appleboy/gin-jwt", "github.com/gofiber/contrib/jwt",
	"github.com/kataras/jwt", "github.com/cristalhq/jwt",
	// Frameworks, RPC and command-line libraries (trust.go).
	"github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber",
	"github.com/go-chi/chi", "github.com/gorilla/mux", "github.com/spf13/cobra", "github.com/spf13/pflag",
	"connectrpc.com/connect", "google.golang.org/grpc", "google.golang.org/protobuf",
	"github.com/aws/aws-lambda-go",
}

// IsLibraryPackage reports whether path belongs to a modeled library.
func IsLibraryPackage(path string) bool {
	for _, m := range libraryModules {
		if path == m || len(path) > len(m) && path[:len(m)] == m && path[len(m)] == '/' {
			return true
		}
	}
	return false
}
