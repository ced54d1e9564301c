// Package policies holds one place of each kind that accepts a token, for
// the policy the inventory states (jwtparse.Policy): each want comment is
// algorithms (by) | keys | claims | errors.
package policies

import (
	"context"
	"crypto/rsa"
	"errors"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

func hmacKey(t *jwt.Token) (any, error) { return secret, nil }

func hmacChecked(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected method")
	}
	return secret, nil
}

func pinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("me")) // want `policy: HS256 \(allow-list\) \| HMAC secret via hmacKey \(policies.go:\d+\) \| iss, exp if present \| every error rejected`
}

func byKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacChecked, jwt.WithExpirationRequired()) // want `policy: HS\* \(key function checks the method\) \| HMAC secret via hmacChecked \(policies.go:\d+\) \| exp \| every error rejected`
}

func anyAlg(s string) string {
	tok, _ := jwt.Parse(s, func(*jwt.Token) (any, error) { return pub, nil }) // want `policy: any \(token header\) \| RSA public key via a function literal \(policies.go:\d+\) \| exp if present \| error discarded \(token used at line \d+\)`
	sub, _ := tok.Claims.GetSubject()
	return sub
}

func noClaimsValidation(s string) (*jwt.Token, error) {
	return jwt.Parse(s, hmacKey, jwt.WithValidMethods([]string{"HS256"}), jwt.WithoutClaimsValidation()) // want `policy: HS256 \(allow-list\) \| HMAC secret via hmacKey \(policies.go:\d+\) \| no exp \(claims validation off\) \| every error rejected`
}

func partial(s string) (*jwt.Token, error) {
	tok, err := jwt.Parse(s, hmacKey, jwt.WithValidMethods([]string{"HS256"})) // want `policy: HS256 \(allow-list\) \| HMAC secret via hmacKey \(policies.go:\d+\) \| exp if present \| only some errors rejected: errors.Is\(err, jwt.ErrTokenExpired\) \(token used at line \d+\)`
	if err != nil && !errors.Is(err, jwt.ErrTokenExpired) {
		return nil, err
	}
	return tok, nil
}

func unverified(s string) string {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) // want `policy: any \(not verified\) \| none \(not verified\) \| - \| not verified; its data is trusted at line \d+`
	if err != nil {
		return ""
	}
	sub, _ := tok.Claims.GetSubject()
	return sub
}

func idToken(ctx context.Context, p *oidc.Provider, raw string) (string, error) {
	tok, err := p.Verifier(&oidc.Config{ClientID: "api"}).Verify(ctx, raw) // want `policy: the library \| OIDC provider's keys \(issuer discovery, JWKS\) \| aud, iss, exp \| every error rejected`
	if err != nil {
		return "", err
	}
	return tok.Subject, nil
}

func jwxPinned(raw []byte) (jwxjwt.Token, error) {
	return jwxjwt.Parse(raw, jwxjwt.WithKey(jwa.RS256, pub), jwxjwt.WithAudience("api")) // want `policy: RS256 \(bound to the key\) \| RSA public key \| aud, exp if present \| every error rejected`
}

func joseClaims(raw string) (string, error) {
	tok, err := josejwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return "", err
	}
	var c josejwt.Claims
	if err := tok.Claims(pub, &c); err != nil { // want `policy: RS256 \(allow-list\) \| RSA public key \| aud, iss, exp if present \| every error rejected`
		return "", err
	}
	if err := c.Validate(josejwt.Expected{Issuer: "https://idp", AnyAudience: josejwt.Audience{"api"}, Time: time.Now()}); err != nil {
		return "", err
	}
	return c.Subject, nil
}
