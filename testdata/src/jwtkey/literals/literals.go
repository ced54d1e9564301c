// Package literals exercises jwtkey with hardcoded HMAC keys of golang-jwt:
// literals at the call, in local variables, package-level constants and
// variables (reported at the literal in the declaration), key functions
// returning literals; and the hard negatives: literals used as the kid or
// the issuer, RSA keys, keys from the environment without fallback.
package literals

import (
	"crypto/rsa"
	"log"
	"os"
	"strings"
	"time"

	dgrijalva "github.com/dgrijalva/jwt-go"
	jwtv3 "github.com/golang-jwt/jwt"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

const secret = "s3cr3t-key" // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 10 bytes: anyone who reads the source can forge tokens; load a random secret of at least 32 bytes`

var hmacKey = []byte("package-level-secret-that-is-long-enough-32") // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal: anyone`

var (
	renamed = secret
)

func claims() jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Subject: "u", ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
}

// Positives.

func atCall() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte("changeme")) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 8 bytes`
}

func localVar() (string, error) {
	key := []byte("local-secret") // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 12 bytes`
	tok := jwt.NewWithClaims(jwt.SigningMethodHS512, claims())
	return tok.SignedString(key)
}

func constant() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(secret))
}

func packageVar() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(hmacKey)
}

func renamedConst() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(renamed))
}

func trimmed() (string, error) {
	k := strings.TrimSpace(" padded-secret ") // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal: anyone`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

func v4Token() (string, error) {
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, jwtv4.RegisteredClaims{}).SignedString([]byte("v4-secret")) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 9 bytes`
}

func v3Token() (string, error) {
	return jwtv3.NewWithClaims(jwtv3.SigningMethodHS384, jwtv3.StandardClaims{}).SignedString([]byte("v3-secret")) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 9 bytes`
}

func dgrijalvaToken() (string, error) {
	return dgrijalva.NewWithClaims(dgrijalva.SigningMethodHS256, dgrijalva.MapClaims{}).SignedString([]byte("dg-secret")) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 9 bytes`
}

func keyfuncLiteral(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(*jwt.Token) (any, error) {
		return []byte("verify-secret"), nil // want `jwtkey: the HMAC key returned by the key function of jwt\.Parse is a hardcoded literal of 13 bytes`
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func keyfuncNamed(s string) (*jwt.Token, error) {
	return jwt.Parse(s, namedKeyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

func namedKeyfunc(*jwt.Token) (any, error) {
	return hmacKey, nil
}

func closure() func() (string, error) {
	key := []byte("captured-secret") // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 15 bytes`
	return func() (string, error) {
		return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(key)
	}
}

// The issuer has the key's text: the finding is at the key.
func sameText() (string, error) {
	c := jwt.RegisteredClaims{Issuer: "same-text", ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte("same-text")) // want `jwtkey: the HMAC key of \(\*jwt\.Token\)\.SignedString is a hardcoded literal of 9 bytes`
}

// Negatives.

// The kid and the issuer are literals; the key is not.
func kidAndIssuer() (string, error) {
	c := jwt.RegisteredClaims{Issuer: "auth.example.com", ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Minute))}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, c)
	tok.Header["kid"] = "key-2024"
	return tok.SignedString([]byte(os.Getenv("JWT_KEY")))
}

// The environment without a fallback.
func envNoFallback() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(os.Getenv("K")))
}

// A missing value stops the program: no fallback.
func envExits() (string, error) {
	k := os.Getenv("JWT_SECRET")
	if k == "" {
		log.Fatal("JWT_SECRET is not set")
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(k))
}

// A file.
func fromFile() (string, error) {
	k, err := os.ReadFile("/run/secrets/jwt")
	if err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString(k)
}

// An RSA private key for RS256.
func rsaKey(priv *rsa.PrivateKey) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims()).SignedString(priv)
}

// A literal with an RS256 method cannot be an HMAC key (the call fails).
func rsaMethodLiteral() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims()).SignedString([]byte("not-hmac"))
}

// An empty key is "unset", not a hardcoded secret.
func empty() (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims()).SignedString([]byte(""))
}
