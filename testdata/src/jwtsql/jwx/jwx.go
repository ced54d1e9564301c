// Package jwx exercises jwtsql on lestrrat-go/jwx tokens, whose claims are
// read through accessors (Subject(), Get("tenant"); in v3 Subject() returns
// (string, bool) and Get("tenant", &dst) writes into dst) and whose JOSE
// headers through jws.Headers (KeyID()). A verified token's claims pasted into query
// text are SQL injection; as bind parameters they are the correct pattern.
// A token of jwt.ParseInsecure is not verified: its claims reaching any SQL
// argument are reported. Numeric claims and claims tested against a
// constant set cannot carry SQL syntax.
package jwx

import (
	"database/sql"
	"fmt"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jwt3 "github.com/lestrrat-go/jwx/v3/jwt"

	"jwtsql/jwx/jwxauth"
)

var key = []byte("0123456789abcdef0123456789abcdef")

// Positives.

func subjectPasted(db *sql.DB, raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	q := fmt.Sprintf("SELECT * FROM notes WHERE owner = '%s'", tok.Subject())
	_, err = db.Query(q) // want `jwtsql: claim "sub" from jwt\.Parse at jwx\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query; pass it as a bind parameter instead`
	return err
}

func getPasted(db *sql.DB, raw string) error {
	tok, err := jwt.ParseString(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	v, ok := tok.Get("tenant")
	if !ok {
		return nil
	}
	tenant, _ := v.(string)
	_, err = db.Exec("DELETE FROM sessions WHERE tenant = '" + tenant + "'") // want `jwtsql: claim "tenant" from jwt\.ParseString at jwx\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec`
	return err
}

// A token handed in by a caller: its accessors are claims wherever it
// comes from.
func tokenParamPasted(db *sql.DB, tok jwt.Token) {
	db.Query("SELECT * FROM orgs WHERE issuer = '" + tok.Issuer() + "'") // want `jwtsql: claim "iss" of jwt\.Token reaches the query text of \(\*sql\.DB\)\.Query`
}

// A claim returned by a helper of a package that imports jwx only.
func helperPasted(db *sql.DB, raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	_, err = db.Query("SELECT * FROM notes WHERE owner = '" + jwxauth.Owner(tok) + "'") // want `jwtsql: claim "sub" of jwt\.Token reaches the query text of \(\*sql\.DB\)\.Query`
	return err
}

func insecureBound(db *sql.DB, raw []byte) error {
	tok, err := jwt.ParseInsecure(raw)
	if err != nil {
		return err
	}
	_, err = db.Exec("UPDATE users SET last_seen = now() WHERE id = $1", tok.Subject()) // want `jwtsql: claim "sub" reaches \(\*sql\.DB\)\.Exec, but the token was not verified \(jwt\.ParseInsecure at jwx\.go:\d+\), so the query acts on forged data; use claims only from a verified token`
	return err
}

func headerKidPasted(db *sql.DB, raw []byte) error {
	msg, err := jws.Parse(raw)
	if err != nil {
		return err
	}
	kid := msg.Signatures()[0].ProtectedHeaders().KeyID()
	var secret []byte
	return db.QueryRow("SELECT secret FROM keys WHERE kid = '" + kid + "'").Scan(&secret) // want `jwtsql: header "kid" .*reaches the query text of \(\*sql\.DB\)\.QueryRow`
}

// v3: Get writes the claim into its second argument.
func v3GetPasted(db *sql.DB, raw []byte) error {
	tok, err := jwt3.Parse(raw, jwt3.WithKey(jwa3.HS256(), key))
	if err != nil {
		return err
	}
	var tenant string
	if err := tok.Get("tenant", &tenant); err != nil {
		return err
	}
	_, err = db.Query("SELECT * FROM notes WHERE tenant = '" + tenant + "'") // want `jwtsql: claim "tenant" from jwt\.Parse at jwx\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Query`
	return err
}

func v3SubjectPasted(db *sql.DB, raw []byte) error {
	tok, err := jwt3.Parse(raw, jwt3.WithKey(jwa3.HS256(), key))
	if err != nil {
		return err
	}
	sub, ok := tok.Subject()
	if !ok {
		return nil
	}
	_, err = db.Query(fmt.Sprintf("SELECT * FROM notes WHERE owner = '%s'", sub)) // want `jwtsql: claim "sub" from jwt\.Parse at jwx\.go:\d+ reaches the query text`
	return err
}

func v3InsecureGetBound(db *sql.DB, raw []byte) error {
	tok, err := jwt3.ParseInsecure(raw)
	if err != nil {
		return err
	}
	var role string
	if err := tok.Get("role", &role); err != nil {
		return err
	}
	_, err = db.Exec("UPDATE users SET role = $1", role) // want `jwtsql: claim "role" reaches \(\*sql\.DB\)\.Exec, but the token was not verified \(jwt\.ParseInsecure at jwx\.go:\d+\)`
	return err
}

// Negatives.

func v3GetBound(db *sql.DB, raw []byte) error {
	tok, err := jwt3.Parse(raw, jwt3.WithKey(jwa3.HS256(), key))
	if err != nil {
		return err
	}
	var tenant string
	if err := tok.Get("tenant", &tenant); err != nil {
		return err
	}
	sub, _ := tok.Subject()
	_, err = db.Query("SELECT * FROM notes WHERE tenant = $1 AND owner = $2", tenant, sub)
	return err
}

func subjectBound(db *sql.DB, raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	tenant, _ := tok.Get("tenant")
	_, err = db.Query("SELECT * FROM notes WHERE owner = $1 AND tenant = $2", tok.Subject(), tenant)
	return err
}

func numericClaim(db *sql.DB, raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	v, _ := tok.Get("lvl")
	lvl, _ := v.(float64)
	q := fmt.Sprintf("SELECT * FROM limits WHERE level <= %d AND expires > %d", int(lvl), tok.Expiration().Unix())
	_, err = db.Query(q)
	return err
}

func subjectInConstantSet(db *sql.DB, raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, key))
	if err != nil {
		return err
	}
	switch sub := tok.Subject(); sub {
	case "reports", "billing":
		_, err = db.Query("SELECT * FROM service_" + sub)
	}
	return err
}

// A header value used as a bind parameter of the key lookup.
func headerKidBound(db *sql.DB, raw []byte) error {
	msg, err := jws.Parse(raw)
	if err != nil {
		return err
	}
	kid := msg.Signatures()[0].ProtectedHeaders().KeyID()
	var secret []byte
	return db.QueryRow("SELECT secret FROM keys WHERE kid = $1", kid).Scan(&secret)
}
