package libmodel

import "go/types"

// KeyKind classifies the key a key function returns; it decides both the
// algorithm family a suggested allow-list pins and whether tokens come from
// another issuer (public keys, key sets) or are self-issued (HMAC secrets).
type KeyKind uint8

const (
	KeyUnknown KeyKind = 1 << iota // interface-typed or not determinable
	KeyHMAC                        // []byte secret
	KeyRSA                         // *rsa.PublicKey
	KeyECDSA                       // *ecdsa.PublicKey
	KeyEd25519                     // ed25519.PublicKey
	KeySet                         // jwt.VerificationKeySet, JWKS, OIDC key sets
	KeyNone                        // jwt.UnsafeAllowNoneSignatureType
)

// External reports whether the kinds include keys of another issuer:
// public keys, key sets or JWKS.
func (k KeyKind) External() bool { return k&(KeyRSA|KeyECDSA|KeyEd25519|KeySet) != 0 }

// SingleFamily returns the algorithm jwtlint suggests pinning when every key
// the key function returns has one family; "" when mixed or unknown.
func (k KeyKind) SuggestedAlg() string {
	switch k &^ KeyNone {
	case KeyHMAC:
		return "HS256"
	case KeyRSA:
		return "RS256"
	case KeyECDSA:
		return "ES256"
	case KeyEd25519:
		return "EdDSA"
	}
	return ""
}

func (k KeyKind) String() string {
	var s string
	for _, e := range []struct {
		k    KeyKind
		name string
	}{{KeyHMAC, "hmac"}, {KeyRSA, "rsa"}, {KeyECDSA, "ecdsa"}, {KeyEd25519, "ed25519"}, {KeySet, "keyset"}, {KeyNone, "none"}, {KeyUnknown, "unknown"}} {
		if k&e.k != 0 {
			if s != "" {
				s += "|"
			}
			s += e.name
		}
	}
	return s
}

// KeyKindOf classifies a concrete key type.
func KeyKindOf(t types.Type) KeyKind {
	t = types.Unalias(t)
	switch {
	case isNamed(t, "crypto/ed25519", "PublicKey"), isNamed(t, "crypto/ed25519", "PrivateKey"):
		return KeyEd25519
	case isPtrTo(t, "crypto/rsa", "PublicKey"), isPtrTo(t, "crypto/rsa", "PrivateKey"):
		return KeyRSA
	case isPtrTo(t, "crypto/ecdsa", "PublicKey"), isPtrTo(t, "crypto/ecdsa", "PrivateKey"):
		return KeyECDSA
	}
	if pkg, name, ok := TypeOrigin(t); ok && (IsJWTPackage(pkg) && name == "VerificationKeySet" || keySetTypes[pkg+"."+name]) {
		return KeySet
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return KeyHMAC
		}
	}
	return KeyUnknown
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

func isPtrTo(t types.Type, pkg, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isNamed(p.Elem(), pkg, name)
}

// keySetTypes are the libraries' key-set types (keys of an identity
// provider, chosen by kid).
var keySetTypes = map[string]bool{
	"github.com/go-jose/go-jose/v4.JSONWebKeySet": true, "github.com/go-jose/go-jose/v3.JSONWebKeySet": true,
	"gopkg.in/square/go-jose.v2.JSONWebKeySet": true, "gopkg.in/go-jose/go-jose.v2.JSONWebKeySet": true,
	"github.com/lestrrat-go/jwx/v2/jwk.Set": true, "github.com/lestrrat-go/jwx/v3/jwk.Set": true,
	"github.com/lestrrat-go/jwx/jwk.Set":       true,
	"github.com/coreos/go-oidc/v3/oidc.KeySet": true, "github.com/coreos/go-oidc/v3/oidc.RemoteKeySet": true,
	"github.com/coreos/go-oidc/v3/oidc.StaticKeySet": true,
}

// KeyfuncProvider describes a library method that is (or returns) a key
// function: JWKS clients whose keys come from an identity provider.
type KeyfuncProvider struct {
	Kind KeyKind
	// Returns: the method returns a key function (KeyfuncCtx) rather than
	// being one (Keyfunc used as a method value).
	Returns bool
}

var (
	keyfuncProviders = map[string]KeyfuncProvider{}
	keyfuncLibraries = map[string]bool{}
)

func provider(pkg, recv, name string, p KeyfuncProvider) {
	keyfuncProviders[methodName(pkg, recv, name)] = p
	keyfuncLibraries[pkg] = true
}

func init() {
	provider("github.com/MicahParks/keyfunc", "*JWKS", "Keyfunc", KeyfuncProvider{Kind: KeySet})
	provider("github.com/MicahParks/keyfunc/v2", "*JWKS", "Keyfunc", KeyfuncProvider{Kind: KeySet})
	provider("github.com/MicahParks/keyfunc/v3", "Keyfunc", "Keyfunc", KeyfuncProvider{Kind: KeySet})
	provider("github.com/MicahParks/keyfunc/v3", "Keyfunc", "KeyfuncCtx", KeyfuncProvider{Kind: KeySet, Returns: true})
	// auth0's JWKS providers: func(ctx) (interface{}, error) for validator.New.
	provider("github.com/auth0/go-jwt-middleware/v2/jwks", "*Provider", "KeyFunc", KeyfuncProvider{Kind: KeySet})
	provider("github.com/auth0/go-jwt-middleware/v2/jwks", "*CachingProvider", "KeyFunc", KeyfuncProvider{Kind: KeySet})
}

// KeyfuncProviderOf returns the model of a key-function provider method.
func KeyfuncProviderOf(fn *types.Func) (KeyfuncProvider, bool) {
	p, ok := keyfuncProviders[FuncKey(fn)]
	return p, ok
}

// IsKeyfuncLibrary reports whether path is a modeled key-function provider.
func IsKeyfuncLibrary(path string) bool { return keyfuncLibraries[path] }
