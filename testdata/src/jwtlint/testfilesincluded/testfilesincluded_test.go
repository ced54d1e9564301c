package testfilesincluded

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestFixture(t *testing.T) {
	tok, _, _ := jwt.NewParser().ParseUnverified("x.y.z", jwt.MapClaims{}) // want `jwtverify: \(\*jwt.Parser\).ParseUnverified does not verify the signature`
	if tok.Claims.(jwt.MapClaims)["sub"] != "alice" {
		t.Fatal("sub")
	}
}
