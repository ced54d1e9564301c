package reread

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// boundLoose is called once after a verification and once without.
func boundLoose(raw string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	if claims["cnf"] != "thumb" {
		return errors.New("not bound")
	}
	return nil
}

func LoginLoose(raw string) error {
	if err := verify(raw); err != nil {
		return err
	}
	return boundLoose(raw)
}

func Peek(raw string) error { return boundLoose(raw) }

// BoundExported could be called by any importer, verified or not.
func BoundExported(raw string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return err
	}
	if claims["cnf"] != "thumb" {
		return errors.New("not bound")
	}
	return nil
}

func LoginExported(raw string) error {
	if err := verify(raw); err != nil {
		return err
	}
	return BoundExported(raw)
}

type session struct{ Token string }

// Positive: the package assigns the field, so the string re-read may not
// be the one verified.
func Switch(s *session, other string) error {
	if err := verify(s.Token); err != nil {
		return err
	}
	s.Token = other
	return hook(func() error {
		if email(s.Token) == "" {
			return errors.New("no email")
		}
		return nil
	})
}
