// Package suppress exercises //jwtlint:ignore directives in the bundle:
// which findings they hide, and which directives are themselves reported.
package suppress

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(*jwt.Token) (any, error) { return pub, nil }

var pinned = jwt.WithValidMethods([]string{"RS256"})

// The line above a finding.
func lineAbove(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtalg the gateway in front pins RS256 before this service sees a token
	return jwt.Parse(s, keyFunc, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired())
}

// The finding's own line.
func sameLine(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired()) //jwtlint:ignore jwtalg pinned by the gateway
}

// Two checks in one directive.
func twoChecks(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtalg,jwtclaims legacy partner integration, tracked in SEC-123
	return jwt.Parse(s, keyFunc)
}

// A directive needs a reason: without one it suppresses nothing.
func noReason(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtalg // want `jwtlint: //jwtlint:ignore jwtalg needs a reason`
	return jwt.Parse(s, keyFunc, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired()) // want `jwtalg: jwt.Parse accepts any algorithm`
}

// A directive for another check does not hide this one, and is unused.
func otherCheck(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtverify not this check // want `jwtlint: this //jwtlint:ignore jwtverify suppresses nothing; remove it`
	return jwt.Parse(s, keyFunc, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired()) // want `jwtalg: jwt.Parse accepts any algorithm`
}

// A directive two lines above is out of reach.
func tooFar(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtalg too far away // want `jwtlint: this //jwtlint:ignore jwtalg suppresses nothing`

	return jwt.Parse(s, keyFunc, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired()) // want `jwtalg: jwt.Parse accepts any algorithm`
}

// Unknown check names and bare directives are reported.
func unknownCheck(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtnone no such check // want `jwtlint: //jwtlint:ignore names unknown check jwtnone`
	//jwtlint:ignore // want `jwtlint: //jwtlint:ignore needs a check name and a reason`
	return jwt.Parse(s, keyFunc, pinned, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired())
}

// A directive with nothing to suppress is reported.
func stale(s string) (*jwt.Token, error) {
	//jwtlint:ignore jwtalg fixed long ago // want `jwtlint: this //jwtlint:ignore jwtalg suppresses nothing; remove it`
	return jwt.Parse(s, keyFunc, pinned, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired())
}
