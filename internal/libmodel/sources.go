package libmodel

import (
	"go/types"
	"path"
)

// SourceKind says how a library call hands out token data.
type SourceKind int

const (
	// SourceAccessor: the call reads one claim or header value from its
	// receiver (golang-jwt v5 GetSubject, jwx Token.Subject or
	// Token.Get("tenant"), jwx jws.Headers.KeyID). The value keeps the
	// receiver's verification status.
	SourceAccessor SourceKind = iota + 1
	// SourceClaims: the call decodes the token's claims into what its
	// pointer arguments point to (go-jose JSONWebToken.Claims(key, &c)).
	// The call is where the claims come from, verified or not (Unverified).
	SourceClaims
	// SourceParse: the call's results are a parsed token (jwx jwt.Parse);
	// claims are then read through accessors.
	SourceParse
)

// Token parts an accessor reads.
const (
	PartClaim  = "claim"
	PartHeader = "header"
)

// TokenSource models one library function or method that hands out token
// data. Argument indices count declared parameters (the receiver excluded).
type TokenSource struct {
	Kind SourceKind
	// Part and Name: what an accessor reads (claim "sub", header "kid").
	Part, Name string
	// NameArg is the index of the constant string argument naming the claim
	// (jwx Token.Get(name)), -1 when Name is fixed.
	NameArg int
	// OutArg is the index of the first argument whose pointee receives the
	// data, it and every following argument (the elements of a variadic
	// ...any included); -1 when the results carry it.
	OutArg int
	// Unverified: the call hands out data of a token whose signature it
	// does not check (UnsafeClaimsWithoutVerification, ParseInsecure).
	Unverified bool
	// Display names the call in messages ("jwt.ParseInsecure").
	Display string
}

// Import paths of the token libraries whose sources are modeled here, one
// line per version: a new version of a library is one more path.
var (
	jwxJWTPaths = []string{"github.com/lestrrat-go/jwx/jwt", "github.com/lestrrat-go/jwx/v2/jwt", "github.com/lestrrat-go/jwx/v3/jwt"}
	jwxJWSPaths = []string{"github.com/lestrrat-go/jwx/jws", "github.com/lestrrat-go/jwx/v2/jws", "github.com/lestrrat-go/jwx/v3/jws"}
	// goJoseJWTPaths: go-jose v4/v3 and the two import paths of go-jose v2,
	// which share the JSONWebToken API.
	goJoseJWTPaths = []string{
		"github.com/go-jose/go-jose/v4/jwt", "github.com/go-jose/go-jose/v3/jwt",
		"gopkg.in/square/go-jose.v2/jwt", "gopkg.in/go-jose/go-jose.v2/jwt",
	}
)

// jwxGetReturns: the jwx modules (by root path) whose Token.Get(name) and
// Headers.Get(name) return the value (v2: (interface{}, bool)); elsewhere
// (v3) Get(name, dst any) error writes it into dst.
var jwxGetReturns = map[string]bool{"github.com/lestrrat-go/jwx": true, "github.com/lestrrat-go/jwx/v2": true}

// jwxGet is the row of jwx Token.Get / Headers.Get in package p: the
// claim or header is named by the constant first argument.
func jwxGet(p, part string) TokenSource {
	s := TokenSource{Kind: SourceAccessor, Part: part, NameArg: 0, OutArg: 1}
	if jwxGetReturns[path.Dir(p)] {
		s.OutArg = -1
	}
	return s
}

var (
	tokenSources = map[string]TokenSource{}
	// tokenLibraries are the packages of tokenSources outside golang-jwt.
	tokenLibraries = map[string]bool{}
)

func source(pkg, key string, s TokenSource) {
	tokenSources[key] = s
	if !IsJWTPackage(pkg) {
		tokenLibraries[pkg] = true
	}
}

// accessor is a source row of an accessor with a fixed claim or header name.
func accessor(part, name string) TokenSource {
	return TokenSource{Kind: SourceAccessor, Part: part, Name: name, NameArg: -1, OutArg: -1}
}

// allOf is a source row of an accessor that hands out every claim (or the
// whole header) of its receiver, in its result or, with out >= 0, into
// what its argument out points to (go-oidc IDToken.Claims(&v)).
func allOf(part string, out int) TokenSource {
	return TokenSource{Kind: SourceAccessor, Part: part, NameArg: -1, OutArg: out}
}

// verifiedClaims is a source row of a function that hands out the claims
// of a token a middleware verified for the request (gin-jwt ExtractClaims).
func verifiedClaims(display string) TokenSource {
	return TokenSource{Kind: SourceClaims, NameArg: -1, OutArg: -1, Display: display}
}

