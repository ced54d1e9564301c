// Package crosspkg exercises jwtalg with key functions, constructors, method
// values, option helpers and parser constructors defined in another package
// (jwtalg/keys): their summaries arrive as facts.
package crosspkg

import (
	"github.com/golang-jwt/jwt/v5"

	"jwtalg/keys"
)

// Positives.

func namedKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.KeyFunc) // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function KeyFunc does not check token\.Method\); pass jwt\.WithValidMethods\(\[\]string\{"RS256"\}\)`
}

func constructorKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.NewKeyfunc(nil)) // want `jwtalg: jwt\.Parse accepts any algorithm the token names .*"ES256"`
}

func methodValueKeyfunc(s string, st *keys.Store) (*jwt.Token, error) {
	return jwt.Parse(s, st.Key) // want `jwtalg: jwt\.Parse accepts any algorithm the token names \(its key function Key does not check token\.Method\)`
}

func looseHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.KeyFunc, keys.LooseOptions()...) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

func looseParser(s string) (*jwt.Token, error) {
	return keys.NewLooseParser().Parse(s, keys.KeyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

func mixedHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.CheckedKeyFunc, keys.MixedOptions()...) // want `jwtalg: the allow-list of jwt\.Parse mixes HS256 and RS256`
}

func noneKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.NoneKeyfunc, keys.Options()...) // want `jwtalg: the key function NoneKeyfunc of jwt\.Parse returns jwt\.UnsafeAllowNoneSignatureType`
}

// Negatives.

func checkedKeyfunc(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.CheckedKeyFunc)
}

func checkedConstructor(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.NewCheckedKeyfunc([]byte("k")))
}

func checkedMethodValue(s string, st *keys.Store) (*jwt.Token, error) {
	return jwt.Parse(s, st.CheckedKey)
}

func pinnedHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.KeyFunc, keys.Options()...)
}

func pinnedSingleOption(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keys.NewKeyfunc(nil), keys.Pinned())
}

func pinnedParser(s string) (*jwt.Token, error) {
	return keys.NewParser().Parse(s, keys.KeyFunc)
}

func helperInsideNewParser(s string) (*jwt.Token, error) {
	return jwt.NewParser(keys.Options()...).ParseWithClaims(s, &jwt.RegisteredClaims{}, keys.KeyFunc)
}

func checkedByImportedHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := keys.VerifyMethod(t); err != nil {
			return nil, err
		}
		return keys.NewKeyfunc(nil)(t)
	})
}

func importedHelperDoesNotReject(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwtalg: jwt\.Parse accepts any algorithm`
		if err := keys.LogMethod(t); err != nil {
			return nil, err
		}
		return keys.KeyFunc(t)
	})
}
