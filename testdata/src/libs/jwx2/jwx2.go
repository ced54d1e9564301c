// Package jwx2 exercises the parse checks on lestrrat-go/jwx v2: each
// pitfall of the library beside its correct twin.
package jwx2

import (
	"crypto/rsa"
	"errors"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

var (
	pub    *rsa.PublicKey
	secret []byte
	keys   jwk.Set
)

func grant(v any) {}

// Unverified decodes whose claims are used.

func insecure(raw []byte) string {
	tok, err := jwt.ParseInsecure(raw) // want `jwtverify: jwt\.ParseInsecure does not verify the signature, but the token's data is used at line \d+; verify the token \(jwt\.Parse with jwt\.WithKey\(alg, key\)\)`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

func verifyOff(raw []byte) string {
	tok, err := jwt.Parse(raw, jwt.WithVerify(false)) // want `jwtverify: jwt\.Parse is told not to verify the signature \(WithVerify\(false\)\)`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

func jwsPayload(raw []byte) []byte {
	msg, err := jws.Parse(raw) // want `jwtverify: jws\.Parse does not verify the signature, but the token's data is used`
	if err != nil {
		return nil
	}
	return msg.Payload()
}

// Twins: a verified parse; an unverified decode only to read kid, then the
// same token verified; jws.Verify.
func verified(raw []byte) (string, error) {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

func kidThenVerify(raw []byte) (string, error) {
	msg, err := jws.Parse(raw)
	if err != nil {
		return "", err
	}
	kid := msg.Signatures()[0].ProtectedHeaders().KeyID()
	k, ok := keys.LookupKeyID(kid)
	if !ok {
		return "", errors.New("no key")
	}
	payload, err := jws.Verify(raw, jws.WithKey(jwa.RS256, k))
	if err != nil {
		return "", err
	}
	return string(payload), nil
}

// Algorithms: inference from the token for a key set's keys without alg.
func inferAlg(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(keys, jws.WithInferAlgorithmFromKey(true)), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey)) // want `jwtalg: jwt\.Parse takes the algorithm from the token for keys of the set that carry none`
}

func keySetPinned(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(keys), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey))
}

// Claims: a public key or key set needs aud, iss and a required exp.
func missingClaims(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.RS256, pub)) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\); pass jwt\.WithAudience\(\.\.\.\), jwt\.WithIssuer\(\.\.\.\), jwt\.WithRequiredClaim\(jwt\.ExpirationKey\)`
}

func allClaims(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.RS256, pub), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey))
}

// The claims validated after the parse, with jwt.Validate.
func validatedAfter(raw []byte) error {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.RS256, pub), jwt.WithValidate(false))
	if err != nil {
		return err
	}
	if err := jwt.Validate(tok, jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey)); err != nil {
		return err
	}
	grant(tok.Subject())
	return nil
}

// Validation switched off, time checks dropped, a large skew.
func validateOff(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret), jwt.WithValidate(false)) // want `jwtclaims: jwt\.Parse switches off claims validation`
}

func resetValidators(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret), jwt.WithResetValidators(true)) // want `jwtclaims: jwt\.Parse drops the exp/nbf/iat checks`
}

func largeSkew(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret), jwt.WithAcceptableSkew(time.Hour)) // want `jwtclaims: jwt\.Parse allows a clock-skew leeway of 1h0m0s`
}

func smallSkew(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret), jwt.WithAcceptableSkew(30*time.Second))
}

// A request parse: the key pins the algorithm.
func request(r *http.Request) (jwt.Token, error) {
	return jwt.ParseRequest(r, jwt.WithKey(jwa.HS256, secret))
}

// auth holds its verification option in a field, set at construction
// with the algorithm the configuration names.
type auth struct {
	alg      jwa.SignatureAlgorithm
	verifier jwt.ParseOption
}

func newAuth(alg string, key any) *auth {
	a := &auth{alg: jwa.SignatureAlgorithm(alg)}
	a.verifier = jwt.WithKey(a.alg, key)
	return a
}

// Negative (jwtalg): the option held in the field pins the configured
// algorithm.
func (a *auth) parse(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, a.verifier, jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey))
}

// Negative (jwtalg): an algorithm from the configuration, not a constant.
func parseConfigured(raw []byte, alg string, key any) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.SignatureAlgorithm(alg), key), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey))
}

// Positive: the algorithm is the one the token's header names.
func parseHeaderAlg(raw []byte, key any) (jwt.Token, error) {
	msg, err := jws.Parse(raw) // want `jwtverify: jws\.Parse does not verify the signature, but the token's data is used`
	if err != nil {
		return nil, err
	}
	alg := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	return jwt.Parse(raw, jwt.WithKey(alg, key), jwt.WithAudience("api"), jwt.WithIssuer("https://idp"), jwt.WithRequiredClaim(jwt.ExpirationKey)) // want `jwtalg: jwt\.Parse accepts any algorithm the token names`
}
