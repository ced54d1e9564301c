package auth

import (
	"crypto/rsa"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

// idpKey returns the identity provider's public key named by the token's kid.
func (v *Verifier) idpKey(tok *jwt.Token) (any, error) {
	kid, _ := tok.Header["kid"].(string)
	key, ok := v.cfg.IdPKeys[kid]
	if !ok {
		return nil, fmt.Errorf("auth: unknown identity provider key %q", kid)
	}
	return key, nil
}

func (v *Verifier) serviceKey(*jwt.Token) (any, error) {
	return v.cfg.ServiceKey, nil
}

// VerifyIDToken validates an ID token from the identity provider.
func (v *Verifier) VerifyIDToken(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.idpKey, jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(v.cfg.IdPIssuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyPartnerToken validates ID tokens that partner organisations obtain
// from the identity provider.
func (v *Verifier) VerifyPartnerToken(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.idpKey, jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyServiceToken validates tokens minted by the deploy pipeline.
func (v *Verifier) VerifyServiceToken(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.serviceKey, jwt.WithValidMethods([]string{"RS256", "none"}),
		jwt.WithIssuer(v.cfg.ServiceIssuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyJobToken validates tokens minted by the batch scheduler.
func (v *Verifier) VerifyJobToken(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.serviceKey, jwt.WithValidMethods([]string{"RS256", "RS384", "RS512"}),
		jwt.WithIssuer(v.cfg.ServiceIssuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyFederated accepts both identity provider ID tokens and deploy
// pipeline tokens, choosing the key and issuer from the token's kid.
func (v *Verifier) VerifyFederated(raw string) (*Claims, error) {
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, &Claims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)

	var key *rsa.PublicKey
	var issuer string
	if k, ok := v.cfg.IdPKeys[kid]; ok {
		key, issuer = k, v.cfg.IdPIssuer
	} else if kid == v.cfg.ServiceKeyID {
		key, issuer = v.cfg.ServiceKey, v.cfg.ServiceIssuer
	} else {
		return nil, fmt.Errorf("auth: unknown key %q", kid)
	}

	keyFunc := func(*jwt.Token) (any, error) { return key, nil }
	claims := &Claims{}
	_, err = jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(issuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}
