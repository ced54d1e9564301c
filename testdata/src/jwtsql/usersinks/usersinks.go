// Package usersinks exercises jwtsql with user-named sinks, sources and
// sanitizers; the test sets
//
//	-sinks=jwtsql/usersinks/dblib.Exec:1
//	-sources=jwtsql/usersinks/session.Subject:0,jwtsql/usersinks/session.Pair:1
//	-sanitizers=jwtsql/usersinks/dblib.Ident:0
//
// so dblib.Exec runs its second argument, session.Subject returns token
// data, and dblib.Ident ends a flow like pq.QuoteIdentifier.
package usersinks

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/golang-jwt/jwt/v5"

	"jwtsql/usersinks/dblib"
	"jwtsql/usersinks/session"
)

// Positives.

func claimIntoUserSink(ctx context.Context, claims jwt.MapClaims) {
	dblib.Exec(ctx, "DELETE FROM notes WHERE owner = '"+claims["sub"].(string)+"'") // want `jwtsql: claim "sub" of jwt\.MapClaims reaches the query text of dblib\.Exec; pass it as a bind parameter instead`
}

func userSourceIntoSQL(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = '" + session.Subject(r) + "'") // want `jwtsql: the result of Subject .*reaches the query text of \(\*sql\.DB\)\.Query`
}

func userSourceIntoUserSink(ctx context.Context, r *http.Request) {
	dblib.Exec(ctx, "DELETE FROM notes WHERE owner = '"+session.Subject(r)+"'") // want `jwtsql: the result of Subject .*reaches the query text of dblib\.Exec`
}

// Only the result the flag names is token data.
func namedResult(db *sql.DB, r *http.Request) {
	trace, sub := session.Pair(r)
	db.Query("SELECT id FROM notes WHERE owner = '" + sub + "'") // want `jwtsql: the result of Pair .*reaches the query text`
	db.Query("SELECT id FROM notes WHERE trace = '" + trace + "'")
}

// Hard negatives.

func bound(ctx context.Context, db *sql.DB, r *http.Request, claims jwt.MapClaims) {
	dblib.Exec(ctx, "DELETE FROM notes WHERE owner = $1", claims["sub"])
	db.Query("SELECT id FROM notes WHERE owner = $1", session.Subject(r))
}

func sanitized(ctx context.Context, claims jwt.MapClaims) {
	dblib.Exec(ctx, "SELECT id FROM "+dblib.Ident(claims["tenant"].(string))+".notes")
}
