package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// inviteSecret signs invitation links.
var inviteSecret = []byte("notes-invite-secret")

// IssueInvite returns a token inviting email into tenant.
func IssueInvite(tenant, email string) (string, error) {
	claims := jwt.MapClaims{"tenant": tenant, "email": email, "iss": "notes-api"}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(inviteSecret)
}

// IssueInviteV2 returns an invitation token signed with the session secret
// from the environment, valid for 15 minutes.
func (v *Verifier) IssueInviteV2(tenant, email string) (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"tenant": tenant, "email": email, "iss": v.cfg.Issuer,
		"iat": now.Unix(), "exp": now.Add(15 * time.Minute).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(v.cfg.SessionSecret)
}
