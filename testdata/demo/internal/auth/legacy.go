package auth

import (
	"errors"
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

// legacyClaims are the claims of session tokens issued by the v0 API,
// which still uses golang-jwt v4.
type legacyClaims struct {
	Tenant string `json:"tenant"`
	Role   string `json:"role"`
	jwtv4.RegisteredClaims
}

func (v *Verifier) legacySessionKey(*jwtv4.Token) (any, error) {
	return v.cfg.SessionSecret, nil
}

// RefreshLegacySession exchanges a v0 session token for a current one.
// Sessions that expired less than refreshGrace ago can still be refreshed.
func (v *Verifier) RefreshLegacySession(raw string) (string, error) {
	tok, err := jwtv4.ParseWithClaims(raw, &legacyClaims{}, v.legacySessionKey, jwtv4.WithValidMethods([]string{"HS256"}))
	if err != nil {
		if errors.Is(err, jwtv4.ErrTokenExpired) {
			c := tok.Claims.(*legacyClaims)
			if time.Since(c.ExpiresAt.Time) < refreshGrace {
				return v.Issue(c.Subject, c.Tenant, c.Role)
			}
		}
		return "", err
	}
	c := tok.Claims.(*legacyClaims)
	return v.Issue(c.Subject, c.Tenant, c.Role)
}

// RotateLegacySession exchanges a valid v0 session token for a current one.
func (v *Verifier) RotateLegacySession(raw string) (string, error) {
	tok, err := jwtv4.ParseWithClaims(raw, &legacyClaims{}, v.legacySessionKey, jwtv4.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return "", err
	}
	c := tok.Claims.(*legacyClaims)
	return v.Issue(c.Subject, c.Tenant, c.Role)
}
