// Package jwx exercises jwtheader on lestrrat-go/jwx (v2, v3): headers
// read through jws.Headers accessors (KeyID, JWKSetURL, X509URL; in v3
// they also return an ok) of a parsed message or inside a key provider,
// reaching jwk.Fetch, the jwk.Cache or net/http. A key provider choosing
// the key by kid from a set fetched from a configured URL is the correct
// pattern.
package jwx

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	jwk3 "github.com/lestrrat-go/jwx/v3/jwk"
	jws3 "github.com/lestrrat-go/jwx/v3/jws"
)

// Positives.

// A message parsed without verification: its jku names the key set.
func jkuOfMessage(ctx context.Context, raw []byte) ([]byte, error) {
	msg, err := jws.Parse(raw)
	if err != nil {
		return nil, err
	}
	jku := msg.Signatures()[0].ProtectedHeaders().JWKSetURL()
	set, err := jwk.Fetch(ctx, jku) // want `jwtheader: header "jku" from jws\.Parse at jwx\.go:\d+ reaches the URL jwk\.Fetch fetches keys from: the token's jku chooses where the verification keys come from`
	if err != nil {
		return nil, err
	}
	return jws.Verify(raw, jws.WithKeySet(set))
}

// A key provider fetching the set the token names.
func jkuProvider(c *jwk.Cache) jws.KeyProvider {
	return jws.KeyProviderFunc(func(ctx context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
		u := sig.ProtectedHeaders().JWKSetURL()
		if err := c.Register(u); err != nil { // want `jwtheader: header "jku" of the token given to the key function literal in jkuProvider reaches the URL \(\*jwk\.Cache\)\.Register fetches keys from`
			return err
		}
		set, err := c.Get(ctx, u) // want `jwtheader: header "jku" of the token given to the key function literal in jkuProvider reaches the URL \(\*jwk\.Cache\)\.Get fetches keys from`
		if err != nil {
			return err
		}
		key, ok := set.LookupKeyID(sig.ProtectedHeaders().KeyID())
		if !ok {
			return errors.New("unknown kid")
		}
		sink.Key(jwa.RS256, key)
		return nil
	})
}

// x5u of a v3 message (accessors return an ok).
func x5uV3(raw []byte) (*http.Response, error) {
	msg, err := jws3.Parse(raw)
	if err != nil {
		return nil, err
	}
	x5u, ok := msg.Signatures()[0].ProtectedHeaders().X509URL()
	if !ok {
		return nil, errors.New("no x5u")
	}
	return http.Get(x5u) // want `jwtheader: header "x5u" from jws\.Parse at jwx\.go:\d+ reaches the URL http\.Get requests`
}

// A v3 kid naming a key file.
func kidFileV3(raw []byte) (jwk3.Set, error) {
	msg, err := jws3.Parse(raw)
	if err != nil {
		return nil, err
	}
	kid, _ := msg.Signatures()[0].ProtectedHeaders().KeyID()
	return jwk3.ReadFile(filepath.Join("/etc/keys", kid+".json")) // want `jwtheader: header "kid" from jws\.Parse at jwx\.go:\d+ reaches the path jwk\.ReadFile opens`
}

// Hard negatives.

// The kid chooses a key of a set fetched from a configured URL.
type Keys struct {
	URL   string // from configuration
	cache *jwk.Cache
}

func (k *Keys) FetchKeys(ctx context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
	set, err := k.cache.Get(ctx, k.URL)
	if err != nil {
		return err
	}
	key, ok := set.LookupKeyID(sig.ProtectedHeaders().KeyID())
	if !ok {
		return errors.New("unknown kid")
	}
	sink.Key(jwa.RS256, key)
	return nil
}

// The kid looked up in a set read from a configured file at start-up.
func setFromFile() (jwk.Set, error) {
	return jwk.ReadFile(os.Getenv("JWKS_FILE"))
}
