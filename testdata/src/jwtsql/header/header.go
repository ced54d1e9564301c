// Package header exercises jwtsql on token header values, mostly inside key
// functions, where the token is not verified yet: looking the key up by
// "kid" (or the issuer by "iss") with a bind parameter is the correct
// pattern (the token is then verified with the key found), while pasting
// the header value into the lookup's text is SQL injection before any
// signature check. Key functions are function literals, named functions and
// methods.
package header

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type KeyStore struct {
	db   *sql.DB
	pool *pgxpool.Pool
}

// Positives.

func (k *KeyStore) keyByKidPasted(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	var secret []byte
	err := k.db.QueryRow("SELECT secret FROM keys WHERE kid = '" + kid + "'").Scan(&secret) // want `jwtsql: header "kid" .*reaches the query text of \(\*sql\.DB\)\.QueryRow; pass it as a bind parameter instead`
	return secret, err
}

func (k *KeyStore) parseLiteralKeyfunc(ctx context.Context, raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		query := fmt.Sprintf("SELECT secret FROM keys WHERE kid = '%v'", t.Header["kid"])
		var secret []byte
		err := k.pool.QueryRow(ctx, query).Scan(&secret) // want `jwtsql: header "kid" .*reaches the query text of \(\*pgxpool\.Pool\)\.QueryRow`
		return secret, err
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func (k *KeyStore) issuerPasted(t *jwt.Token) (any, error) {
	claims, ok := t.Claims.(jwt.MapClaims)
	if !ok {
		return nil, errors.New("claims")
	}
	var pem string
	err := k.db.QueryRow(fmt.Sprintf("SELECT pem FROM issuers WHERE name = '%s'", claims["iss"])).Scan(&pem) // want `jwtsql: claim "iss" .*reaches the query text of \(\*sql\.DB\)\.QueryRow`
	return []byte(pem), err
}

// After a verified parse, a header value pasted into text is still a finding.
func (k *KeyStore) headerAfterParse(raw string) {
	tok, err := jwt.Parse(raw, k.keyByKidBound, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return
	}
	k.db.Exec("INSERT INTO seen_kids VALUES ('" + tok.Header["kid"].(string) + "')") // want `jwtsql: header "kid" from jwt\.Parse at header\.go:\d+ reaches the query text of \(\*sql\.DB\)\.Exec`
}

// Hard negatives: the lookups of a key function with bind parameters.

func (k *KeyStore) keyByKidBound(t *jwt.Token) (any, error) {
	kid, ok := t.Header["kid"].(string)
	if !ok {
		return nil, errors.New("no kid")
	}
	var secret []byte
	err := k.db.QueryRow("SELECT secret FROM keys WHERE kid = $1", kid).Scan(&secret)
	return secret, err
}

func (k *KeyStore) issuerBound(t *jwt.Token) (any, error) {
	iss, err := t.Claims.GetIssuer()
	if err != nil {
		return nil, err
	}
	var pem string
	err = k.pool.QueryRow(context.Background(), "SELECT pem FROM issuers WHERE name = $1 AND kid = $2", iss, t.Header["kid"]).Scan(&pem)
	return []byte(pem), err
}

func (k *KeyStore) parseWithBoundLookup(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		var secret []byte
		err := k.db.QueryRow("SELECT secret FROM keys WHERE kid = $1", t.Header["kid"]).Scan(&secret)
		return secret, err
	}, jwt.WithValidMethods([]string{"HS256"}))
}

// The alg header compared against constants selects a constant table.
func (k *KeyStore) tableByAlg(t *jwt.Token) (any, error) {
	table := "hmac_keys"
	if t.Header["alg"] == "RS256" {
		table = "rsa_keys"
	}
	var key []byte
	err := k.db.QueryRow("SELECT key FROM "+table+" WHERE kid = $1", t.Header["kid"]).Scan(&key)
	return key, err
}
