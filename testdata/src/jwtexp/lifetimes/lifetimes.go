// Package lifetimes exercises jwtexp with constant lifetimes above the
// default -max-lifetime (24h), in every form jwtexp computes, and the
// negatives: 15 minutes, a lifetime from configuration, a parameter.
package lifetimes

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

const refreshTTL = 30 * 24 * time.Hour

var sessionTTL = 72 * time.Hour

// Config is loaded at start-up.
type Config struct {
	AccessTTL  time.Duration
	RefreshTTL time.Duration
}

func registered(d time.Time) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(d)}
}

// Positives.

func threeDays() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(72 * time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString lives too long: it is valid for 72h \(3 days\) after issue, longer than -max-lifetime 24h; shorten the lifetime`
}

func thirtyDaysConst() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(refreshTTL))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 720h \(30 days\) after issue`
}

func packageVar() (string, error) {
	c := jwt.MapClaims{"exp": time.Now().Add(sessionTTL).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 72h \(3 days\) after issue`
}

func mapUnix() (string, error) {
	c := jwt.MapClaims{"sub": "u", "exp": time.Now().Add(time.Hour * 24 * 7).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 168h \(7 days\) after issue`
}

func addDate() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().AddDate(1, 0, 0))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 8760h \(365 days\) after issue`
}

func unixPlus() (string, error) {
	c := jwt.MapClaims{"exp": time.Now().Unix() + 86400*2}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 48h \(2 days\) after issue`
}

func viaHelper() (string, error) {
	now := time.Now()
	c := registered(now.Add(100 * time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*valid for 100h after issue`
}

func rememberMe(remember bool) (string, error) {
	c := jwt.MapClaims{"sub": "u"}
	if remember {
		c["exp"] = time.Now().Add(refreshTTL).Unix()
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString never expires or lives too long: on some path its claims set no "exp", and it is valid for 720h \(30 days\) after issue, longer than -max-lifetime 24h; set "exp" on every path`
}

// Negatives.

func fifteenMinutes() (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func oneDay() (string, error) {
	c := jwt.MapClaims{"exp": time.Now().Add(24 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

// A refresh token whose lifetime comes from configuration: bounded by
// whoever configures it.
func refreshFromConfig(cfg *Config) (string, error) {
	c := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(cfg.RefreshTTL))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func fromParam(ttl time.Duration) (string, error) {
	c := jwt.MapClaims{"exp": time.Now().Add(ttl).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func unixMilli() (string, error) {
	c := jwt.MapClaims{"exp": time.Now().UnixMilli()/1000 + 60}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}
