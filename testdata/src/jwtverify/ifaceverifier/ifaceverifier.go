// Package ifaceverifier: an unverified decode whose claims only reject the
// token, before a verifier reached through an interface verifies it. The
// call verifies when every implementation in sight does.
package ifaceverifier

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"

	"jwtverify/ifaceverifier/app"
)

// Negative: App's one implementation verifies the token before the record
// is returned.
func Confirm(a app.App, raw string) (*app.Record, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	email, _ := claims["email"].(string)
	if email == "" {
		return nil, errors.New("invalid token payload")
	}
	rec, err := a.RecordByToken(raw, "verification")
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// Positive: Store's Cache trusts the claims, so the call through Store
// is no verification.
func ConfirmStore(s app.Store, raw string) (*app.Record, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return nil, err
	}
	email, _ := claims["email"].(string)
	if email == "" {
		return nil, errors.New("invalid token payload")
	}
	rec, err := s.RecordFor(raw)
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// Positive: Remote has no implementation in sight (it lives in a package
// this one does not import): nothing says the call verifies.
func ConfirmRemote(r app.Remote, raw string) (*app.Record, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return nil, err
	}
	if email, _ := claims["email"].(string); email == "" {
		return nil, errors.New("invalid token payload")
	}
	rec, err := r.LookupToken(raw, "verification")
	if err != nil {
		return nil, err
	}
	return rec, nil
}
