package libmodel

import (
	"go/constant"
	"go/types"
	"strings"
)

// Line is an API generation of golang-jwt and its forks: versions of one line
// share function shapes and defaults.
type Line int

const (
	// LineV3 is github.com/golang-jwt/jwt (v3), github.com/dgrijalva/jwt-go
	// and github.com/form3tech-oss/jwt-go: no parser options; allow-lists only
	// through a Parser{ValidMethods: ...} literal; aud/iss never checked;
	// claims validated before the signature, errors combined in a bit set.
	LineV3 Line = iota + 1
	// LineV4 is github.com/golang-jwt/jwt/v4: parser options for methods and
	// skipping claims validation; aud/iss only through Verify* methods.
	LineV4
	// LineV5 is github.com/golang-jwt/jwt/v5: options for every claim check.
	LineV5
)

// JWTLibs are the golang-jwt-shaped libraries jwtlint models: one line per
// import path, their shapes built from the rows below by init.
var JWTLibs = []*Library{
	golangJWT("github.com/golang-jwt/jwt/v5", "golang-jwt/jwt v5", LineV5),
	golangJWT("github.com/golang-jwt/jwt/v4", "golang-jwt/jwt v4", LineV4),
	golangJWT("github.com/golang-jwt/jwt", "golang-jwt/jwt v3", LineV3),
	golangJWT("github.com/dgrijalva/jwt-go", "dgrijalva/jwt-go", LineV3),
	golangJWT("github.com/form3tech-oss/jwt-go", "form3tech-oss/jwt-go", LineV3),
}

// golangJWT describes one import path of the golang-jwt family: its
// behaviour and how messages word remedies in its API.
func golangJWT(path, name string, line Line) *Library {
	l := &Library{
		ID: path, Name: name, Path: path, Request: path + "/request", Pkg: "jwt", Line: line,
		TokenOnError: true, ExpIfPresent: true,
		ValidateMethod: "Valid", ValidReplacesLibrary: true,
		PinParser:  "parse with &jwt.Parser{ValidMethods: []string{%q}} or reject unexpected token.Method in the key function",
		EnableTime: "remove WithoutClaimsValidation/SkipClaimsValidation",
		ClaimRemedies: map[string]string{
			"aud": "reject unless claims.VerifyAudience(aud, true)",
			"iss": "reject unless claims.VerifyIssuer(iss, true)",
			"exp": "reject unless claims.VerifyExpiresAt(now, true)",
			"nbf": "reject unless claims.VerifyNotBefore(now, true)",
			"sub": "reject unless the sub claim is the expected subject",
		},
		ClaimRemedySep: "; ",
		Unverified:     "jwt.Parse with a key function and an algorithm allow-list",
	}
	if line >= LineV4 {
		l.PinOption = "%s.WithValidMethods([]string{%q})"
		l.PinRequest = "pass request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{%q})))"
	}
	if line == LineV5 {
		l.ValidateMethod, l.ValidReplacesLibrary = "Validate", false
		l.ClaimRemedies = map[string]string{
			"aud": "jwt.WithAudience(...)", "iss": "jwt.WithIssuer(...)", "exp": "jwt.WithExpirationRequired()",
			"sub": "jwt.WithSubject(...)", "nbf": "jwt.WithNotBeforeRequired()",
		}
		l.ClaimRemedyPrefix, l.ClaimRemedySep = "pass ", ", "
	}
	register(l)
	return l
}

// Unmaintained maps import paths whose mere import is a finding to the reason.
var Unmaintained = map[string]string{
	"github.com/dgrijalva/jwt-go":            "github.com/dgrijalva/jwt-go is unmaintained and has an audience-check bypass (CVE-2020-26160)",
	"github.com/dgrijalva/jwt-go/request":    "github.com/dgrijalva/jwt-go is unmaintained and has an audience-check bypass (CVE-2020-26160)",
	"github.com/dgrijalva/jwt-go/v4":         "github.com/dgrijalva/jwt-go/v4 is an unmaintained preview of an abandoned library",
	"github.com/dgrijalva/jwt-go/v4/request": "github.com/dgrijalva/jwt-go/v4 is an unmaintained preview of an abandoned library",
}

// ReplacementPath is what messages recommend instead of an unmaintained or
// old line.
const ReplacementPath = "github.com/golang-jwt/jwt/v5"

