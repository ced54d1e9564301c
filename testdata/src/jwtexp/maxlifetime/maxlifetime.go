// Package maxlifetime runs jwtexp with -max-lifetime=168h: a week is
// accepted, thirty days are not.
package maxlifetime

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func week() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(7 * 24 * time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func threeDays() (string, error) {
	c := jwt.MapClaims{"exp": time.Now().Add(72 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func month() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().AddDate(0, 0, 30))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString lives too long: it is valid for 720h \(30 days\) after issue, longer than -max-lifetime 168h \(7 days\)`
}
