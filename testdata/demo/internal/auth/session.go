package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// refreshGrace is how long after expiry a session may still be refreshed.
const refreshGrace = 10 * time.Minute

func (v *Verifier) sessionKey(*jwt.Token) (any, error) {
	return v.cfg.SessionSecret, nil
}

// Issue signs a new session token.
func (v *Verifier) Issue(subject, tenant, role string) (string, error) {
	now := time.Now()
	claims := Claims{
		Tenant: tenant,
		Role:   role,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    v.cfg.Issuer,
			Subject:   subject,
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(v.cfg.SessionTTL)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(v.cfg.SessionSecret)
}

// VerifySession validates a session token issued by this service.
func (v *Verifier) VerifySession(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// ParseMobileSession validates session tokens minted by the mobile login flow.
func (v *Verifier) ParseMobileSession(raw string) (*Claims, error) {
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, v.sessionKey, jwt.WithIssuer(v.cfg.Issuer),
		jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return tok.Claims.(*Claims), nil
}

// SessionUserID returns the user ID of a session token, or "" if there is none.
func (v *Verifier) SessionUserID(raw string) string {
	tok, _ := jwt.Parse(raw, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if tok == nil {
		return ""
	}
	sub, _ := tok.Claims.GetSubject()
	return sub
}

// UserID returns the user ID of a valid session token.
func (v *Verifier) UserID(raw string) (string, error) {
	tok, err := jwt.Parse(raw, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

// RefreshSession exchanges a session token for a new one. Sessions that
// expired less than refreshGrace ago can still be refreshed.
func (v *Verifier) RefreshSession(raw string) (string, error) {
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			c := tok.Claims.(*Claims)
			if time.Since(c.ExpiresAt.Time) < refreshGrace {
				return v.Issue(c.Subject, c.Tenant, c.Role)
			}
		}
		return "", err
	}
	c := tok.Claims.(*Claims)
	return v.Issue(c.Subject, c.Tenant, c.Role)
}

// RotateSession exchanges a valid session token for a new one.
func (v *Verifier) RotateSession(raw string) (string, error) {
	tok, err := jwt.ParseWithClaims(raw, &Claims{}, v.sessionKey, jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer(v.cfg.Issuer), jwt.WithExpirationRequired())
	if err != nil {
		return "", err
	}
	c := tok.Claims.(*Claims)
	return v.Issue(c.Subject, c.Tenant, c.Role)
}
