// Package cert is a hand-written stub of github.com/lestrrat-go/jwx/v3/cert
// (v3.4.0): the certificate chain type named by jws.Headers and jwk.Key.
package cert

// Chain represents a certificate chain as used in the `x5c` field.
type Chain struct {
	certificates [][]byte
}

func (cc *Chain) Len() int { return len(cc.certificates) }

// Get returns the index-th certificate.
func (cc *Chain) Get(index int) ([]byte, bool) {
	if index < 0 || index >= len(cc.certificates) {
		return nil, false
	}
	return cc.certificates[index], true
}
