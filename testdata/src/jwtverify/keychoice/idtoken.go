package keychoice

import (
	"log"

	"github.com/golang-jwt/jwt/v5"

	"jwtverify/keychoice/tokens"
)

var keys map[string][]byte

// Negative: the claims of an unverified decode are validated (iss, aud,
// exp), then the same token's signature is verified by a helper of another
// package, and the claims are returned only where it succeeded.
func IDTokenClaims(raw, clientID string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	v := jwt.NewValidator(jwt.WithExpirationRequired(), jwt.WithIssuer("https://idp.example"), jwt.WithAudience(clientID))
	if err := v.Validate(claims); err != nil {
		return nil, err
	}
	if err := tokens.VerifySignature(raw, keys); err != nil {
		return nil, err
	}
	return claims, nil
}

// Positive twin: the helper's verdict is only logged.
func IDTokenClaimsLogged(raw, clientID string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `jwtverify: \(\*jwt\.Parser\)\.ParseUnverified does not verify the signature`
		return nil, err
	}
	v := jwt.NewValidator(jwt.WithExpirationRequired(), jwt.WithIssuer("https://idp.example"), jwt.WithAudience(clientID))
	if err := v.Validate(claims); err != nil {
		return nil, err
	}
	if err := tokens.VerifySignature(raw, keys); err != nil {
		log.Print(err)
	}
	return claims, nil
}
