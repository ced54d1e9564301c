package libmodel

import (
	"go/types"
	"strings"
	"sync"
)

// The verification model shared by every library: option constructors and
// what they do (with the index of each argument that matters),
// configuration struct fields and what setting them does, constructors
// that bind a key and its algorithm into a verifier, algorithm values,
// claims validators, and calls that are findings by themselves. Each
// library's file fills these tables with its rows.

// OptionRow models one option constructor: its effect and the argument
// indices the effect reads (-1 when unused).
type OptionRow struct {
	Effect OptionEffect
	// Arg is the main argument (an allow-list, an algorithm, a bool, a
	// claim name, a duration, a struct); Arg2 the second (a key).
	Arg, Arg2 int
	// Sub is the first variadic sub-option argument (jwx WithKeySet's).
	Sub int
}

var optionRows = map[string]OptionRow{}

func option(key string, eff OptionEffect, args ...int) {
	r := OptionRow{Effect: eff, Arg: -1, Arg2: -1, Sub: -1}
	for i, a := range args {
		switch i {
		case 0:
			r.Arg = a
		case 1:
			r.Arg2 = a
		case 2:
			r.Sub = a
		}
	}
	optionRows[key] = r
}

// OptionOf returns the model of an option constructor.
func OptionOf(fn *types.Func) (OptionRow, bool) {
	r, ok := optionRows[FuncKey(fn)]
	return r, ok
}

// FieldEffect is what setting a field of a configuration struct does.
type FieldEffect int

const (
	FieldValidMethods    FieldEffect = iota + 1 // an allow-list ([]string)
	FieldSkipClaims                             // true switches claims validation off
	FieldAudienceOff                            // true skips the audience check
	FieldIssuerOff                              // true skips the issuer check
	FieldExpOff                                 // true skips the expiry check
	FieldSkipSignature                          // true skips signature verification
	FieldKeyfunc                                // a key function
	FieldKey                                    // a key value
	FieldKeys                                   // keys chosen by kid (a map)
	FieldKeySetURLs                             // URLs of JWKS fetched for keys
	FieldPinAlg                                 // the algorithm the default key function pins
	FieldNested                                 // a struct whose own fields are modelled
	FieldParserOptions                          // parser options ([]jwt.ParserOption)
	FieldCustomParse                            // user code replaces the library's verification
	FieldErrorHandler                           // decides what a failed verification does
	FieldContinueOnError                        // true lets a request on when ErrorHandler returns nil
	FieldClaimsFactory                          // a function returning the claims value to fill
	FieldClaimsValue                            // the claims value to fill (its type's Validate runs)
	FieldPublicKey                              // a public-key source (file, bytes): external keys
	FieldExpectIssuer                           // an expectation: iss must equal it
	FieldExpectAudience                         // an expectation: aud must hold it
	FieldExpectSubject                          // an expectation: sub must equal it
	FieldExpectTime                             // the time checks run at (unset: skipped, go-jose v2)
	FieldNeutral                                // known, and nothing to judge
)

var fieldRows = map[string]FieldEffect{}

// field registers the effect of pkg.Type.Field.
func field(pkg, typ, name string, eff FieldEffect) { fieldRows[pkg+"."+typ+"."+name] = eff }

// FieldOf returns the effect of setting field f of struct type t (or *t).
func FieldOf(t types.Type, f *types.Var) (FieldEffect, bool) {
	pkg, name, ok := TypeOrigin(t)
	if !ok || f == nil {
		return 0, false
	}
	e, ok := fieldRows[pkg+"."+name+"."+f.Name()]
	return e, ok
}

// ConfigType reports whether t (or *t) is a configuration struct whose
// fields the model knows.
func ConfigType(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && configTypes[pkg+"."+name]
}

var configTypes = map[string]bool{}

// configType registers a configuration struct type.
func configType(pkg, typ string) { configTypes[pkg+"."+typ] = true }

// timeExpectations are expectation types whose unset Time field skips the
// time checks (go-jose v2's jwt.Expected).
var timeExpectations = map[string]bool{}

// ExpectsTime reports whether t (or *t) is such an expectation type.
func ExpectsTime(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && timeExpectations[pkg+"."+name]
}

// ConfigCtor is a constructor whose configuration argument decides how
// the value it builds verifies tokens (go-oidc's Provider.Verifier).
type ConfigCtor struct {
	ConfigArg int
	// KeySetArg is an argument holding the keys (-1: none; keys from the
	// identity provider's discovery document).
	KeySetArg int
}

var configCtors = map[string]ConfigCtor{}

// ConfigCtorOf returns the model of a configuration constructor.
func ConfigCtorOf(fn *types.Func) (ConfigCtor, bool) {
	c, ok := configCtors[FuncKey(fn)]
	return c, ok
}

// VerifierCtor builds a verifier bound to one algorithm and key
// (cristalhq's NewVerifierHS(alg, key)).
type VerifierCtor struct {
	AlgArg int // -1: the algorithm is fixed, Alg
	Alg    string
	Kind   KeyKind
	KeyArg int
}

var verifierCtors = map[string]VerifierCtor{}

// VerifierCtorOf returns the model of a verifier constructor.
func VerifierCtorOf(fn *types.Func) (VerifierCtor, bool) {
	v, ok := verifierCtors[FuncKey(fn)]
	return v, ok
}

