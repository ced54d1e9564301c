package testfiles

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// A fixture decoding a token without verifying it: not reported.
func TestFixture(t *testing.T) {
	tok, _, _ := jwt.NewParser().ParseUnverified("x.y.z", jwt.MapClaims{})
	if tok.Claims.(jwt.MapClaims)["sub"] != "alice" {
		t.Fatal("sub")
	}
}