// Accessor methods and the claim or header they read, by method name.
// Numeric and time results (exp, iat, nbf) are safe by type; they are listed
// so that every accessor names its claim.
var (
	golangJWTGetters = map[string]string{
		"GetExpirationTime": "exp", "GetIssuedAt": "iat", "GetNotBefore": "nbf",
		"GetIssuer": "iss", "GetSubject": "sub", "GetAudience": "aud",
	}
	jwxTokenAccessors = map[string]string{
		"Subject": "sub", "Issuer": "iss", "Audience": "aud", "JwtID": "jti",
		"Expiration": "exp", "IssuedAt": "iat", "NotBefore": "nbf",
	}
	// jwxHeaderAccessors: JOSE header fields that carry text.
	jwxHeaderAccessors = map[string]string{
		"KeyID": "kid", "JWKSetURL": "jku", "X509URL": "x5u", "Type": "typ", "ContentType": "cty",
	}
)

func init() {
	// golang-jwt v5: claims getters on the Claims interface and the
	// library's claims types.
	for _, l := range JWTLibs {
		if l.Line != LineV5 {
			continue
		}
		for getter, claim := range golangJWTGetters {
			for _, recv := range []string{"Claims", "RegisteredClaims", "MapClaims"} {
				source(l.Path, methodName(l.Path, recv, getter), accessor(PartClaim, claim))
			}
		}
	}

	// lestrrat-go/jwx: jwt.Token accessors; the parse functions return a
	// token verified with the keys given (they fail without one), except
	// ParseInsecure.
	for _, p := range jwxJWTPaths {
		for m, claim := range jwxTokenAccessors {
			source(p, methodName(p, "Token", m), accessor(PartClaim, claim))
		}
		source(p, methodName(p, "Token", "Get"), jwxGet(p, PartClaim))
		for _, f := range []string{"Parse", "ParseString", "ParseReader", "ParseRequest", "ParseHeader", "ParseForm", "ParseCookie", "ReadFile"} {
			source(p, funcName(p, f), TokenSource{Kind: SourceParse, NameArg: -1, OutArg: -1, Display: "jwt." + f})
		}
		source(p, funcName(p, "ParseInsecure"), TokenSource{Kind: SourceParse, NameArg: -1, OutArg: -1, Unverified: true, Display: "jwt.ParseInsecure"})
	}
	for _, p := range jwxJWSPaths {
		for m, h := range jwxHeaderAccessors {
			source(p, methodName(p, "Headers", m), accessor(PartHeader, h))
		}
		source(p, methodName(p, "Headers", "Get"), jwxGet(p, PartHeader))
	}

	// go-jose: claims are decoded into the caller's values, after the
	// signature is checked (Claims) or without it.
	for _, p := range goJoseJWTPaths {
		source(p, methodName(p, "*JSONWebToken", "Claims"), TokenSource{
			Kind: SourceClaims, NameArg: -1, OutArg: 1, Display: "(*jwt.JSONWebToken).Claims",
		})
		source(p, methodName(p, "*JSONWebToken", "UnsafeClaimsWithoutVerification"), TokenSource{
			Kind: SourceClaims, NameArg: -1, OutArg: 0, Unverified: true,
			Display: "(*jwt.JSONWebToken).UnsafeClaimsWithoutVerification",
		})
	}
}

func init() {
	// cristalhq/jwt: the parsed token hands out its header and claims; they
	// keep the token's verification status (ParseNoVerify's are not).
	const cr = "github.com/cristalhq/jwt/v4"
	source(cr, methodName(cr, "*Token", "Header"), TokenSource{Kind: SourceAccessor, Part: PartHeader, NameArg: -1, OutArg: -1})
	source(cr, methodName(cr, "*Token", "Claims"), TokenSource{Kind: SourceAccessor, Part: PartClaim, NameArg: -1, OutArg: -1})
	source(cr, methodName(cr, "*Token", "DecodeClaims"), TokenSource{Kind: SourceAccessor, Part: PartClaim, NameArg: -1, OutArg: 0})
	// kataras/jwt: both token kinds decode their claims into dest.
	const kat = "github.com/kataras/jwt"
	for _, t := range []string{"*VerifiedToken", "*UnverifiedToken"} {
		source(kat, methodName(kat, t, "Claims"), TokenSource{Kind: SourceAccessor, Part: PartClaim, NameArg: -1, OutArg: 0})
	}
}

// TokenSourceOf returns the model of fn if it hands out token data.
func TokenSourceOf(fn *types.Func) (TokenSource, bool) {
	s, ok := tokenSources[FuncKey(fn)]
	return s, ok
}

// ClaimGetter returns the registered claim an accessor method reads when
// the claim is fixed and returned (golang-jwt v5 GetSubject → "sub").
func ClaimGetter(fn *types.Func) (string, bool) {
	s, ok := tokenSources[FuncKey(fn)]
	if !ok || s.Kind != SourceAccessor || s.Part != PartClaim || s.NameArg >= 0 || s.OutArg >= 0 {
		return "", false
	}
	return s.Name, true
}

// IsTokenLibrary reports whether path is a package of a token library other
// than golang-jwt whose calls hand out token data (jwx, go-jose): code
// importing it can hold token flows.
func IsTokenLibrary(path string) bool { return tokenLibraries[path] }
