package libmodel

import (
	"go/types"
	"reflect"
	"strings"
)

// Token creation: where each library takes a signing or verification key,
// which calls sign a token, and which calls set its claims. The jwtkey and
// jwtexp checks (through internal/jwtsign) read these tables; nothing here
// is matched by the text of the user's identifiers.

// KeyAPI is a library call that takes a signing or verification key.
// Argument indices count declared parameters (the receiver excluded).
type KeyAPI struct {
	Display string
	KeyArg  int // the key, or the key function when Keyfunc is set
	AlgArg  int // the algorithm; -1 when the call has none
	// AlgFromToken: the algorithm is the signing method the receiver token
	// was created with (golang-jwt (*Token).SignedString).
	AlgFromToken bool
	// DefaultAlg is the algorithm when no argument names it: "HS256" for
	// APIs that only take HMAC keys.
	DefaultAlg string
	// Verify: the key verifies tokens; otherwise it signs them.
	Verify bool
	// Keyfunc: the argument is a function whose first result is the key.
	Keyfunc bool
}

// KeyField is a struct field of a library type that holds a key (a
// middleware's configuration, go-jose's SigningKey), or a key function.
type KeyField struct {
	Display string
	// AlgField names the sibling field that holds the algorithm; "" when
	// there is none.
	AlgField string
	// DefaultAlg applies when the algorithm field is not set.
	DefaultAlg string
	Keyfunc    bool
	Verify     bool
}

// SignKind says where a signing call finds the claims it signs.
type SignKind int

const (
	// SignTokenRecv: the receiver is a token made by New/NewWithClaims
	// (golang-jwt SignedString).
	SignTokenRecv SignKind = iota + 1
	// SignTokenArg: argument Arg is a token value or a builder's token (jwx Sign).
	SignTokenArg
	// SignBuilderRecv: the receiver is a builder whose Claims calls added
	// the claims (go-jose jwt.Signed(s).Claims(c).Serialize()).
	SignBuilderRecv
	// SignClaimsArg: argument Arg holds the claims (kataras Sign,
	// cristalhq Builder.Build).
	SignClaimsArg
)

// SignAPI is a library call that produces a signed token.
type SignAPI struct {
	Display string
	Kind    SignKind
	Arg     int // token or claims argument (SignTokenArg, SignClaimsArg)
	// OptionsArg is the first variadic sign option (jwx key options,
	// kataras MaxAge); -1 when there is none.
	OptionsArg int
}

// ClaimsOp is what a library call does to the claims of a token being built.
type ClaimsOp int

const (
	// OpNewToken: golang-jwt New(method): a token with empty MapClaims;
	// argument 0 is the signing method.
	OpNewToken ClaimsOp = iota + 1
	// OpNewTokenClaims: golang-jwt NewWithClaims(method, claims).
	OpNewTokenClaims
	// OpBuilderRoot: an empty claims builder or token (jwx NewBuilder and
	// New, go-jose Signed).
	OpBuilderRoot
	// OpSetExp: the builder's exp becomes argument 0 (jwx Expiration);
	// the result is the builder.
	OpSetExp
	// OpSetClaim: claim named by argument 0 becomes argument 1 (jwx
	// Builder.Claim, Token.Set).
	OpSetClaim
	// OpAddClaims: argument 0 is merged into the builder's claims
	// (go-jose Builder.Claims); the result is a new builder.
	OpAddClaims
	// OpBuild: the result is the token of the receiver builder (jwx Build).
	OpBuild
	// OpMaxAge: a sign option setting exp to now + argument 0 (kataras MaxAge).
	OpMaxAge
	// OpNoSignature: a sign option signing with alg "none" (jwx
	// WithInsecureNoSignature).
	OpNoSignature
	// OpTimeWrap: the result is the time of argument 0 as a claim value
	// (NewNumericDate).
	OpTimeWrap
)

// ClaimsCall is the model of one claims-building call.
type ClaimsCall struct {
	Op ClaimsOp
	// Builder: the receiver (or result) is the builder or token being built.
	Builder bool
}

var (
	keyAPIs     = map[string]*KeyAPI{}
	keyFields   = map[string]*KeyField{}
	signAPIs    = map[string]*SignAPI{}
	claimsCalls = map[string]ClaimsCall{}
	// claimsCarriers are library types that carry claims to be signed:
	// tokens, builders and claims types.
	claimsCarriers = map[string]bool{}
)

