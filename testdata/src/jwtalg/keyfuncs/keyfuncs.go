// Package keyfuncs exercises jwtalg on golang-jwt v5 parses without an
// allow-list, with key functions of every shape (literal, named function,
// method value, closure from a constructor, local variable, delegation), and
// key functions that do or do not reject unexpected signing methods.
package keyfuncs

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log"

	keyfunc2 "github.com/MicahParks/keyfunc/v2"
	keyfunc3 "github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	secret []byte

	errUnexpectedMethod = errors.New("unexpected signing method")
)

// Positives: nothing pins the algorithm.

func literal(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function does not check token\.Method\); pass jwt\.WithValidMethods\(\[\]string\{"RS256"\}\)`
		return pub, nil
	})
}

func rsaKey(t *jwt.Token) (any, error) { return pub, nil }

func namedFunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, rsaKey) // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function rsaKey does not check token\.Method\)`
}

type keyStore struct{ pub *rsa.PublicKey }

func (k *keyStore) lookup(t *jwt.Token) (any, error) { return k.pub, nil }

func methodValue(s string, ks *keyStore) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, ks.lookup) // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm the token names \(its key function lookup does not check token\.Method\)`
}

func newKeyfunc(k *rsa.PublicKey) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return k, nil }
}

func sameConstructor(s string) (*jwt.Token, error) {
	return jwt.Parse(s, newKeyfunc(pub)) // want `jwtalg: jwt\.Parse accepts any algorithm the token names`
}

func localVariable(s string) (*jwt.Token, error) {
	kf := func(t *jwt.Token) (any, error) { return secret, nil }
	return jwt.Parse(s, kf) // want `jwtalg: jwt\.Parse accepts any algorithm the token names .*"HS256"`
}

func onParser(s string) (*jwt.Token, error) {
	return jwt.NewParser().Parse(s, rsaKey) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm the token names`
}

// A type assertion whose failure is only logged does not reject anything.
func assertWithoutRejecting(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			log.Printf("unexpected signing method %v", t.Header["alg"])
		}
		return pub, nil
	})
}

// Comparing the algorithm only to pick a key, with a fallback key for every
// other algorithm, lets the token choose.
func compareWithFallback(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		if t.Method.Alg() == "HS256" {
			return secret, nil
		}
		return pub, nil
	})
}

// One of two key functions checks the method; the other does not.
func eitherKeyfunc(s string, legacy bool) (*jwt.Token, error) {
	kf := checkedRSA
	if legacy {
		kf = rsaKey
	}
	return jwt.Parse(s, kf) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

// Negatives: the key function rejects other methods.

func checkedRSA(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return pub, nil
}

func typeAssertion(s string) (*jwt.Token, error) {
	return jwt.Parse(s, checkedRSA)
}

func algCompared(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != jwt.SigningMethodRS256.Alg() {
			return nil, errUnexpectedMethod
		}
		return pub, nil
	})
}

func algComparedToLiteral(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != "HS256" {
			return nil, fmt.Errorf("unexpected alg %s", t.Method.Alg())
		}
		return secret, nil
	})
}

func methodCompared(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodRS256 {
			return nil, errUnexpectedMethod
		}
		return pub, nil
	})
}

func headerCompared(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if alg, _ := t.Header["alg"].(string); alg != "RS256" {
			return nil, errUnexpectedMethod
		}
		return pub, nil
	})
}

func typeSwitchDefaultRejects(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA, *jwt.SigningMethodRSAPSS:
			return pub, nil
		case *jwt.SigningMethodHMAC:
			return secret, nil
		default:
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
	})
}

func panicsOnOtherMethods(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			panic("unexpected signing method")
		}
		return secret, nil
	})
}

// A key function delegating to one that checks the method.
func delegates(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return checkedRSA(t)
	})
}

func checkedConstructor(k *rsa.PublicKey) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, errUnexpectedMethod
		}
		return k, nil
	}
}

func checkedFromConstructor(s string) (*jwt.Token, error) {
	return jwt.Parse(s, checkedConstructor(pub))
}

// Unknown key functions are not reported.

func keyfuncParameter(s string, kf jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(s, kf)
}

type server struct{ keyfunc jwt.Keyfunc }

func (sv *server) keyfuncFromUnsetField(s string) (*jwt.Token, error) {
	return jwt.Parse(s, sv.keyfunc)
}

// A helper that rejects other methods, called by the key function.
func verifyMethod(t *jwt.Token) error {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return nil
}

func checkedByHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := verifyMethod(t); err != nil {
			return nil, err
		}
		return pub, nil
	})
}

// A helper that only logs the method does not reject anything.
func logMethod(t *jwt.Token) error {
	log.Printf("alg %s", t.Method.Alg())
	return nil
}

func helperDoesNotReject(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		if err := logMethod(t); err != nil {
			return nil, err
		}
		return pub, nil
	})
}

// JWKS key functions do not check the method: the token's alg picks among
// the set's keys.
func jwksV2(s string, jwks *keyfunc2.JWKS) (*jwt.Token, error) {
	return jwt.Parse(s, jwks.Keyfunc) // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function Keyfunc does not check token\.Method\)`
}

func jwksV3(s string, k keyfunc3.Keyfunc) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, k.Keyfunc) // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm`
}

func jwksV3Pinned(s string, k keyfunc3.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(s, k.Keyfunc, jwt.WithValidMethods([]string{"RS256"}))
}