// algValues maps package-level constants and variables naming algorithms
// (jwa.RS256, kataras jwt.HS256, jose.RS256, validator.RS256...) to the
// JWS algorithm name; "none" for the values that mean no signature.
var algValues = map[string]string{}

// algFuncs maps functions returning algorithm values (jwx v3's jwa.RS256())
// to the algorithm name.
var algFuncs = map[string]string{}

// AlgValue returns the algorithm a package-level object names.
func AlgValue(obj types.Object) (string, bool) {
	if obj == nil || obj.Pkg() == nil {
		return "", false
	}
	a, ok := algValues[obj.Pkg().Path()+"."+obj.Name()]
	return a, ok
}

// AlgFunc returns the algorithm a call of fn returns.
func AlgFunc(fn *types.Func) (string, bool) {
	a, ok := algFuncs[FuncKey(fn)]
	return a, ok
}

// algNames registers the standard JWS algorithm names as constants (or
// variables) of pkg with the same names, and none under the names given.
func algNames(pkg string, none ...string) {
	for _, fam := range []string{"HS", "RS", "PS", "ES"} {
		for _, bits := range []string{"256", "384", "512"} {
			algValues[pkg+"."+fam+bits] = fam + bits
		}
	}
	algValues[pkg+".EdDSA"] = "EdDSA"
	for _, n := range none {
		algValues[pkg+"."+n] = "none"
	}
}

// ClaimsValidator models a call that validates claims after a parse: its
// verdict (an error) counts as the claims its expectation or options name.
type ClaimsValidator struct {
	// ClaimsArg is the claims (or token) validated; -1: the receiver.
	ClaimsArg int
	// ExpectedArg is an expectation struct (go-jose's jwt.Expected).
	ExpectedArg int
	// OptionsArg is the first option (jwx's jwt.Validate(tok, opts...)).
	OptionsArg int
	// OptionsFromRecv: the receiver was built from options (golang-jwt's
	// jwt.NewValidator(opts...).Validate(claims)).
	OptionsFromRecv bool
	// Time: the call also checks exp/nbf/iat when present.
	Time bool
}

var claimsValidators = map[string]ClaimsValidator{}

// ClaimsValidatorOf returns the model of a claims validator call.
func ClaimsValidatorOf(fn *types.Func) (ClaimsValidator, bool) {
	v, ok := claimsValidators[FuncKey(fn)]
	return v, ok
}

// RiskyCall is a call that is a finding by itself: a check's name and the
// message's substance.
type RiskyCall struct {
	Check, Message string
	// BoolArg, when >= 0, is an argument that must be the constant
	// BoolValue for the call to be a finding.
	BoolArg   int
	BoolValue bool
}

var riskyCalls = map[string]RiskyCall{}

// RiskyCallOf returns the model of a call that is a finding by itself.
func RiskyCallOf(fn *types.Func) (RiskyCall, bool) {
	r, ok := riskyCalls[FuncKey(fn)]
	return r, ok
}

// tokenPackages are the import paths of every modelled token library
// package (parse rows, options, configuration): code importing one can
// hold verification sites.
var tokenPackages = map[string]bool{}

// IsVerifyPackage reports whether path is a package of a modelled JWT
// library (any library, not only golang-jwt's family).
func IsVerifyPackage(path string) bool {
	indexOnce()
	return tokenPackages[path] || IsJWTPackage(path)
}

// indexOnce records the packages of every row once every file's init
// functions have filled the tables.
var indexOnce = sync.OnceFunc(indexPackages)

// pkgOf returns the import path in a table key: "pkg.Func",
// "(pkg.T).M" or "(*pkg.T).M" (paths may hold dots: gopkg.in/x.v2).
func pkgOf(key string) string {
	if strings.HasPrefix(key, "(") {
		if end := strings.Index(key, ")"); end > 0 {
			key = strings.TrimPrefix(key[1:end], "*")
		}
	}
	if i := strings.LastIndex(key, "."); i >= 0 {
		return key[:i]
	}
	return key
}

func indexPackages() {
	for k := range parseAPIs {
		tokenPackages[pkgOf(k)] = true
	}
	for k := range optionRows {
		tokenPackages[pkgOf(k)] = true
	}
	for k := range configCtors {
		tokenPackages[pkgOf(k)] = true
	}
	for k := range verifierCtors {
		tokenPackages[pkgOf(k)] = true
	}
	for k := range riskyCalls {
		tokenPackages[pkgOf(k)] = true
	}
	for k := range claimsValidators {
		tokenPackages[pkgOf(k)] = true
	}
}

// headerFields name the fields of a library's decoded JOSE header structs
// that hold the algorithm ("alg") or an embedded key ("jwk").
var headerFields = map[string]string{}

func headerField(f *types.Var) string {
	if f == nil || f.Pkg() == nil || !f.IsField() {
		return ""
	}
	for key, what := range headerFields {
		if strings.HasPrefix(key, f.Pkg().Path()+".") && strings.HasSuffix(key, "."+f.Name()) {
			return what
		}
	}
	return ""
}

// IsAlgField reports whether f is the algorithm field of a decoded header.
func IsAlgField(f *types.Var) bool { return headerField(f) == "alg" }

// IsEmbeddedKeyField reports whether f is the embedded key (jwk) field of
// a decoded header.
func IsEmbeddedKeyField(f *types.Var) bool { return headerField(f) == "jwk" }
