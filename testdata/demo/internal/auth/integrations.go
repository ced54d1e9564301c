package auth

import (
	"context"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

// integrationIssuer is the issuer of tokens minted by partner integrations.
const integrationIssuer = "notes-integrations"

// integrationKey resolves the key a partner integration registered: its
// RSA public key (PEM), or for older integrations a shared HMAC secret.
func (k *KeyStore) integrationKey(tok *jwt.Token) (any, error) {
	kid, _ := tok.Header["kid"].(string)
	ctx, cancel := context.WithTimeout(context.Background(), keyLookupTimeout)
	defer cancel()

	var material []byte
	err := k.pool.QueryRow(ctx, "SELECT key_material FROM integration_keys WHERE kid = $1", kid).Scan(&material)
	if err != nil {
		return nil, fmt.Errorf("auth: integration key %q: %w", kid, err)
	}
	switch tok.Method.(type) {
	case *jwt.SigningMethodRSA:
		return jwt.ParseRSAPublicKeyFromPEM(material)
	case *jwt.SigningMethodHMAC:
		return material, nil
	}
	return nil, fmt.Errorf("auth: unexpected signing method %v", tok.Header["alg"])
}

// VerifyIntegration validates tokens of partner integrations, signed with
// their RSA key or MACed with their shared secret.
func (v *Verifier) VerifyIntegration(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.keys.integrationKey, jwt.WithValidMethods([]string{"RS256", "HS256"}),
		jwt.WithIssuer(integrationIssuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyRSAIntegration validates tokens of partner integrations that sign
// with an RSA key.
func (v *Verifier) VerifyRSAIntegration(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.keys.integrationKey, jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(integrationIssuer), jwt.WithAudience(v.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}
