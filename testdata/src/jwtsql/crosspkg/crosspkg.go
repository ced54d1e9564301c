// Package crosspkg exercises jwtsql across packages: claims returned by the
// helpers of jwtsql/crosspkg/authn (UserID, Tenant: token data by their
// summaries) pasted into query text here, directly or through the wrappers
// of jwtsql/crosspkg/store, are reported here; bound as parameters they are
// not, unless the helper returns unverified claims (authn.Peek).
package crosspkg

import (
	"database/sql"
	"fmt"
	"net/http"

	"jwtsql/crosspkg/authn"
	"jwtsql/crosspkg/store"
)

// Positives.

func helperPasted(db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = '" + authn.UserID(r) + "'") // want `jwtsql: claim "sub" of authn\.Claims reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
}

func helperSprintf(db *sql.DB, r *http.Request) {
	q := fmt.Sprintf("SELECT id FROM notes WHERE tenant = '%s'", authn.Tenant(r.Context()))
	db.QueryContext(r.Context(), q) // want `jwtsql: claim "tenant" of authn\.Claims reaches the query text of \(\*sql\.DB\)\.QueryContext`
}

func throughWrapper(s *store.Store, r *http.Request) {
	s.Find("owner = '" + authn.UserID(r) + "'") // want `jwtsql: claim "sub" of authn\.Claims reaches the query text of \(\*sql\.DB\)\.Query \(through \(\*store\.Store\)\.Find, which runs it at store\.go:\d+\)`
}

func wrapperBuildsAroundClaim(s *store.Store, r *http.Request) {
	s.Find(authn.UserID(r)) // want `jwtsql: claim "sub" .*reaches the query text of \(\*sql\.DB\)\.Query \(through \(\*store\.Store\)\.Find`
}

func unverifiedHelperBound(s *store.Store, db *sql.DB, r *http.Request) {
	sub := authn.Peek(r.Header.Get("Authorization"))
	db.Query("SELECT id FROM notes WHERE owner = $1", sub) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Query, but the token was not verified \(\(\*jwt\.Parser\)\.ParseUnverified at authn\.go:\d+\)`
	s.ByOwner(sub)                                         // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Query \(through \(\*store\.Store\)\.ByOwner, which runs it at store\.go:\d+\), but the token was not verified`
}

// Hard negatives.

func helperBound(s *store.Store, db *sql.DB, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE owner = $1 AND tenant = $2", authn.UserID(r), authn.Tenant(r.Context()))
	s.ByOwner(authn.UserID(r))
}

func wrapperConst(s *store.Store) {
	s.Find("public")
}
