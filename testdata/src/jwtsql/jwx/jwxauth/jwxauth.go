// Package jwxauth is a helper package of jwtsql/jwx that imports jwx and no
// SQL library: it is analysed for its token flows all the same, and its
// summary tells callers that Owner returns a claim.
package jwxauth

import "github.com/lestrrat-go/jwx/v2/jwt"

// Owner returns the subject of a token.
func Owner(tok jwt.Token) string { return tok.Subject() }
