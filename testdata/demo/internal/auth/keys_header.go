package auth

import (
	"context"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// PartnerConfig configures the verification of tokens minted by partner
// identity providers and by enrolled devices.
type PartnerConfig struct {
	Issuer   string
	Audience string
	// JWKSURL is the partner identity provider's key set.
	JWKSURL string
	// DeviceKeyDir holds one PEM public key per enrolled device, named
	// <kid>.pem.
	DeviceKeyDir string
}

// PartnerVerifier validates partner and device tokens.
type PartnerVerifier struct {
	cfg        PartnerConfig
	jwks       *jwksCache
	deviceKeys map[string]*rsa.PublicKey
}

// NewPartnerVerifier loads the partner key set and the device keys.
func NewPartnerVerifier(ctx context.Context, cfg PartnerConfig) (*PartnerVerifier, error) {
	cache := &jwksCache{url: cfg.JWKSURL, client: &http.Client{Timeout: 5 * time.Second}}
	if err := cache.Refresh(ctx); err != nil {
		return nil, err
	}
	go cache.refreshEvery(ctx, 15*time.Minute)
	devices, err := LoadDeviceKeys(cfg.DeviceKeyDir)
	if err != nil {
		return nil, err
	}
	return &PartnerVerifier{cfg: cfg, jwks: cache, deviceKeys: devices}, nil
}

// VerifyPartnerPush validates tokens that partners attach to pushed
// events. Partners rotate keys often, so the token names its key set.
func (p *PartnerVerifier) VerifyPartnerPush(raw string) (*Claims, error) {
	return p.verify(raw, p.keyFromJKU)
}

// VerifyPartnerCallback validates tokens of partner callbacks.
func (p *PartnerVerifier) VerifyPartnerCallback(raw string) (*Claims, error) {
	return p.verify(raw, p.partnerKey)
}

// VerifyDeviceLegacy validates tokens of devices enrolled before key sync.
func (p *PartnerVerifier) VerifyDeviceLegacy(raw string) (*Claims, error) {
	return p.verify(raw, p.deviceKeyFromFile)
}

// VerifyDevice validates tokens of enrolled devices.
func (p *PartnerVerifier) VerifyDevice(raw string) (*Claims, error) {
	return p.verify(raw, p.deviceKey)
}

func (p *PartnerVerifier) verify(raw string, keyFunc jwt.Keyfunc) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, keyFunc, jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer(p.cfg.Issuer), jwt.WithAudience(p.cfg.Audience), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// keyFromJKU fetches the key set the token's jku header names.
func (p *PartnerVerifier) keyFromJKU(tok *jwt.Token) (any, error) {
	jku, _ := tok.Header["jku"].(string)
	kid, _ := tok.Header["kid"].(string)
	keys, err := fetchJWKS(context.Background(), http.DefaultClient, jku)
	if err != nil {
		return nil, err
	}
	key, ok := keys[kid]
	if !ok {
		return nil, fmt.Errorf("auth: no key %q in %s", kid, jku)
	}
	return key, nil
}

// partnerKey looks the kid up in the configured partner key set.
func (p *PartnerVerifier) partnerKey(tok *jwt.Token) (any, error) {
	kid, _ := tok.Header["kid"].(string)
	key, ok := p.jwks.Key(kid)
	if !ok {
		return nil, fmt.Errorf("auth: unknown partner key %q", kid)
	}
	return key, nil
}

// deviceKeyFromFile reads the device key the token's kid names.
func (p *PartnerVerifier) deviceKeyFromFile(tok *jwt.Token) (any, error) {
	kid, _ := tok.Header["kid"].(string)
	pem, err := os.ReadFile(filepath.Join(p.cfg.DeviceKeyDir, kid+".pem"))
	if err != nil {
		return nil, fmt.Errorf("auth: device key %q: %w", kid, err)
	}
	return jwt.ParseRSAPublicKeyFromPEM(pem)
}

// deviceKey looks the kid up among the device keys loaded at start-up.
func (p *PartnerVerifier) deviceKey(tok *jwt.Token) (any, error) {
	kid, _ := tok.Header["kid"].(string)
	key, ok := p.deviceKeys[kid]
	if !ok {
		return nil, fmt.Errorf("auth: unknown device %q", kid)
	}
	return key, nil
}

// LoadDeviceKeys reads every <kid>.pem of dir.
func LoadDeviceKeys(dir string) (map[string]*rsa.PublicKey, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	keys := map[string]*rsa.PublicKey{}
	for _, e := range entries {
		kid, ok := strings.CutSuffix(e.Name(), ".pem")
		if !ok || e.IsDir() {
			continue
		}
		pem, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		key, err := jwt.ParseRSAPublicKeyFromPEM(pem)
		if err != nil {
			return nil, fmt.Errorf("auth: device key %s: %w", e.Name(), err)
		}
		keys[kid] = key
	}
	return keys, nil
}

// jwksCache keeps the RSA keys of a key set, refreshed in the background.
type jwksCache struct {
	url    string
	client *http.Client

	mu   sync.RWMutex
	keys map[string]*rsa.PublicKey
}

// Key returns the key with ID kid.
func (c *jwksCache) Key(kid string) (*rsa.PublicKey, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	key, ok := c.keys[kid]
	return key, ok
}

// Refresh downloads the key set again.
func (c *jwksCache) Refresh(ctx context.Context) error {
	keys, err := fetchJWKS(ctx, c.client, c.url)
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.keys = keys
	c.mu.Unlock()
	return nil
}

func (c *jwksCache) refreshEvery(ctx context.Context, d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_ = c.Refresh(ctx)
		}
	}
}

// fetchJWKS downloads a JSON Web Key Set and returns its RSA keys by kid.
func fetchJWKS(ctx context.Context, client *http.Client, url string) (map[string]*rsa.PublicKey, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("auth: key set %s: %s", url, resp.Status)
	}
	var doc struct {
		Keys []struct {
			Kid string `json:"kid"`
			Kty string `json:"kty"`
			N   string `json:"n"`
			E   string `json:"e"`
		} `json:"keys"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		return nil, fmt.Errorf("auth: key set %s: %w", url, err)
	}
	keys := map[string]*rsa.PublicKey{}
	for _, k := range doc.Keys {
		if k.Kty != "RSA" {
			continue
		}
		n, err := base64.RawURLEncoding.DecodeString(k.N)
		if err != nil {
			return nil, fmt.Errorf("auth: key %q: %w", k.Kid, err)
		}
		e, err := base64.RawURLEncoding.DecodeString(k.E)
		if err != nil {
			return nil, fmt.Errorf("auth: key %q: %w", k.Kid, err)
		}
		keys[k.Kid] = &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
	}
	return keys, nil
}
