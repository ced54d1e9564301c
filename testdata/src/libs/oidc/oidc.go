// Package oidc exercises the parse checks on coreos/go-oidc v3: the
// Config switches that turn checks off, the insecure issuer context, a
// dropped Verify error, and the IDToken as token data.
package oidc

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/coreos/go-oidc/v3/oidc"
)

var db *sql.DB

func grant(v any) {}

// The defaults: signature, aud (ClientID), iss and exp checked.
func defaults(ctx context.Context, p *oidc.Provider, raw string) error {
	tok, err := p.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw)
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// The signature switched off.
func skipSignature(ctx context.Context, p *oidc.Provider, raw string) error {
	v := p.Verifier(&oidc.Config{ClientID: "api", InsecureSkipSignatureCheck: true})
	tok, err := v.Verify(ctx, raw) // want `jwtverify: \(\*oidc\.IDTokenVerifier\)\.Verify skips the signature check \(InsecureSkipSignatureCheck in its configuration\), but the token's data is used at line 35`
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// Each claim check switched off.
func skipClaims(ctx context.Context, p *oidc.Provider, raw string) error {
	cfg := &oidc.Config{SkipClientIDCheck: true, SkipIssuerCheck: true, SkipExpiryCheck: true}
	tok, err := p.Verifier(cfg).Verify(ctx, raw) // want `jwtclaims: \(\*oidc\.IDTokenVerifier\)\.Verify switches off its aud, iss, exp checks in its configuration, so expired tokens are accepted; remove SkipClientIDCheck and set ClientID; remove SkipIssuerCheck; remove SkipExpiryCheck`
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// A switch set to a constant false is no switch.
func skipFalse(ctx context.Context, p *oidc.Provider, raw string) error {
	tok, err := p.Verifier(&oidc.Config{ClientID: "api", SkipExpiryCheck: false}).Verify(ctx, raw)
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// A key set verifier built by hand.
func keySet(ctx context.Context, raw string) error {
	ks := oidc.NewRemoteKeySet(ctx, "https://idp/keys")
	v := oidc.NewVerifier("https://idp", ks, &oidc.Config{ClientID: "api", SupportedSigningAlgs: []string{"RS256"}})
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// The Verify error dropped.
func errorDropped(ctx context.Context, v *oidc.IDTokenVerifier, raw string) {
	tok, _ := v.Verify(ctx, raw) // want `jwtverify: the error of \(\*oidc\.IDTokenVerifier\)\.Verify is discarded; it returns no token when verification fails`
	grant(tok)
}

// The issuer of the discovery document not checked.
func insecureIssuer(ctx context.Context, raw string) error {
	ctx = oidc.InsecureIssuerURLContext(ctx, "https://login.example/common") // want `jwtclaims: oidc\.InsecureIssuerURLContext accepts a discovery document whose issuer differs from the URL`
	p, err := oidc.NewProvider(ctx, "https://login.example/tenant")
	if err != nil {
		return err
	}
	tok, err := p.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw)
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}

// The ID token's fields and claims are token data.
func subjectInSQL(ctx context.Context, v *oidc.IDTokenVerifier, raw string) error {
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return err
	}
	if _, err := db.Exec(fmt.Sprintf("UPDATE users SET seen = now() WHERE sub = '%s'", tok.Subject)); err != nil { // want `jwtsql: the token from \(\*oidc\.IDTokenVerifier\)\.Verify at oidc\.go:95 reaches the query text of \(\*sql\.DB\)\.Exec`
		return err
	}
	var claims struct {
		Email string `json:"email"`
	}
	if err := tok.Claims(&claims); err != nil {
		return err
	}
	_, err = db.Exec("DELETE FROM sessions WHERE email = '" + claims.Email + "'") // want `jwtsql: claim "email" from \(\*oidc\.IDTokenVerifier\)\.Verify at oidc\.go:95 reaches the query text`
	return err
}

// Twin: bind parameters.
func subjectBound(ctx context.Context, v *oidc.IDTokenVerifier, raw string) error {
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return err
	}
	_, err = db.Exec("UPDATE users SET seen = now() WHERE sub = $1", tok.Subject)
	return err
}

// The raw token given to Verify is token data before it is verified.
func rawInSQL(ctx context.Context, v *oidc.IDTokenVerifier, raw string) error {
	if _, err := v.Verify(ctx, raw); err != nil {
		return err
	}
	_, err := db.Exec("INSERT INTO seen_tokens VALUES ('" + raw + "')") // want `jwtsql: the raw token given to \(\*oidc\.IDTokenVerifier\)\.Verify at oidc\.go:124 reaches the query text`
	return err
}

// Twin: the raw token bound.
func rawBound(ctx context.Context, v *oidc.IDTokenVerifier, raw string) error {
	if _, err := v.Verify(ctx, raw); err != nil {
		return err
	}
	_, err := db.Exec("INSERT INTO seen_tokens VALUES ($1)", raw)
	return err
}

// Twin of the dropped error: the error checked.
func errorChecked(ctx context.Context, v *oidc.IDTokenVerifier, raw string) {
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return
	}
	grant(tok)
}

// Twin of the insecure issuer context: the client context only.
func clientContext(ctx context.Context, raw string) error {
	ctx = oidc.ClientContext(ctx, nil)
	p, err := oidc.NewProvider(ctx, "https://login.example/tenant")
	if err != nil {
		return err
	}
	tok, err := p.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw)
	if err != nil {
		return err
	}
	grant(tok.Subject)
	return nil
}
