// Package jwk is a hand-written stub of github.com/lestrrat-go/jwx/v2/jwk
// (v2.1.7): the Key interface (its full method set) that jws.Headers names.
package jwk

import (
	"context"
	"crypto"

	"github.com/lestrrat-go/iter/mapiter"
	"github.com/lestrrat-go/jwx/v2/cert"
	"github.com/lestrrat-go/jwx/v2/internal/iter"
	"github.com/lestrrat-go/jwx/v2/jwa"
)

type KeyOperation string
type KeyOperationList []KeyOperation

type HeaderVisitor = iter.MapVisitor
type HeaderPair = mapiter.Pair
type HeaderIterator = mapiter.Iterator

// Key defines the minimal interface for each of the key types.
type Key interface {
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
	Remove(string) error
	Validate() error
	Raw(interface{}) error
	Thumbprint(crypto.Hash) ([]byte, error)
	Iterate(ctx context.Context) HeaderIterator
	Walk(context.Context, HeaderVisitor) error
	AsMap(context.Context) (map[string]interface{}, error)
	PrivateParams() map[string]interface{}
	Clone() (Key, error)
	PublicKey() (Key, error)
	KeyType() jwa.KeyType
	KeyUsage() string
	KeyOps() KeyOperationList
	Algorithm() jwa.KeyAlgorithm
	KeyID() string
	X509URL() string
	X509CertChain() *cert.Chain
	X509CertThumbprint() string
	X509CertThumbprintS256() string
	makePairs() []*HeaderPair
}