// Import paths of the signing libraries, by family.
var (
	jwxJWT   = []string{"github.com/lestrrat-go/jwx/v2/jwt", "github.com/lestrrat-go/jwx/v3/jwt"}
	jwxJWS   = []string{"github.com/lestrrat-go/jwx/v2/jws", "github.com/lestrrat-go/jwx/v3/jws"}
	joseRoot = []string{"github.com/go-jose/go-jose/v3", "github.com/go-jose/go-jose/v4", "gopkg.in/square/go-jose.v2", "gopkg.in/go-jose/go-jose.v2"}
	kataras  = "github.com/kataras/jwt"
	cristal  = []string{"github.com/cristalhq/jwt/v4", "github.com/cristalhq/jwt/v5"}
	echoJWT  = "github.com/labstack/echo-jwt/v4"
	ginJWT   = "github.com/appleboy/gin-jwt/v2"
	fiberJWT = "github.com/gofiber/contrib/jwt"
	auth0Val = "github.com/auth0/go-jwt-middleware/v2/validator"
)

func init() {
	// golang-jwt and forks.
	for _, l := range JWTLibs {
		p := l.Path
		keyAPIs[methodName(p, "*Token", "SignedString")] = &KeyAPI{Display: "(*jwt.Token).SignedString", KeyArg: 0, AlgArg: -1, AlgFromToken: true}
		keyAPIs[methodName(p, "*SigningMethodHMAC", "Sign")] = &KeyAPI{Display: "(*jwt.SigningMethodHMAC).Sign", KeyArg: 1, AlgArg: -1, DefaultAlg: "HS256"}
		keyAPIs[methodName(p, "*SigningMethodHMAC", "Verify")] = &KeyAPI{Display: "(*jwt.SigningMethodHMAC).Verify", KeyArg: 2, AlgArg: -1, DefaultAlg: "HS256", Verify: true}
		signAPIs[methodName(p, "*Token", "SignedString")] = &SignAPI{Display: "(*jwt.Token).SignedString", Kind: SignTokenRecv, OptionsArg: -1}
		claimsCalls[funcName(p, "New")] = ClaimsCall{Op: OpNewToken}
		claimsCalls[funcName(p, "NewWithClaims")] = ClaimsCall{Op: OpNewTokenClaims}
		claimsCalls[funcName(p, "NewNumericDate")] = ClaimsCall{Op: OpTimeWrap}
		carriers(p, "Token", "MapClaims", "RegisteredClaims", "StandardClaims", "Claims")
	}

	// lestrrat-go/jwx v2, v3 (and v1's Sign(t, alg, key) / WithVerify(alg, key)).
	for _, p := range jwxJWT {
		keyAPIs[funcName(p, "WithKey")] = &KeyAPI{Display: "jwt.WithKey", KeyArg: 1, AlgArg: 0}
		signAPIs[funcName(p, "Sign")] = &SignAPI{Display: "jwt.Sign", Kind: SignTokenArg, Arg: 0, OptionsArg: 1}
		claimsCalls[funcName(p, "NewBuilder")] = ClaimsCall{Op: OpBuilderRoot, Builder: true}
		claimsCalls[funcName(p, "New")] = ClaimsCall{Op: OpBuilderRoot, Builder: true}
		claimsCalls[methodName(p, "*Builder", "Expiration")] = ClaimsCall{Op: OpSetExp, Builder: true}
		claimsCalls[methodName(p, "*Builder", "Claim")] = ClaimsCall{Op: OpSetClaim, Builder: true}
		claimsCalls[methodName(p, "*Builder", "Build")] = ClaimsCall{Op: OpBuild, Builder: true}
		claimsCalls[methodName(p, "Token", "Set")] = ClaimsCall{Op: OpSetClaim, Builder: true}
		for _, b := range []string{"Audience", "IssuedAt", "Issuer", "JwtID", "NotBefore", "Subject"} {
			claimsCalls[methodName(p, "*Builder", b)] = ClaimsCall{Builder: true} // keeps the builder
		}
		claimsCalls[funcName(p, "WithInsecureNoSignature")] = ClaimsCall{Op: OpNoSignature}
		carriers(p, "Token", "Builder")
	}
	for _, p := range jwxJWS {
		keyAPIs[funcName(p, "WithKey")] = &KeyAPI{Display: "jws.WithKey", KeyArg: 1, AlgArg: 0}
		claimsCalls[funcName(p, "WithInsecureNoSignature")] = ClaimsCall{Op: OpNoSignature}
	}
	jwxV1 := "github.com/lestrrat-go/jwx/jwt"
	keyAPIs[funcName(jwxV1, "Sign")] = &KeyAPI{Display: "jwt.Sign", KeyArg: 2, AlgArg: 1}
	keyAPIs[funcName(jwxV1, "WithVerify")] = &KeyAPI{Display: "jwt.WithVerify", KeyArg: 1, AlgArg: 0, Verify: true}
	signAPIs[funcName(jwxV1, "Sign")] = &SignAPI{Display: "jwt.Sign", Kind: SignTokenArg, Arg: 0, OptionsArg: -1}
	claimsCalls[funcName(jwxV1, "New")] = ClaimsCall{Op: OpBuilderRoot, Builder: true}
	claimsCalls[methodName(jwxV1, "Token", "Set")] = ClaimsCall{Op: OpSetClaim, Builder: true}

	// go-jose v2 (both paths), v3, v4.
	for _, p := range joseRoot {
		keyFields[p+".SigningKey.Key"] = &KeyField{Display: "jose.SigningKey", AlgField: "Algorithm"}
		j := p + "/jwt"
		keyAPIs[methodName(j, "*JSONWebToken", "Claims")] = &KeyAPI{Display: "(*jwt.JSONWebToken).Claims", KeyArg: 0, AlgArg: -1, Verify: true}
		keyAPIs[methodName(p, "JSONWebSignature", "Verify")] = &KeyAPI{Display: "(jose.JSONWebSignature).Verify", KeyArg: 0, AlgArg: -1, Verify: true}
		claimsCalls[funcName(j, "Signed")] = ClaimsCall{Op: OpBuilderRoot, Builder: true}
		claimsCalls[methodName(j, "Builder", "Claims")] = ClaimsCall{Op: OpAddClaims, Builder: true}
		claimsCalls[funcName(j, "NewNumericDate")] = ClaimsCall{Op: OpTimeWrap}
		for _, s := range []string{"Serialize", "CompactSerialize", "FullSerialize", "Token"} {
			signAPIs[methodName(j, "Builder", s)] = &SignAPI{Display: "(jwt.Builder)." + s, Kind: SignBuilderRecv, OptionsArg: -1}
		}
		carriers(j, "Builder", "Claims")
	}

	// kataras/jwt: the algorithms are package variables, NONE included.
	for _, f := range []string{"Sign", "SignWithHeader"} {
		keyAPIs[funcName(kataras, f)] = &KeyAPI{Display: "jwt." + f, KeyArg: 1, AlgArg: 0}
	}
	for _, f := range []string{"Verify", "VerifyWithHeaderValidator"} {
		keyAPIs[funcName(kataras, f)] = &KeyAPI{Display: "jwt." + f, KeyArg: 1, AlgArg: 0, Verify: true}
	}
	signAPIs[funcName(kataras, "Sign")] = &SignAPI{Display: "jwt.Sign", Kind: SignClaimsArg, Arg: 2, OptionsArg: 3}
	signAPIs[funcName(kataras, "SignWithHeader")] = &SignAPI{Display: "jwt.SignWithHeader", Kind: SignClaimsArg, Arg: 2, OptionsArg: 4}
	claimsCalls[funcName(kataras, "MaxAge")] = ClaimsCall{Op: OpMaxAge}
	carriers(kataras, "Claims")

	// cristalhq/jwt: HMAC signers and verifiers take only HMAC keys.
	for _, p := range cristal {
		keyAPIs[funcName(p, "NewSignerHS")] = &KeyAPI{Display: "jwt.NewSignerHS", KeyArg: 1, AlgArg: 0, DefaultAlg: "HS256"}
		keyAPIs[funcName(p, "NewVerifierHS")] = &KeyAPI{Display: "jwt.NewVerifierHS", KeyArg: 1, AlgArg: 0, DefaultAlg: "HS256", Verify: true}
		signAPIs[methodName(p, "*Builder", "Build")] = &SignAPI{Display: "(*jwt.Builder).Build", Kind: SignClaimsArg, Arg: 0, OptionsArg: -1}
		claimsCalls[funcName(p, "NewNumericDate")] = ClaimsCall{Op: OpTimeWrap}
		carriers(p, "RegisteredClaims")
	}

	// Middlewares: their signing key defaults to HS256.
	keyAPIs[funcName(echoJWT, "JWT")] = &KeyAPI{Display: "echojwt.JWT", KeyArg: 0, AlgArg: -1, DefaultAlg: "HS256", Verify: true}
	keyFields[echoJWT+".Config.SigningKey"] = &KeyField{Display: "echojwt.Config", AlgField: "SigningMethod", DefaultAlg: "HS256", Verify: true}
	keyFields[echoJWT+".Config.KeyFunc"] = &KeyField{Display: "echojwt.Config", Keyfunc: true, Verify: true}
	keyFields[ginJWT+".GinJWTMiddleware.Key"] = &KeyField{Display: "jwt.GinJWTMiddleware", AlgField: "SigningAlgorithm", DefaultAlg: "HS256"}
	keyFields[ginJWT+".GinJWTMiddleware.KeyFunc"] = &KeyField{Display: "jwt.GinJWTMiddleware", Keyfunc: true, Verify: true}
	keyFields[fiberJWT+".SigningKey.Key"] = &KeyField{Display: "jwtware.SigningKey", AlgField: "JWTAlg", Verify: true}
	keyFields[fiberJWT+".Config.KeyFunc"] = &KeyField{Display: "jwtware.Config", Keyfunc: true, Verify: true}
	keyAPIs[funcName(auth0Val, "New")] = &KeyAPI{Display: "validator.New", KeyArg: 0, AlgArg: 1, Verify: true, Keyfunc: true}
}

