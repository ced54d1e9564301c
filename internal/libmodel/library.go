package libmodel

import "fmt"

// Library is one JWT library at one import path, as the checks see it: the
// behaviour they judge it by and how their messages and fixes word a
// remedy in its API. The checks and the parse recogniser hold no library
// names: everything library-specific is a field here or a row of the
// tables keyed by function (parse and verify entry points, options,
// configuration fields, token sources).
type Library struct {
	// ID names the library in facts: its core import path.
	ID string
	// Name is how the inventory and documentation name it.
	Name string
	// Path is the core package, Request its HTTP-request subpackage (if any).
	Path, Request string
	// Pkg is the package name messages use ("jwt").
	Pkg string
	// Line is the golang-jwt generation (0 for other libraries).
	Line Line

	// TokenOnError: a failed parse still returns the token with its
	// decoded, attacker-controlled claims (golang-jwt). Where it returns
	// nothing on failure, an unchecked error is a crash, not a bypass.
	TokenOnError bool
	// ExpIfPresent: the library rejects an expired token when the token
	// has exp (unless switched off); otherwise it never looks at exp.
	ExpIfPresent bool
	// ValidateMethod is the method of a claims type the parse calls to
	// validate claims ("Validate", "Valid"), if any.
	ValidateMethod string
	// ValidReplacesLibrary: a claims type's own ValidateMethod replaces the
	// library's time checks unless it calls the embedded claims' (v3/v4).
	ValidReplacesLibrary bool

	// PinOption formats an option pinning the algorithm, from the package
	// name and the algorithm ("%s.WithValidMethods([]string{%q})"): the
	// message and the suggested fix append it to the parse's options.
	PinOption string
	// PinParser and PinRequest are the remedies for parses that take no
	// options (a v3 Parser method) or request options; %q is the algorithm.
	PinParser, PinRequest string
	// ClaimRemedies say how to check each claim; ClaimRemedyPrefix and
	// ClaimRemedySep join them ("pass jwt.WithAudience(...), ...").
	ClaimRemedies                     map[string]string
	ClaimRemedyPrefix, ClaimRemedySep string
	// EnableTime says how to turn the library's time checks back on.
	EnableTime string
	// Unverified names the verifying call to use instead of an unverified
	// decode ("jwt.Parse with a key function and an algorithm allow-list").
	Unverified string
	// VerifyOptIn: a parse verifies only when a key option is given (jwx
	// v1); without one it is an unverified decode.
	VerifyOptIn bool
	// AlgPinned: the library pins the accepted algorithms by default
	// (go-oidc takes them from the provider's discovery document,
	// auth0's validator, kataras and cristalhq from the caller).
	AlgPinned bool
	// Checks are the claims the library validates by itself, unless
	// switched off (go-oidc: aud, iss, exp; auth0's validator: aud, iss).
	Checks []string
	// DefaultAlg is the algorithm a middleware's default key function pins
	// when the configuration names none (echo-jwt, gin-jwt: HS256); ""
	// when it pins none (gofiber's contrib/jwt).
	DefaultAlg string
	// AlgRequired: the library rejects every token when no algorithm list
	// is given (go-jose v4's ParseSigned).
	AlgRequired bool
	// KeySource says where the library takes its verification keys from when
	// it decides that itself (go-oidc: the provider's discovery document).
	KeySource string
	// Claimless: the library verifies a bare signature (JWS) whose
	// payload need not be claims: jwtclaims has nothing to judge.
	Claimless bool
	// Delegates: the entry point runs a verification function it is
	// given (auth0's middleware calls the validator's ValidateToken): the
	// claims are judged where that verifier is built.
	Delegates bool
}

var librariesByID = map[string]*Library{}

func register(l *Library) { librariesByID[l.ID] = l }

// LibraryByID returns the library a fact names.
func LibraryByID(id string) *Library { return librariesByID[id] }

// PinRemedy says how to pin the algorithm alg at a parse of this library
// that takes options (options), or request options (request).
func (l *Library) PinRemedy(alg string, options, request bool) string {
	switch {
	case request && l.PinRequest != "":
		return fmt.Sprintf(l.PinRequest, alg)
	case options && l.PinOption != "":
		return "pass " + l.PinOptionText(l.Pkg, alg)
	case l.PinParser != "":
		return fmt.Sprintf(l.PinParser, alg)
	}
	return "pin the accepted algorithm to " + alg
}

// PinOptionText is the option pinning alg, written with package name pkg.
func (l *Library) PinOptionText(pkg, alg string) string {
	return fmt.Sprintf(l.PinOption, pkg, alg)
}

// ClaimRemedy says how to check the named claims.
func (l *Library) ClaimRemedy(claims []string) string {
	var parts []string
	for _, c := range claims {
		r, ok := l.ClaimRemedies[c]
		if !ok {
			r = "check the " + c + " claim"
		}
		parts = append(parts, r)
	}
	if len(parts) == 0 {
		return ""
	}
	sep := l.ClaimRemedySep
	if sep == "" {
		sep = "; "
	}
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return l.ClaimRemedyPrefix + s
}
