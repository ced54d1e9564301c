// Package crosspkg exercises jwtexp with claims built and tokens signed
// in another package (jwtexp/claimsbuilder): summaries arrive as facts,
// and the finding is at the signing call here.
package crosspkg

import (
	"time"

	"jwtexp/claimsbuilder"
)

var key = []byte("k")

// Config is loaded at start-up.
type Config struct{ RefreshTTL time.Duration }

// Positives.

func forever(sub string) (string, error) {
	return claimsbuilder.Sign(claimsbuilder.Forever(sub)) // want `jwtexp: the token signed by claimsbuilder\.Sign never expires: its claims set no "exp" \(claims built by claimsbuilder\.Forever\)`
}

func month(sub string) (string, error) {
	return claimsbuilder.Sign(claimsbuilder.Month(sub)) // want `jwtexp: the token signed by claimsbuilder\.Sign .*valid for 720h \(30 days\) after issue.* \(claims built by claimsbuilder\.Month\)`
}

func until(sub string) (string, error) {
	return claimsbuilder.Sign(claimsbuilder.Until(sub, time.Now().Add(7*24*time.Hour))) // want `jwtexp: .*valid for 168h \(7 days\) after issue`
}

func token(sub string) (string, error) {
	return claimsbuilder.Token(sub).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString never expires: its claims set no "exp" \(claims built by claimsbuilder\.Token\)`
}

func issueLong(sub string) (string, error) {
	return claimsbuilder.Issue(sub, 72*time.Hour) // want `jwtexp: the token signed by claimsbuilder\.Issue .*valid for 72h \(3 days\) after issue`
}

// Negatives.

func short(sub string) (string, error) {
	return claimsbuilder.Sign(claimsbuilder.Short(sub))
}

func issueShort(sub string) (string, error) {
	return claimsbuilder.Issue(sub, 15*time.Minute)
}

// A refresh token whose lifetime is configured.
func refresh(cfg Config, sub string) (string, error) {
	return claimsbuilder.Issue(sub, cfg.RefreshTTL)
}
