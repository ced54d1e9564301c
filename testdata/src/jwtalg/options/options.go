// Package options exercises how jwtalg resolves golang-jwt v5 parser
// options: inline, held in local and package-level variables, built with
// append, returned by helpers, given to NewParser, spread from a parameter.
package options

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func keyFunc(t *jwt.Token) (any, error) { return pub, nil }

var (
	pinnedOpts  = []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}
	looseOpts   = []jwt.ParserOption{jwt.WithJSONNumber(), jwt.WithLeeway(0)}
	pinnedGlobP = jwt.NewParser(jwt.WithValidMethods([]string{"RS256", "RS384"}))
	looseGlobP  = jwt.NewParser(jwt.WithJSONNumber())
	methods     = []string{"PS256"}
)

// Positives.

func unrelatedOptionsOnly(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithJSONNumber(), jwt.WithPaddingAllowed()) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

func looseLocal(s string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithStrictDecoding()}
	return jwt.Parse(s, keyFunc, opts...) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

func looseGlobal(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, looseOpts...) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

func looseGlobalParser(s string) (*jwt.Token, error) {
	return looseGlobP.Parse(s, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// The allow-list is added on one path only.
func appendedSometimes(s string, strict bool) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithJSONNumber()}
	if strict {
		opts = append(opts, jwt.WithValidMethods([]string{"RS256"}))
	}
	return jwt.Parse(s, keyFunc, opts...) // want `jwtalg: jwt\.Parse accepts any algorithm`
}

func looseHelper() []jwt.ParserOption {
	return []jwt.ParserOption{jwt.WithLeeway(30)}
}

func fromLooseHelper(s string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, jwt.MapClaims{}, keyFunc, looseHelper()...) // want `jwtalg: jwt\.ParseWithClaims accepts any algorithm`
}

func newParserLoose(s string) (*jwt.Token, error) {
	p := jwt.NewParser(looseHelper()...)
	return p.ParseWithClaims(s, &jwt.RegisteredClaims{}, keyFunc) // want `jwtalg: \(\*jwt\.Parser\)\.ParseWithClaims accepts any algorithm`
}

// Negatives.

func inline(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods([]string{"RS256"}))
}

func localVariable(s string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"}), jwt.WithJSONNumber()}
	return jwt.Parse(s, keyFunc, opts...)
}

func singleOptionVariable(s string) (*jwt.Token, error) {
	pin := jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Alg()})
	return jwt.Parse(s, keyFunc, pin)
}

func globalVariable(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, pinnedOpts...)
}

func globalMethodList(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, jwt.WithValidMethods(methods))
}

func globalParser(s string) (*jwt.Token, error) {
	return pinnedGlobP.Parse(s, keyFunc)
}

func appendedAlways(s string, leeway bool) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}
	if leeway {
		opts = append(opts, jwt.WithLeeway(30))
	}
	opts = append(opts, jwt.WithJSONNumber())
	return jwt.Parse(s, keyFunc, opts...)
}

func appendedToEmpty(s string) (*jwt.Token, error) {
	var opts []jwt.ParserOption
	opts = append(opts, jwt.WithValidMethods([]string{"RS256"}))
	return jwt.Parse(s, keyFunc, opts...)
}

func pinnedHelper() []jwt.ParserOption {
	return []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuedAt()}
}

func fromPinnedHelper(s string) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, pinnedHelper()...)
}

func helperAppended(s string) (*jwt.Token, error) {
	opts := append(pinnedHelper(), jwt.WithJSONNumber())
	return jwt.Parse(s, keyFunc, opts...)
}

func newParserWithOptions(s string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
	return p.Parse(s, keyFunc)
}

func newParserFromHelper(s string) (*jwt.Token, error) {
	return jwt.NewParser(pinnedHelper()...).Parse(s, keyFunc)
}

func pinnedParserHelper() *jwt.Parser {
	return jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
}

func fromParserHelper(s string) (*jwt.Token, error) {
	return pinnedParserHelper().Parse(s, keyFunc)
}

// Options from a parameter are unknown: not reported.
func optionsParameter(s string, opts ...jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, opts...)
}

func parserParameter(s string, p *jwt.Parser) (*jwt.Token, error) {
	return p.Parse(s, keyFunc)
}

func optionParameter(s string, extra jwt.ParserOption) (*jwt.Token, error) {
	return jwt.Parse(s, keyFunc, extra)
}