func carriers(pkg string, names ...string) {
	for _, n := range names {
		claimsCarriers[pkg+"."+n] = true
	}
}

// IsClaimsCarrier reports whether t (or *t) is a library token, token
// builder or claims type.
func IsClaimsCarrier(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && claimsCarriers[pkg+"."+name]
}

// KeyAPIOf returns the model of a call taking a key, or nil.
func KeyAPIOf(fn *types.Func) *KeyAPI { return keyAPIs[FuncKey(fn)] }

// KeyFieldOf returns the model of a struct field holding a key (or a key
// function); structType is the struct (or pointer) the field belongs to.
func KeyFieldOf(structType types.Type, field *types.Var) *KeyField {
	pkg, name, ok := TypeOrigin(structType)
	if !ok || field == nil {
		return nil
	}
	return keyFields[pkg+"."+name+"."+field.Name()]
}

// SignAPIOf returns the model of a call producing a signed token, or nil.
func SignAPIOf(fn *types.Func) *SignAPI { return signAPIs[FuncKey(fn)] }

// ClaimsCallOf returns the model of a claims-building call.
func ClaimsCallOf(fn *types.Func) (ClaimsCall, bool) {
	c, ok := claimsCalls[FuncKey(fn)]
	return c, ok
}

// AlgOfFunc returns the algorithm a call of fn returns (jwx v3 jwa.HS256()):
// the verification model's algorithm functions.
func AlgOfFunc(fn *types.Func) (string, bool) { return AlgFunc(fn) }

// AlgOfVar returns the algorithm a package-level library variable holds:
// golang-jwt signing methods, kataras algorithms.
func AlgOfVar(v *types.Var) (string, bool) {
	if alg, ok := SigningMethodVar(v); ok {
		return alg, true
	}
	if v == nil || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return "", false
	}
	return AlgValue(v) // the verification model's algorithm names (kataras jwt.HS256)
}

// IsNoneKey reports whether a constant of type t, used as a signing key,
// means "sign with alg none".
func IsNoneKey(t types.Type) bool { return IsNoneKeyType(t) }

// ExpClaim is the JSON name of the expiry claim.
const ExpClaim = "exp"

// JSONName returns the name encoding/json gives field i of st, and whether
// the field is marshalled at all; an embedded struct without a name tag is
// flattened (name "").
func JSONName(st *types.Struct, i int) (name string, ok bool) {
	f := st.Field(i)
	tag := reflect.StructTag(st.Tag(i)).Get("json")
	n, _, _ := strings.Cut(tag, ",")
	switch {
	case n == "-" && tag == "-":
		return "", false
	case n != "":
		return n, f.Exported() || f.Embedded()
	case f.Embedded():
		return "", true
	}
	return f.Name(), f.Exported()
}
