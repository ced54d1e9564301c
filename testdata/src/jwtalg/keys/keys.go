// want package:`jwtparse-summaries`

// Package keys provides key functions, key-function constructors, parser
// options and parsers for jwtalg/crosspkg: their summaries reach the
// importing package as facts, asserted by the `want` fact expectations
// below (internal/jwtparse TestFacts). It has no parses of its own.
package keys

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	ecPub  *ecdsa.PublicKey
	secret []byte

	ErrUnexpectedMethod = errors.New("unexpected signing method")
)

// KeyFunc returns the RSA key for every token.
func KeyFunc(t *jwt.Token) (any, error) { return pub, nil } // want KeyFunc:`keyfunc\(keys=rsa\)`

// CheckedKeyFunc rejects tokens not signed with RSA.
func CheckedKeyFunc(t *jwt.Token) (any, error) { // want CheckedKeyFunc:`keyfunc\(checks-method keys=rsa\)`
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, ErrUnexpectedMethod
	}
	return pub, nil
}

// NewKeyfunc returns a key function that accepts any method.
func NewKeyfunc(k *ecdsa.PublicKey) jwt.Keyfunc { // want NewKeyfunc:`keyfunc\(returns keys=ecdsa\)`
	return func(t *jwt.Token) (any, error) { return k, nil }
}

// NewCheckedKeyfunc returns a key function that rejects non-HMAC tokens.
func NewCheckedKeyfunc(secret []byte) jwt.Keyfunc { // want NewCheckedKeyfunc:`keyfunc\(returns checks-method keys=hmac\)`
	return func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != "HS256" {
			return nil, ErrUnexpectedMethod
		}
		return secret, nil
	}
}

// NoneKeyfunc admits unsigned tokens.
func NoneKeyfunc(t *jwt.Token) (any, error) { return jwt.UnsafeAllowNoneSignatureType, nil } // want NoneKeyfunc:`keyfunc\(admits-none keys=none\)`

// Store holds keys; its Key method is used as a method value.
type Store struct{ Pub *rsa.PublicKey }

// Key returns the store's key for every token.
func (s *Store) Key(t *jwt.Token) (any, error) { return s.Pub, nil } // want Key:`keyfunc\(keys=rsa\)`

// CheckedKey rejects non-RSA tokens.
func (s *Store) CheckedKey(t *jwt.Token) (any, error) { // want CheckedKey:`keyfunc\(checks-method keys=rsa\)`
	if t.Method != jwt.SigningMethodRS256 {
		return nil, ErrUnexpectedMethod
	}
	return s.Pub, nil
}

// Options pins RS256.
func Options() []jwt.ParserOption { // want Options:`options\(methods=RS256\)`
	return []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"}), jwt.WithJSONNumber()}
}

// LooseOptions sets no allow-list.
func LooseOptions() []jwt.ParserOption { // want LooseOptions:`options\(\)`
	return []jwt.ParserOption{jwt.WithJSONNumber()}
}

// MixedOptions mixes HMAC and RSA.
func MixedOptions() []jwt.ParserOption { // want MixedOptions:`options\(methods=HS256,RS256\)`
	return []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256", "RS256"})}
}

// Pinned returns one option pinning ES256.
func Pinned() jwt.ParserOption { return jwt.WithValidMethods([]string{"ES256"}) } // want Pinned:`options\(methods=ES256\)`

// NewParser returns a parser pinned to RS256.
func NewParser() *jwt.Parser { return jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})) } // want NewParser:`options\(methods=RS256\)`

// NewLooseParser returns a parser without an allow-list.
func NewLooseParser() *jwt.Parser { return jwt.NewParser() } // want NewLooseParser:`options\(\)`

// VerifyMethod rejects tokens not signed with ECDSA.
func VerifyMethod(t *jwt.Token) error { // want VerifyMethod:`helper\(method=0\)`
	if _, ok := t.Method.(*jwt.SigningMethodECDSA); !ok {
		return ErrUnexpectedMethod
	}
	return nil
}

// LogMethod only logs the method.
func LogMethod(t *jwt.Token) error {
	println(t.Method.Alg())
	return nil
}
