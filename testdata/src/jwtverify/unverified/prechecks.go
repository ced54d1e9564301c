package unverified

import (
	"crypto/rsa"
	"errors"
	"math/big"

	jwt4 "github.com/golang-jwt/jwt/v4"
)

type remoteKey struct{ Alg, N string }

func lookupKey(kid string) (*remoteKey, error) { return &remoteKey{Alg: "RS256"}, nil }

// An identity-provider ID token: the unverified decode checks iss and aud
// early and reads kid to fetch the key; the key and its algorithm then
// verify the same token, and only the verified claims are returned. The
// error of the key lookup is not token data. Not reported.
func verifyIDToken(idToken, clientID string) (jwt4.MapClaims, error) {
	claims := jwt4.MapClaims{}
	t, _, err := jwt4.NewParser().ParseUnverified(idToken, claims)
	if err != nil {
		return nil, err
	}
	if !claims.VerifyIssuer("https://idp.example", true) {
		return nil, errors.New("iss")
	}
	if !claims.VerifyAudience(clientID, true) {
		return nil, errors.New("aud")
	}
	kid, _ := t.Header["kid"].(string)
	key, err := lookupKey(kid)
	if err != nil {
		return nil, err
	}
	pub := &rsa.PublicKey{E: 65537, N: new(big.Int).SetBytes([]byte(key.N))}
	parser := jwt4.NewParser(jwt4.WithValidMethods([]string{key.Alg}))
	verified, err := parser.Parse(idToken, func(*jwt4.Token) (any, error) { return pub, nil })
	if err != nil {
		return nil, err
	}
	if c, ok := verified.Claims.(jwt4.MapClaims); ok && verified.Valid {
		return c, nil
	}
	return nil, errors.New("invalid")
}

// The same pre-checks, but the unverified claims are returned: reported.
func unverifiedReturned(idToken, clientID string) (jwt4.MapClaims, error) {
	claims := jwt4.MapClaims{}
	t, _, err := jwt4.NewParser().ParseUnverified(idToken, claims) // want `jwtverify: \(\*jwt.Parser\).ParseUnverified does not verify the signature`
	if err != nil {
		return nil, err
	}
	kid, _ := t.Header["kid"].(string)
	key, err := lookupKey(kid)
	if err != nil {
		return nil, err
	}
	pub := &rsa.PublicKey{E: 65537, N: new(big.Int).SetBytes([]byte(key.N))}
	parser := jwt4.NewParser(jwt4.WithValidMethods([]string{key.Alg}))
	if _, err := parser.Parse(idToken, func(*jwt4.Token) (any, error) { return pub, nil }); err != nil && clientID == "" {
		return nil, err
	}
	return claims, nil
}
