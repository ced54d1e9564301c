// Package facts asserts the summaries jwtsign exports for importers: key
// material held by exported variables, fields and function results,
// parameters used as keys or signed, and the expiry of returned claims.
// The cross-package cases of jwtkey and jwtexp rely on them.
package facts

import (
	"crypto/rand"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var Key = []byte("literal-key") // want Key:`key\(literal\(11\)\)`

var EnvKey = os.Getenv("KEY")

type Config struct {
	Secret string // want Secret:`key\(literal\(7\)\|other\)`
	Port   int
}

func Load() *Config {
	c := &Config{Secret: "default", Port: 1}
	if v := os.Getenv("SECRET"); v != "" {
		c.Secret = v
	}
	return c
}

func Literal() []byte { return []byte("func-key") } // want Literal:`key\(literal\(8\)\)`

func Random(n int) []byte { // want Random:`key\(random\(param 0\)\)`
	b := make([]byte, n)
	rand.Read(b)
	return b
}

func Identity(k string) string { return k } // want Identity:`key\(param\(0\)\)`

type Signer struct{ key []byte }

func NewSigner(key []byte) *Signer { return &Signer{key: key} } // want NewSigner:`keyparams\(\[0\]\)`

func (s *Signer) Sign(c jwt.Claims) (string, error) { // want Sign:`signs\(claims=param1\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(s.key)
}

func NoExp(sub string) jwt.MapClaims { // want NoExp:`claims\(no-exp\)`
	return jwt.MapClaims{"sub": sub}
}

func Week() *jwt.RegisteredClaims { // want Week:`claims\(exp life=168h0m0s\)`
	return &jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(7 * 24 * time.Hour))}
}

func Until(exp time.Time) jwt.RegisteredClaims { // want Until:`claims\(exp exp=param0\+0s\)`
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(exp)}
}

func Issue(ttl time.Duration) (string, error) { // want Issue:`signs\(exp=now\+param0\+0s\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl))}).SignedString([]byte(os.Getenv("K")))
}

type Opts struct {
	Key []byte // want Key:`keyfield\(\(\*jwt\.Token\)\.SignedString\)`
}

func (o Opts) Sign(c jwt.Claims) (string, error) { // want Sign:`signs\(claims=param1\)`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(o.Key)
}

// Cookie has the fields of net/http.Cookie: no facts on them here.
type Cookie http.Cookie

var SessionCookie = Cookie{Name: "session", Value: "v"}