// JWTLibOf returns the golang-jwt-shaped library whose core or request
// package has the given path.
func JWTLibOf(path string) *Library {
	for _, l := range JWTLibs {
		if l.Path == path || l.Request == path {
			return l
		}
	}
	return nil
}

// ParseAPI describes one function or method that parses, decodes or
// verifies a token, or builds a middleware or validator whose
// configuration decides how tokens are verified. Argument indices count
// declared parameters (the receiver excluded); -1 means absent. Rows are
// built with row() and the role functions below, so that every index not
// named is absent.
type ParseAPI struct {
	Lib     *Library
	Display string // how messages name the call, e.g. "jwt.ParseWithClaims"
	// OnParser: a *Parser method; the receiver carries the parser's options.
	OnParser bool
	// ConfigRecv: the receiver was built by a configuration constructor
	// (a go-oidc verifier from Provider.Verifier(&oidc.Config{...})).
	ConfigRecv bool
	// TokenArg is the index of the token string; -1 when the token is
	// extracted from a request or lies in the receiver.
	TokenArg int
	// TokenOfRecv: the receiver is the token object a Step call decoded
	// (go-jose's ParseSigned then tok.Claims(key, &c)).
	TokenOfRecv bool
	ClaimsArg   int
	// OutArg is the first claims destination of a variadic list
	// (go-jose's tok.Claims(key, &std, &custom)).
	OutArg     int
	KeyfuncArg int // a key function (golang-jwt shape)
	KeyArg     int // a key value (go-jose, kataras)
	// VerifierArg is a verifier built by a constructor the model knows
	// (cristalhq's jwt.NewVerifierHS(alg, key)).
	VerifierArg int
	// AlgArg is an algorithm the call pins; AlgsArg an allow-list of them.
	AlgArg, AlgsArg int
	OptionsArg      int // first variadic option parameter
	// ConfigArg is a configuration struct (value or pointer) whose fields
	// the model knows (echo-jwt, gofiber, gin-jwt, go-oidc).
	ConfigArg int
	// RequestOptions: the options are request.ParseFromRequestOption values.
	RequestOptions bool
	// Unverified: the call decodes without verifying.
	Unverified bool
	// Step: the call only decodes a token object that a later call on it
	// verifies (go-jose's ParseSigned); its allow-list (AlgsArg) is judged
	// there, and reported here.
	Step bool
	// Configure: the call builds a middleware or validator; it is where its
	// configuration is judged, and no token flows to the caller.
	Configure bool
	ErrResult int // index of the error result
	// TokenResult is the index of the result carrying the token (or the
	// claims) when it is not 0.
	TokenResult int
	// Wrapper: a function of the analysed code that returns the token and
	// the error of a parse it makes; only its callers' error handling is
	// judged (options and key function belong to the parse inside).
	Wrapper bool
}

// Role sets one role of a row.
type Role func(*ParseAPI)

func tokenArg(i int) Role    { return func(a *ParseAPI) { a.TokenArg = i } }
func claimsArg(i int) Role   { return func(a *ParseAPI) { a.ClaimsArg = i } }
func outArg(i int) Role      { return func(a *ParseAPI) { a.OutArg = i } }
func keyfuncArg(i int) Role  { return func(a *ParseAPI) { a.KeyfuncArg = i } }
func keyArg(i int) Role      { return func(a *ParseAPI) { a.KeyArg = i } }
func verifierArg(i int) Role { return func(a *ParseAPI) { a.VerifierArg = i } }
func algArg(i int) Role      { return func(a *ParseAPI) { a.AlgArg = i } }
func algsArg(i int) Role     { return func(a *ParseAPI) { a.AlgsArg = i } }
func optionsArg(i int) Role  { return func(a *ParseAPI) { a.OptionsArg = i } }
func configArg(i int) Role   { return func(a *ParseAPI) { a.ConfigArg = i } }
func errResult(i int) Role   { return func(a *ParseAPI) { a.ErrResult = i } }

var (
	onParser       Role = func(a *ParseAPI) { a.OnParser = true }
	configRecv     Role = func(a *ParseAPI) { a.ConfigRecv = true }
	tokenOfRecv    Role = func(a *ParseAPI) { a.TokenOfRecv = true }
	requestOptions Role = func(a *ParseAPI) { a.RequestOptions = true }
	unverified     Role = func(a *ParseAPI) { a.Unverified = true }
	step           Role = func(a *ParseAPI) { a.Step = true }
	configure      Role = func(a *ParseAPI) { a.Configure = true }
)

