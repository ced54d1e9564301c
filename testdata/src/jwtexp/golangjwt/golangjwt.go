// Package golangjwt exercises jwtexp with golang-jwt tokens: claims
// without exp (MapClaims, RegisteredClaims, user structs embedding them,
// v4 StandardClaims), exp set on some paths only, and the negatives: exp
// set on every path, the claims set after NewWithClaims or through
// token.Claims.
package golangjwt

import (
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

// UserClaims embeds the registered claims.
type UserClaims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

// FlatClaims has no exp field at all.
type FlatClaims struct {
	Sub  string `json:"sub"`
	Role string `json:"role"`
}

func (FlatClaims) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (FlatClaims) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (FlatClaims) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (FlatClaims) GetIssuer() (string, error)                   { return "", nil }
func (FlatClaims) GetSubject() (string, error)                  { return "", nil }
func (FlatClaims) GetAudience() (jwt.ClaimStrings, error)       { return nil, nil }

// Positives.

func mapClaims(sub string) (string, error) {
	claims := jwt.MapClaims{"sub": sub, "role": "user"}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString never expires: its claims set no "exp"; set "exp" on every path to a short lifetime`
}

func registered(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub, Issuer: "me"}).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString never expires: its claims set no "exp"`
}

func embedded(sub string) (string, error) {
	c := &UserClaims{RegisteredClaims: jwt.RegisteredClaims{Subject: sub}, Role: "admin"}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

func noExpField(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, FlatClaims{Sub: sub}).SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

func newEmpty() (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	tok.Claims.(jwt.MapClaims)["sub"] = "u"
	return tok.SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

func somePath(sub string, remember bool) (string, error) {
	claims := jwt.MapClaims{"sub": sub}
	if !remember {
		claims["exp"] = time.Now().Add(time.Hour).Unix()
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key) // want `jwtexp: the token signed by \(\*jwt\.Token\)\.SignedString never expires: on some path its claims set no "exp"`
}

func explicitNil(sub string) (string, error) {
	c := jwt.RegisteredClaims{Subject: sub, ExpiresAt: nil}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

func standardV4(sub string) (string, error) {
	c := jwtv4.StandardClaims{Subject: sub}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*its claims set no "exp"`
}

func phiClaims(admin bool) (string, error) {
	var c jwt.Claims
	if admin {
		c = jwt.MapClaims{"role": "admin"}
	} else {
		c = jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key) // want `jwtexp: .*on some path its claims set no "exp"`
}

// Negatives.

func mapWithExp(sub string) (string, error) {
	claims := jwt.MapClaims{"sub": sub, "exp": time.Now().Add(15 * time.Minute).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func registeredWithExp(sub string) (string, error) {
	c := UserClaims{RegisteredClaims: jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute))}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func setAfter(sub string) (string, error) {
	c := &UserClaims{Role: "user"}
	c.Subject = sub
	c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(time.Hour))
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func setThroughToken() (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	claims := tok.Claims.(jwt.MapClaims)
	claims["sub"] = "u"
	claims["exp"] = time.Now().Add(time.Hour).Unix()
	return tok.SignedString(key)
}

func replaceClaims(sub string) (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	tok.Claims = jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return tok.SignedString(key)
}

func standardV4WithExp(sub string) (string, error) {
	c := jwtv4.StandardClaims{Subject: sub, ExpiresAt: time.Now().Add(time.Hour).Unix()}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, c).SignedString(key)
}

// fill is code jwtexp does not follow: the claims may get exp there.
func fill(c jwt.MapClaims) { c["exp"] = time.Now().Add(time.Minute).Unix() }

func filledByHelper() (string, error) {
	c := jwt.MapClaims{"sub": "u"}
	fill(c)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

// Claims copied from a map: those of the map, judged at the callers.
func copied(src map[string]any) (string, error) {
	c := jwt.MapClaims{}
	for k, v := range src {
		c[k] = v
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func viaCopied() (string, error) {
	return copied(map[string]any{"sub": "u"}) // want `jwtexp: the token signed by golangjwt\.copied never expires: its claims set no "exp"`
}

// withPayload sets exp, then copies the caller's payload (pocketbase's
// security.NewJWT): its callers' payloads need no exp.
func withPayload(payload jwt.MapClaims, d time.Duration) (string, error) {
	claims := jwt.MapClaims{"exp": time.Now().Add(d).Unix()}
	for k, v := range payload {
		claims[k] = v
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func viaWithPayload() (string, error) {
	return withPayload(jwt.MapClaims{"sub": "u"}, time.Hour)
}

func viaWithPayloadLong() (string, error) {
	return withPayload(jwt.MapClaims{"sub": "u"}, 90*24*time.Hour) // want `jwtexp: the token signed by golangjwt\.withPayload lives too long: it is valid for 2160h \(90 days\) after issue`
}
