package issuer

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
)

// A tenant claim pasted after a constant scheme and host: the token
// chooses a path on the identity provider the code names (its tenant's
// issuer URL), not where the request goes.
func tenantProvider(ctx context.Context, raw string) (*oidc.Provider, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	tid, _ := claims["tid"].(string)
	return oidc.NewProvider(ctx, "https://login.idp.example/"+tid+"/v2.0")
}

// Twin: the constant names a scheme and the start of a host, so the
// claim completes the host ("https://login." + "evil.example/").
func tenantHostProvider(ctx context.Context, raw string) (*oidc.Provider, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	tid, _ := claims["tid"].(string)
	return oidc.NewProvider(ctx, "https://login."+tid+"/v2.0") // want `jwtheader: unverified claim "tid" from \(\*jwt\.Parser\)\.ParseUnverified at tenant\.go:\d+ reaches the URL oidc\.NewProvider fetches keys from`
}