// NewAPI returns a row with every index absent and the roles applied.
func NewAPI(lib *Library, display string, roles ...Role) *ParseAPI {
	a := &ParseAPI{Lib: lib, Display: display, TokenArg: -1, ClaimsArg: -1, OutArg: -1, KeyfuncArg: -1,
		KeyArg: -1, VerifierArg: -1, AlgArg: -1, AlgsArg: -1, OptionsArg: -1, ConfigArg: -1, ErrResult: -1}
	for _, r := range roles {
		r(a)
	}
	return a
}

// addAPI registers a row under a function key.
func addAPI(key string, a *ParseAPI) { parseAPIs[key] = a }

// OptionEffect is what a parser option (or Parser field) does.
type OptionEffect int

const (
	OptValidMethods OptionEffect = iota + 1 // argument 0: []string allow-list
	OptAudience
	OptIssuer
	OptSubject
	OptExpirationRequired
	OptNotBeforeRequired
	OptWithoutClaimsValidation
	OptLeeway // argument 0: time.Duration
	// Request options.
	OptRequestParser // argument 0: *jwt.Parser
	OptRequestClaims // argument 0: jwt.Claims to fill
	// OptNeutral: an option that changes decoding or timekeeping only
	// (WithJSONNumber, WithPaddingAllowed, ...). Modelling it keeps a
	// parse that uses it resolvable: an unknown option would hide a
	// missing allow-list or claim check.
	OptNeutral
	// OptKey: verify with key Arg2 under algorithm Arg, which the option
	// pins (jwx's WithKey(jwa.RS256, key)).
	OptKey
	// OptKeySet: verify with the key set Arg; Sub are its sub-options.
	OptKeySet
	// OptInferAlgorithm: bool Arg; true takes the algorithm from the
	// token for keys that carry none (jws.WithInferAlgorithmFromKey).
	OptInferAlgorithm
	// OptKeyProvider: user code chooses the key (and its algorithm).
	OptKeyProvider
	// OptVerifyAuto: keys fetched from the URL in the token's jku header.
	OptVerifyAuto
	// OptVerify: bool Arg; false skips the signature (jwx WithVerify).
	OptVerify
	// OptValidate: bool Arg; false switches claims validation off, true
	// switches it on where it is off by default (jwx v1).
	OptValidate
	// OptRequiredClaim: the claim named by constant Arg must be present.
	OptRequiredClaim
	// OptResetValidators: bool Arg; true drops the time checks.
	OptResetValidators
	// OptClaimsUnknown: a custom validator; what it checks is not known.
	OptClaimsUnknown
	// OptExpected: Arg is an expectation struct whose fields are modelled
	// (kataras jwt.Expected passed as a validator).
	OptExpected
	// OptCredentialsOptional: bool Arg; true lets requests without a token
	// through (auth0 WithCredentialsOptional).
	OptCredentialsOptional
	// OptSkipPreflight: bool Arg; false skips validation of OPTIONS
	// requests (auth0 WithValidateOnOptions).
	OptSkipPreflight
)

// ClaimVerifier is a v3/v4 claims method that checks one registered claim,
// e.g. MapClaims.VerifyAudience(cmp string, req bool).
type ClaimVerifier struct {
	Claim string // "aud", "iss", "exp", ...
	// RequiredArg is the index of the `req bool` parameter: with false the
	// check passes when the claim is absent; -1 for methods without one.
	RequiredArg int
	// Time: the method compares a time claim with the clock (a
	// hand-written time check of the claims).
	Time bool
}

// Model tables, keyed by FuncKey. Built once from JWTLibs at init.
var (
	parseAPIs      = map[string]*ParseAPI{}
	newParserFuncs = map[string]*Library{}
	// newValidatorFuncs build a claims validator from parser options;
	// validateMethods run it on claims (v5 jwt.NewValidator(...).Validate).
	newValidatorFuncs = map[string]*Library{}
	claimVerifiers    = map[string]ClaimVerifier{}
)

