package auth

import (
	"errors"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/lestrrat-go/jwx/v3/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v3/jwt"
)

// idpKeySet is the identity provider's keys as a JWK set.
func (v *Verifier) idpKeySet() (jwk.Set, error) {
	set := jwk.NewSet()
	for kid, pub := range v.cfg.IdPKeys {
		key, err := jwk.Import(pub)
		if err != nil {
			return nil, err
		}
		if err := key.Set(jwk.KeyIDKey, kid); err != nil {
			return nil, err
		}
		if err := set.AddKey(key); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// fromJWX copies the claims the API uses out of a jwx token.
func fromJWX(tok jwxjwt.Token) (*Claims, error) {
	c := &Claims{}
	sub, ok := tok.Subject()
	if !ok {
		return nil, errors.New("auth: token has no subject")
	}
	c.Subject = sub
	if err := tok.Get("tenant", &c.Tenant); err != nil {
		return nil, err
	}
	return c, nil
}

// VerifyGatewayToken accepts tokens the API gateway forwards. The gateway
// checks signatures, so this only reads the claims.
func (v *Verifier) VerifyGatewayToken(raw string) (*Claims, error) {
	tok, err := jwxjwt.ParseString(raw, jwxjwt.WithVerify(false))
	if err != nil {
		return nil, err
	}
	return fromJWX(tok)
}

// VerifyGatewayTokenV2 verifies forwarded tokens with the identity
// provider's keys, issuer and audience.
func (v *Verifier) VerifyGatewayTokenV2(raw string) (*Claims, error) {
	set, err := v.idpKeySet()
	if err != nil {
		return nil, err
	}
	tok, err := jwxjwt.ParseString(raw, jwxjwt.WithKeySet(set), jwxjwt.WithIssuer(v.cfg.IdPIssuer),
		jwxjwt.WithAudience(v.cfg.Audience), jwxjwt.WithRequiredClaim(jwxjwt.ExpirationKey))
	if err != nil {
		return nil, err
	}
	return fromJWX(tok)
}

// partnerClaims are the claims of partner tokens (go-jose).
type partnerClaims struct {
	josejwt.Claims
	Tenant string `json:"tenant"`
}

func (v *Verifier) partnerKey(tok *josejwt.JSONWebToken) (any, error) {
	if len(tok.Headers) == 0 {
		return nil, errors.New("auth: token has no header")
	}
	key, ok := v.cfg.IdPKeys[tok.Headers[0].KeyID]
	if !ok {
		return nil, errors.New("auth: unknown key")
	}
	return key, nil
}

// VerifyPartnerExport verifies tokens of the partner export integration.
func (v *Verifier) VerifyPartnerExport(raw string) (*Claims, error) {
	tok, err := josejwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return nil, err
	}
	key, err := v.partnerKey(tok)
	if err != nil {
		return nil, err
	}
	var pc partnerClaims
	if err := tok.Claims(key, &pc); err != nil {
		return nil, err
	}
	return &Claims{Tenant: pc.Tenant, RegisteredClaims: registered(pc.Subject)}, nil
}

// VerifyPartnerExportV2 verifies partner export tokens and their issuer,
// audience and lifetime.
func (v *Verifier) VerifyPartnerExportV2(raw string) (*Claims, error) {
	tok, err := josejwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return nil, err
	}
	key, err := v.partnerKey(tok)
	if err != nil {
		return nil, err
	}
	var pc partnerClaims
	if err := tok.Claims(key, &pc); err != nil {
		return nil, err
	}
	if pc.Expiry == nil {
		return nil, errors.New("auth: token has no expiry")
	}
	expected := josejwt.Expected{Issuer: v.cfg.IdPIssuer, AnyAudience: josejwt.Audience{v.cfg.Audience}, Time: time.Now()}
	if err := pc.Validate(expected); err != nil {
		return nil, err
	}
	return &Claims{Tenant: pc.Tenant, RegisteredClaims: registered(pc.Subject)}, nil
}
