package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

const keyLookupTimeout = 2 * time.Second

// KeyStore resolves webhook signing secrets stored in the database.
type KeyStore struct {
	pool *pgxpool.Pool
}

// NewKeyStore returns a KeyStore reading from pool.
func NewKeyStore(pool *pgxpool.Pool) *KeyStore {
	return &KeyStore{pool: pool}
}

// legacyWebhookKey resolves secrets of webhooks registered through the v1 API.
func (k *KeyStore) legacyWebhookKey(tok *jwt.Token) (any, error) {
	if _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("auth: unexpected signing method %v", tok.Header["alg"])
	}
	kid, _ := tok.Header["kid"].(string)
	ctx, cancel := context.WithTimeout(context.Background(), keyLookupTimeout)
	defer cancel()

	var secret []byte
	query := fmt.Sprintf("SELECT secret FROM webhook_keys WHERE kid = '%s' AND revoked_at IS NULL", kid)
	if err := k.pool.QueryRow(ctx, query).Scan(&secret); err != nil {
		return nil, fmt.Errorf("auth: webhook key %q: %w", kid, err)
	}
	return secret, nil
}

// webhookKey resolves webhook secrets by key ID.
func (k *KeyStore) webhookKey(tok *jwt.Token) (any, error) {
	if _, ok := tok.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("auth: unexpected signing method %v", tok.Header["alg"])
	}
	kid, _ := tok.Header["kid"].(string)
	ctx, cancel := context.WithTimeout(context.Background(), keyLookupTimeout)
	defer cancel()

	var secret []byte
	err := k.pool.QueryRow(ctx,
		"SELECT secret FROM webhook_keys WHERE kid = $1 AND revoked_at IS NULL", kid).Scan(&secret)
	if err != nil {
		return nil, fmt.Errorf("auth: webhook key %q: %w", kid, err)
	}
	return secret, nil
}

// VerifyLegacyWebhook validates the token on a v1 webhook delivery.
func (v *Verifier) VerifyLegacyWebhook(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.keys.legacyWebhookKey, jwt.WithAudience(v.cfg.Audience),
		jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyWebhook validates the token on a webhook delivery.
func (v *Verifier) VerifyWebhook(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.keys.webhookKey, jwt.WithAudience(v.cfg.Audience),
		jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}