func init() {
	for _, l := range JWTLibs {
		p, rq := l.Path, l.Request
		// v3-line Parse/ParseWithClaims take no options.
		var parseOpts, withClaimsOpts Role = func(*ParseAPI) {}, func(*ParseAPI) {}
		if l.Line >= LineV4 {
			parseOpts, withClaimsOpts = optionsArg(2), optionsArg(3)
		}
		addAPI(funcName(p, "Parse"), NewAPI(l, "jwt.Parse", tokenArg(0), keyfuncArg(1), parseOpts, errResult(1)))
		addAPI(funcName(p, "ParseWithClaims"), NewAPI(l, "jwt.ParseWithClaims", tokenArg(0), claimsArg(1), keyfuncArg(2), withClaimsOpts, errResult(1)))
		addAPI(methodName(p, "*Parser", "Parse"), NewAPI(l, "(*jwt.Parser).Parse", onParser, tokenArg(0), keyfuncArg(1), errResult(1)))
		addAPI(methodName(p, "*Parser", "ParseWithClaims"), NewAPI(l, "(*jwt.Parser).ParseWithClaims", onParser, tokenArg(0), claimsArg(1), keyfuncArg(2), errResult(1)))
		addAPI(methodName(p, "*Parser", "ParseUnverified"), NewAPI(l, "(*jwt.Parser).ParseUnverified", onParser, unverified, tokenArg(0), claimsArg(1), errResult(2)))
		addAPI(funcName(rq, "ParseFromRequest"), NewAPI(l, "request.ParseFromRequest", keyfuncArg(2), optionsArg(3), requestOptions, errResult(1)))
		addAPI(funcName(rq, "ParseFromRequestWithClaims"), NewAPI(l, "request.ParseFromRequestWithClaims", claimsArg(2), keyfuncArg(3), errResult(1)))

		option(funcName(rq, "WithParser"), OptRequestParser, 0)
		option(funcName(rq, "WithClaims"), OptRequestClaims, 0)

		if l.Line == LineV5 {
			newValidatorFuncs[funcName(p, "NewValidator")] = l
			claimsValidators[methodName(p, "*Validator", "Validate")] = ClaimsValidator{ClaimsArg: 0, ExpectedArg: -1, OptionsArg: -1, OptionsFromRecv: true, Time: true}
		}
		field(p, "Parser", "ValidMethods", FieldValidMethods)
		field(p, "Parser", "SkipClaimsValidation", FieldSkipClaims)
		field(p, "Parser", "UseJSONNumber", FieldNeutral)
		if l.Line >= LineV4 {
			newParserFuncs[funcName(p, "NewParser")] = l
			option(funcName(p, "WithValidMethods"), OptValidMethods, 0)
			option(funcName(p, "WithoutClaimsValidation"), OptWithoutClaimsValidation)
			option(funcName(p, "WithJSONNumber"), OptNeutral)
		}
		if l.Line == LineV5 {
			for name, eff := range map[string]OptionEffect{
				"WithAudience":           OptAudience,
				"WithAllAudiences":       OptAudience,
				"WithIssuer":             OptIssuer,
				"WithSubject":            OptSubject,
				"WithExpirationRequired": OptExpirationRequired,
				"WithNotBeforeRequired":  OptNotBeforeRequired,
				"WithLeeway":             OptLeeway,
				"WithTimeFunc":           OptNeutral,
				"WithIssuedAt":           OptNeutral,
				"WithPaddingAllowed":     OptNeutral,
				"WithStrictDecoding":     OptNeutral,
			} {
				option(funcName(p, name), eff, 0)
			}
		} else {
			for _, recv := range []string{"MapClaims", "*StandardClaims", "*RegisteredClaims"} {
				for name, claim := range map[string]string{
					"VerifyAudience": "aud", "VerifyIssuer": "iss", "VerifyExpiresAt": "exp",
					"VerifyNotBefore": "nbf", "VerifyIssuedAt": "iat",
				} {
					claimVerifiers[methodName(p, recv, name)] = ClaimVerifier{Claim: claim, RequiredArg: 1}
				}
			}
		}
	}
}

// ParseCall returns the model of fn if it parses a token.
func ParseCall(fn *types.Func) *ParseAPI { return parseAPIs[FuncKey(fn)] }

// NewValidatorFunc reports whether fn is jwt.NewValidator, whose variadic
// argument 0 holds the options a Validate call then checks.
func NewValidatorFunc(fn *types.Func) *Library { return newValidatorFuncs[FuncKey(fn)] }

