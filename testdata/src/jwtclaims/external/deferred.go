package external

import (
	"context"
	"crypto/rsa"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// A key function with a defer statement returns through result slots
// (go/ssa stores the results, runs the deferred calls, then returns what
// the slots hold): the key it returns is what each return stored, here an
// RSA public key, so the parse needs aud, iss and exp.
func deferredKey(t *jwt.Token) (any, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	k, err := lookupKey(ctx)
	if err != nil {
		return nil, err
	}
	return k, nil
}

func lookupKey(ctx context.Context) (*rsa.PublicKey, error) { return rsaPub, ctx.Err() }

func deferredNoChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, deferredKey, rs256) // want `jwtclaims: jwt\.Parse accepts tokens without checking aud, iss, exp \(tokens verified with an RSA public key come from another issuer\)`
}

func deferredChecks(s string) (*jwt.Token, error) {
	return jwt.Parse(s, deferredKey, rs256, jwt.WithAudience("api"), jwt.WithIssuer("idp"), jwt.WithExpirationRequired())
}
