// Package jose exercises jwtexp with go-jose v3 and v4 builders: claims
// without Expiry, user structs with and without a field encoded as "exp",
// several Claims calls.
package jose

import (
	"time"

	josev3 "github.com/go-jose/go-jose/v3"
	jwtv3 "github.com/go-jose/go-jose/v3/jwt"
	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// Private are application claims.
type Private struct {
	Role string `json:"role"`
}

// Session carries its own expiry.
type Session struct {
	User    string `json:"user"`
	Expires int64  `json:"exp"`
}

// Positives.

func noExpiry(sig jose.Signer, sub string) (string, error) {
	return jwt.Signed(sig).Claims(jwt.Claims{Subject: sub, Issuer: "me"}).Serialize() // want `jwtexp: the token signed by \(jwt\.Builder\)\.Serialize never expires: its claims set no "exp"`
}

func privateOnly(sig jose.Signer) (string, error) {
	return jwt.Signed(sig).Claims(Private{Role: "admin"}).Serialize() // want `jwtexp: .*its claims set no "exp"`
}

func v3Compact(sig josev3.Signer, sub string) (string, error) {
	return jwtv3.Signed(sig).Claims(jwtv3.Claims{Subject: sub}).CompactSerialize() // want `jwtexp: the token signed by \(jwt\.Builder\)\.CompactSerialize never expires: its claims set no "exp"`
}

func longExpiry(sig jose.Signer) (string, error) {
	c := jwt.Claims{Expiry: jwt.NewNumericDate(time.Now().Add(365 * 24 * time.Hour))}
	return jwt.Signed(sig).Claims(c).Serialize() // want `jwtexp: .*valid for 8760h \(365 days\) after issue`
}

// Negatives.

func withExpiry(sig jose.Signer, sub string) (string, error) {
	c := jwt.Claims{Subject: sub, Expiry: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.Signed(sig).Claims(c).Claims(Private{Role: "user"}).Serialize()
}

func ownExpField(sig jose.Signer) (string, error) {
	return jwt.Signed(sig).Claims(Session{User: "u", Expires: time.Now().Add(time.Hour).Unix()}).Serialize()
}

func builderVar(sig jose.Signer) (string, error) {
	b := jwt.Signed(sig)
	b = b.Claims(Private{Role: "user"})
	b = b.Claims(jwt.Claims{Expiry: jwt.NewNumericDate(time.Now().Add(time.Minute))})
	return b.Serialize()
}