// NewParserFunc reports whether fn is jwt.NewParser (options constructor).
func NewParserFunc(fn *types.Func) *Library { return newParserFuncs[FuncKey(fn)] }

// ClaimVerifierOf returns the v3/v4 claim-verify method model of fn.
func ClaimVerifierOf(fn *types.Func) (ClaimVerifier, bool) {
	v, ok := claimVerifiers[FuncKey(fn)]
	return v, ok
}

// IsJWTPackage reports whether path is a modeled JWT library package.
func IsJWTPackage(path string) bool { return JWTLibOf(path) != nil }

// Registered-claim fields of RegisteredClaims (v4/v5) and StandardClaims (v3/v4).
var registeredClaimFields = map[string]string{
	"Issuer": "iss", "Subject": "sub", "Audience": "aud", "ExpiresAt": "exp",
	"NotBefore": "nbf", "IssuedAt": "iat", "ID": "jti", "Id": "jti",
}

// RegisteredClaimField returns the claim name of a field of the library's
// RegisteredClaims/StandardClaims structs (promoted fields included).
func RegisteredClaimField(field *types.Var) (string, bool) {
	if field == nil || field.Pkg() == nil || !IsJWTPackage(field.Pkg().Path()) {
		return "", false
	}
	c, ok := registeredClaimFields[field.Name()]
	return c, ok
}

// TokenField tells which field of a jwt.Token the variable is, if any:
// "Claims", "Header", "Raw", "Method", "Valid", "Signature".
func TokenField(field *types.Var) string {
	if field == nil || !field.IsField() || field.Pkg() == nil || JWTLibOf(field.Pkg().Path()) == nil {
		return ""
	}
	switch field.Name() {
	case "Claims", "Header", "Raw", "Method", "Valid", "Signature":
		return field.Name()
	}
	return ""
}

// IsToken reports whether t is *jwt.Token (or jwt.Token) of a modeled library.
func IsToken(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && name == "Token" && IsJWTPackage(pkg)
}

// IsParser reports whether t is *jwt.Parser or jwt.Parser.
func IsParser(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && name == "Parser" && IsJWTPackage(pkg)
}

// IsParserOption reports whether t is a parser option type of a modelled
// library (golang-jwt's jwt.ParserOption).
func IsParserOption(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && name == "ParserOption" && IsJWTPackage(pkg)
}

// IsNoneKeyType reports whether t is the type of the key value that makes
// a key function accept unsigned tokens (golang-jwt's
// UnsafeAllowNoneSignatureType, of an unexported type).
func IsNoneKeyType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && IsJWTPackage(n.Obj().Pkg().Path()) && n.Obj().Name() == "unsafeNoneMagicConstant"
}

// IsKeyfuncType reports whether t is a modeled jwt.Keyfunc type.
func IsKeyfuncType(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && name == "Keyfunc" && IsJWTPackage(pkg)
}

