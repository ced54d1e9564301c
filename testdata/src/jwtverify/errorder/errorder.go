// Package errorder exercises jwtverify on where the parse error is checked:
// after the token is used, on some paths only, or correctly (err != nil,
// token.Valid, both, log.Fatal/panic, logging then returning, forwarding to
// the caller).
package errorder

import (
	"crypto/rsa"
	"fmt"
	"log"
	"log/slog"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

var methods = jwt.WithValidMethods([]string{"RS256"})

func grant(v any)    {}
func audit(v any)    {}
func remember(v any) {}

// Positives.

func checkedAfterUse(s string) error {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line 32 on a path where the parse error is not checked; return when err != nil \(or !token\.Valid\) before using it`
	claims := tok.Claims.(jwt.MapClaims)
	grant(claims["sub"])
	if err != nil {
		return err
	}
	return nil
}

func claimsCheckedAfterUse(s string) error {
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(s, claims, keyFunc, methods) // want `jwtverify: the token from jwt\.ParseWithClaims is used at line 42 on a path`
	remember(claims.Subject)
	return err
}

// The error branch uses the token (not only to log it).
func errorBranchUsesToken(s string) error {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line 50 on a path`
	if err != nil {
		grant(tok.Claims)
		return err
	}
	return nil
}

// The error is checked only when a flag is set.
func checkedOnOnePath(s string, strict bool) {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line 62 on a path`
	if strict && err != nil {
		return
	}
	grant(tok.Claims)
}

// Validity is tested but nothing is rejected.
func validLogged(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line 71 on a path`
	if !tok.Valid {
		log.Println("invalid token:", err)
	}
	grant(tok.Claims)
}

// A wrapper that logs the error and returns the token anyway.
func wrapperSwallowsError(s string) *jwt.Token {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
	if err != nil {
		log.Println("parse:", err)
	}
	return tok
}

func wrapperReturnsNilError(s string) (*jwt.Token, error) {
	tok, err := jwt.Parse(s, keyFunc, methods) // want `jwtverify: the token from jwt\.Parse is used at line \d+ on a path where the parse error is not checked`
	if err != nil {
		slog.Warn("token", "err", err)
	}
	return tok, nil
}

// Negatives.

func tokenValid(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if !tok.Valid {
		log.Println("invalid token:", err)
		return
	}
	grant(tok.Claims)
}

// The README idiom: claims used only when token.Valid.
func readmeIdiom(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if claims, ok := tok.Claims.(jwt.MapClaims); ok && tok.Valid {
		grant(claims["sub"])
	} else {
		fmt.Println(err)
	}
}

func errOrInvalid(s string) error {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil || !tok.Valid {
		return fmt.Errorf("invalid token: %w", err)
	}
	grant(tok.Claims)
	return nil
}

func logFatal(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil {
		log.Fatal(err)
	}
	grant(tok.Claims)
}

func logFatalf(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil {
		log.Fatalf("parse: %v", err)
	}
	grant(tok.Claims)
}

func panics(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil {
		panic(err)
	}
	grant(tok.Claims)
}

// Logging the rejected token's claims is not accepting it.
func logsClaimsThenReturns(s string) error {
	claims := &jwt.RegisteredClaims{}
	tok, err := jwt.ParseWithClaims(s, claims, keyFunc, methods)
	if err != nil {
		log.Printf("rejected token for %s (kid %v): %v", claims.Subject, tok.Header["kid"], err)
		slog.Warn("rejected token", "sub", claims.Subject, "iss", claims.Issuer)
		return fmt.Errorf("token of %s: %w", claims.Subject, err)
	}
	grant(claims.Subject)
	return nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(r.Header.Get("Authorization"), keyFunc, methods)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	grant(tok.Claims)
}

// A wrapper returns the token with its error: the caller decides.
func wrapper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, methods)
}

func wrapperNamed(s string) (*jwt.Token, error) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	return tok, err
}

func wrapperWrapsError(s string) (*jwt.Token, error) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	return tok, nil
}

func claimsWrapper(s string) (*jwt.RegisteredClaims, error) {
	claims := &jwt.RegisteredClaims{}
	if _, err := jwt.ParseWithClaims(s, claims, keyFunc, methods); err != nil {
		return nil, err
	}
	return claims, nil
}

// err == nil guards the use.
func successBranch(s string) {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if err == nil {
		grant(tok.Claims)
	}
}

// Checking tok for nil is not a use.
func nilTokenChecked(s string) error {
	tok, err := jwt.Parse(s, keyFunc, methods)
	if tok == nil || err != nil {
		return err
	}
	grant(tok.Claims)
	return nil
}
