// Package issuer exercises jwtheader on claims read before the token is
// verified: the "trust the iss" multi-tenant pattern, where the issuer of
// an unverified token picks the identity provider whose keys then verify
// it (SSRF, and a forger names a provider of his own). Claims of an
// unverified decode (golang-jwt ParseUnverified, jwx ParseInsecure,
// go-jose UnsafeClaimsWithoutVerification, kataras Decode, cristalhq
// ParseNoVerify) and claims read inside a key function are forgeable; an
// issuer looked up in (or compared with) trusted issuers from
// configuration is the correct pattern, and claims of a verified token are
// no concern of jwtheader.
package issuer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	crjwt "github.com/cristalhq/jwt/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	katjwt "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

// Positives.

// golang-jwt: the issuer of ParseUnverified chooses the provider, whose
// verifier then verifies the same token (key selection for jwtverify, but
// the provider is the token's choice).
func providerFromUnverified(ctx context.Context, raw string) (*oidc.IDToken, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	iss, _ := claims["iss"].(string)
	provider, err := oidc.NewProvider(ctx, iss) // want `jwtheader: unverified claim "iss" from \(\*jwt\.Parser\)\.ParseUnverified at issuer\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from: the token chooses where the verification keys come from \(SSRF, and a forger serves keys of his own\); map the issuers you trust to their providers or JWKS URLs in configuration and look the claim up there`
	if err != nil {
		return nil, err
	}
	return provider.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw)
}

type KeySets struct{ ctx context.Context }

// A claim read inside a key function: the token is not verified yet.
func (k *KeySets) keySetOfIssuer(t *jwt.Token) (any, error) {
	iss, err := t.Claims.GetIssuer()
	if err != nil {
		return nil, err
	}
	ks := oidc.NewRemoteKeySet(k.ctx, iss+"/.well-known/jwks.json") // want `jwtheader: unverified claim "iss" of the token given to key function \w+ reaches the URL oidc\.NewRemoteKeySet fetches keys from`
	return ks, nil
}

func mapClaimInKeyfunc(t *jwt.Token) (any, error) {
	claims, _ := t.Claims.(jwt.MapClaims)
	resp, err := http.Get(claims["iss"].(string) + "/keys") // want `jwtheader: unverified claim "iss" of the token given to key function \w+ reaches the URL http\.Get requests`
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// jwx: ParseInsecure.
func jwxInsecure(ctx context.Context, raw []byte) (jwk.Set, error) {
	tok, err := jwxjwt.ParseInsecure(raw)
	if err != nil {
		return nil, err
	}
	return jwk.Fetch(ctx, tok.Issuer()+"/jwks.json") // want `jwtheader: unverified claim "iss" from jwt\.ParseInsecure at issuer\.go:\d+ reaches the URL jwk\.Fetch fetches keys from`
}

// go-jose: UnsafeClaimsWithoutVerification.
func joseUnsafe(ctx context.Context, raw string) (*oidc.Provider, error) {
	tok, err := josejwt.ParseSigned(raw, nil)
	if err != nil {
		return nil, err
	}
	var c josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil {
		return nil, err
	}
	return oidc.NewProvider(ctx, c.Issuer) // want `jwtheader: unverified claim "iss" from \(\*jwt\.JSONWebToken\)\.UnsafeClaimsWithoutVerification at issuer\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from`
}

// kataras/jwt: Decode.
func katarasDecode(ctx context.Context, raw []byte) (*oidc.Provider, error) {
	ut, err := katjwt.Decode(raw)
	if err != nil {
		return nil, err
	}
	var c struct {
		Issuer string `json:"iss"`
	}
	if err := json.Unmarshal(ut.Payload, &c); err != nil {
		return nil, err
	}
	return oidc.NewProvider(ctx, c.Issuer) // want `jwtheader: .*from jwt\.Decode at issuer\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from`
}

// cristalhq/jwt: ParseNoVerify.
func cristalNoVerify(ctx context.Context, raw []byte) (*oidc.Provider, error) {
	tok, err := crjwt.ParseNoVerify(raw)
	if err != nil {
		return nil, err
	}
	var c crjwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		return nil, err
	}
	return oidc.NewProvider(ctx, c.Issuer) // want `jwtheader: unverified claim "iss" .*jwt\.ParseNoVerify at issuer\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from`
}

// A parse whose error is dropped hands out claims of a token that may have
// failed verification (jwtverify reports the parse, jwtheader the fetch).
func droppedError(ctx context.Context, raw string, keyFunc jwt.Keyfunc) (*oidc.Provider, error) {
	tok, _ := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
	iss, _ := tok.Claims.GetIssuer()
	return oidc.NewProvider(ctx, iss) // want `jwtheader: unverified claim "iss" from jwt\.Parse at issuer\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from`
}

// Hard negatives.

// Header values in SQL are jwtsql's: no jwtheader finding at an SQL call.
func headerInSQL(db *sql.DB, t *jwt.Token) error {
	_, err := db.Exec("DELETE FROM keys WHERE kid = '" + t.Header["kid"].(string) + "'")
	return err
}

// The correct multi-tenant pattern: trusted issuers map to providers
// built at start-up.
type Tenants struct {
	providers map[string]*oidc.Provider
	issuers   map[string]string // issuer → JWKS URL, from configuration
}

func (ts *Tenants) verify(ctx context.Context, raw string) (*oidc.IDToken, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	iss, _ := claims["iss"].(string)
	p, ok := ts.providers[iss]
	if !ok {
		return nil, errors.New("unknown issuer")
	}
	return p.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw)
}

// The JWKS URL looked up by issuer: the URL comes from configuration.
func (ts *Tenants) keySet(ctx context.Context, t *jwt.Token) (any, error) {
	iss, err := t.Claims.GetIssuer()
	if err != nil {
		return nil, err
	}
	u, ok := ts.issuers[iss]
	if !ok {
		return nil, errors.New("unknown issuer")
	}
	return oidc.NewRemoteKeySet(ctx, u), nil
}

// The issuer checked against configured issuers before discovery.
func (ts *Tenants) checkedIssuer(ctx context.Context, raw string) (*oidc.Provider, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	iss, _ := claims["iss"].(string)
	if _, ok := ts.issuers[iss]; !ok {
		return nil, errors.New("unknown issuer")
	}
	return oidc.NewProvider(ctx, iss)
}

// Claims of a verified token: the issuer signed them.
func verifiedIssuer(ctx context.Context, raw string, keyFunc jwt.Keyfunc) (*oidc.Provider, error) {
	claims := jwt.MapClaims{}
	if _, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return nil, err
	}
	iss, _ := claims["iss"].(string)
	return oidc.NewProvider(ctx, iss)
}

func jwxVerified(ctx context.Context, raw []byte, set jwk.Set) (jwk.Set, error) {
	tok, err := jwxjwt.Parse(raw, jwxjwt.WithKeySet(set))
	if err != nil {
		return nil, err
	}
	return jwk.Fetch(ctx, tok.Issuer()+"/jwks.json")
}