// IsKeyfuncSignature reports whether sig has a key function's shape:
// func(*jwt.Token) (key, error) for a modeled library's Token.
func IsKeyfuncSignature(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && IsToken(sig.Params().At(0).Type()) &&
		sig.Results().Len() == 2 && isErrorType(sig.Results().At(1).Type())
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// Algorithm families.
const (
	FamilyHMAC  = "HS"
	FamilyRSA   = "RS"
	FamilyPSS   = "PS"
	FamilyECDSA = "ES"
	FamilyEdDSA = "EdDSA"
	FamilyNone  = "none"
)

// AlgFamily returns the family of a JWS algorithm name ("HS256" → "HS"),
// or "" for names jwtlint does not know.
func AlgFamily(alg string) string {
	switch {
	case alg == "none":
		return FamilyNone
	case alg == "EdDSA" || alg == "Ed25519":
		return FamilyEdDSA
	case len(alg) == 5 && (strings.HasPrefix(alg, "HS") || strings.HasPrefix(alg, "RS") ||
		strings.HasPrefix(alg, "PS") || strings.HasPrefix(alg, "ES")):
		return alg[:2]
	}
	return ""
}

// Symmetric reports whether a family verifies with a shared secret.
func Symmetric(family string) bool { return family == FamilyHMAC }

// SigningMethodVar returns the algorithm named by a library signing-method
// variable (jwt.SigningMethodRS256 → "RS256", jwt.SigningMethodNone → "none").
func SigningMethodVar(v *types.Var) (string, bool) {
	if v == nil || v.Pkg() == nil || !IsJWTPackage(v.Pkg().Path()) || v.Parent() != v.Pkg().Scope() {
		return "", false
	}
	alg, ok := strings.CutPrefix(v.Name(), "SigningMethod")
	if !ok || alg == "" {
		return "", false
	}
	if alg == "None" {
		return "none", true
	}
	if AlgFamily(alg) == "" {
		return "", false
	}
	return alg, true
}

// IsClaimsType reports whether t (or *t) holds JWT claims: a library claims
// type (MapClaims, RegisteredClaims, StandardClaims, the Claims interface)
// or a struct embedding one. Fields read from such values are token data
// wherever the value comes from (a parse, a context, a handler parameter).
func IsClaimsType(t types.Type) bool { return isClaimsType(t, 0) }

func isClaimsType(t types.Type, depth int) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if pkg, name, ok := TypeOrigin(t); ok && IsJWTPackage(pkg) {
		switch name {
		case "MapClaims", "RegisteredClaims", "StandardClaims", "Claims":
			return true
		}
		return false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 3 {
		return false
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Embedded() && isClaimsType(f.Type(), depth+1) {
			return true
		}
	}
	return false
}

// validationClaimBits name the bits of a v3/v4 ValidationError.Errors that
// report claim failures. The parse sets them only after the key function
// succeeded, and sets the signature bit alongside them when the signature
// fails too, so an error whose bits are all among these comes from a token
// whose signature verified.
var validationClaimBits = []string{
	"ValidationErrorAudience", "ValidationErrorExpired", "ValidationErrorIssuedAt",
	"ValidationErrorIssuer", "ValidationErrorNotValidYet", "ValidationErrorId",
	"ValidationErrorClaimsInvalid",
}

// IsValidationErrorBits reports whether field is ValidationError.Errors of a
// modeled library.
func IsValidationErrorBits(structType types.Type, field *types.Var) bool {
	pkg, name, ok := TypeOrigin(structType)
	return ok && name == "ValidationError" && IsJWTPackage(pkg) && field != nil && field.Name() == "Errors"
}

// ValidationClaimMask returns the claim-failure bits of the library's
// ValidationError, given the type of a ValidationError value (or pointer).
func ValidationClaimMask(validationError types.Type) uint64 {
	if p, ok := types.Unalias(validationError).(*types.Pointer); ok {
		validationError = p.Elem()
	}
	n, ok := types.Unalias(validationError).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return 0
	}
	var mask uint64
	for _, name := range validationClaimBits {
		c, ok := n.Obj().Pkg().Scope().Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		if v, ok := constant.Uint64Val(c.Val()); ok {
			mask |= v
		}
	}
	return mask
}

// ErrorKind classifies an error value a library's parse returns.
type ErrorKind string

const (
	// ErrClaims: a registered claim failed validation (expired, not valid
	// yet, wrong audience...). In v5 and v4 ≥ 4.5.1 the signature was
	// verified before; in the v3 line and v4 ≤ 4.5.0 a signature failure is
	// reported in the same error, so only together with a test excluding
	// ErrSignature does it prove a verified signature.
	ErrClaims ErrorKind = "claims"
	// ErrSignature: the signature did not verify.
	ErrSignature ErrorKind = "signature"
)

var parseErrors = map[string]ErrorKind{
	"ErrTokenExpired": ErrClaims, "ErrTokenNotValidYet": ErrClaims, "ErrTokenUsedBeforeIssued": ErrClaims,
	"ErrTokenInvalidAudience": ErrClaims, "ErrTokenInvalidIssuer": ErrClaims, "ErrTokenInvalidSubject": ErrClaims,
	"ErrTokenInvalidId": ErrClaims, "ErrTokenInvalidClaims": ErrClaims, "ErrTokenRequiredClaimMissing": ErrClaims,
	"ErrTokenSignatureInvalid": ErrSignature, "ErrSignatureInvalid": ErrSignature,
}

// ErrorKindOf classifies a package-level error variable of a modelled JWT
// library; "" for other variables.
func ErrorKindOf(v *types.Var) ErrorKind {
	if v == nil || v.Pkg() == nil || !IsJWTPackage(v.Pkg().Path()) || v.Parent() != v.Pkg().Scope() {
		return ""
	}
	return parseErrors[v.Name()]
}
