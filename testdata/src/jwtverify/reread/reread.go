// Package reread: a token verified before is decoded again without
// verification, to read a claim or a header the verifier's claims type
// does not expose. The claims are the verified ones when the
// verification succeeded on every path to the decode: in the same
// function, in the function that made the closure decoding it, or at
// every call of an unexported helper.
package reread

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func keyfunc(*jwt.Token) (any, error) { return key, nil }

// verify is a verifier: its error is nil only where raw's signature holds.
func verify(raw string) error {
	_, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
	return err
}

type form struct {
	Token string
	Email string
}

type record struct{ email string }

func save(*record) {}

// hooks run their callback later, out of jwtlint's sight.
func hook(fn func() error) error { return fn() }

// email is used by Switch only, on a token field the package reassigns.
func email(raw string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims) // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
	s, _ := claims["email"].(string)
	return s
}

// Negative: the form's token is verified, then a hook re-reads its email
// claim through the captured form.
func Confirm(f *form, rec *record) error {
	if err := verify(f.Token); err != nil {
		return err
	}
	return hook(func() error {
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(f.Token, claims); err == nil && claims["email"] == rec.email {
			save(rec)
		}
		return nil
	})
}

// Positive twin: the hook is made before the verification, and may run
// without it.
func ConfirmEarly(f *form, rec *record) error {
	cb := func() error {
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(f.Token, claims); err == nil && claims["email"] == rec.email { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
			save(rec)
		}
		return nil
	}
	if err := verify(f.Token); err != nil {
		return cb()
	}
	return hook(cb)
}

// Positive twin: the verification's error is only logged.
func ConfirmUnchecked(f *form, rec *record) error {
	err := verify(f.Token)
	return hook(func() error {
		claims := jwt.MapClaims{}
		if _, _, e := jwt.NewParser().ParseUnverified(f.Token, claims); e == nil && claims["email"] == rec.email { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
			save(rec)
		}
		return err
	})
}

// bound re-reads the binding claim of a token its callers verified.
func bound(raw string, want string) error {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return err
	}
	if claims["cnf"] != want {
		return errors.New("not bound")
	}
	return nil
}

// Negative: both callers of bound verify the token first.
func Login(raw string) error {
	if err := verify(raw); err != nil {
		return err
	}
	return bound(raw, "thumb")
}

type response struct{ IDToken string }

func Refresh(resp *response) error {
	if err := verify(resp.IDToken); err != nil {
		return err
	}
	return bound(resp.IDToken, "thumb")
}

func store(*record) error { return nil }

// Negative: the callback assigns the error variable too, so the
// verification's error lives in memory; it is tested as it is read back.
func ConfirmCapturedErr(f *form, rec *record) error {
	err := verify(f.Token)
	if err != nil {
		return err
	}
	return hook(func() error {
		claims := jwt.MapClaims{}
		if _, _, e := jwt.NewParser().ParseUnverified(f.Token, claims); e == nil && claims["email"] == rec.email {
			err = store(rec)
		}
		return err
	})
}

// Positive twin: the captured error is tested only inside the callback,
// after the decode.
func ConfirmCapturedLate(f *form, rec *record) error {
	err := verify(f.Token)
	return hook(func() error {
		claims := jwt.MapClaims{}
		if _, _, e := jwt.NewParser().ParseUnverified(f.Token, claims); e == nil && claims["email"] == rec.email { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
			err = store(rec)
		}
		return err
	})
}
