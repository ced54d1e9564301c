// Package mappederr returns the token together with the parse error mapped
// to one of its own: a helper that returns a non-nil error on every path
// tells the caller the parse failed, as returning the error itself would.
package mappederr

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var (
	ErrExpired      = errors.New("token expired")
	ErrUnauthorized = errors.New("unauthorized")
)

func keyFunc(*jwt.Token) (any, error) { return []byte("k"), nil }

// reason maps any error to one of the package's: never nil.
func reason(err error) error {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return ErrExpired
	default:
		return ErrUnauthorized
	}
}

// maybeReason keeps unknown errors to itself: nil for them.
func maybeReason(err error) error {
	if errors.Is(err, jwt.ErrTokenExpired) {
		return ErrExpired
	}
	return nil
}

// Negative: the token goes back with an error certainly non-nil.
func Verify(raw string) (*jwt.Token, error) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return tok, reason(err)
	}
	return tok, nil
}

// Positive: the mapped error may be nil, and the caller then takes the
// token as verified.
func VerifyLossy(raw string) (*jwt.Token, error) {
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"})) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
	if err != nil {
		return tok, maybeReason(err)
	}
	return tok, nil
}
