// Package cert is a hand-written stub of github.com/lestrrat-go/jwx/v2/cert
// (v2.1.7): the certificate chain type named by jws.Headers and jwk.Key.
package cert

// Chain represents a certificate chain as used in the `x5c` field.
type Chain struct {
	chain [][]byte
}

func (cc *Chain) Len() int { return len(cc.chain) }
