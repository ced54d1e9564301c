package jwtparse

import (
	"fmt"
	"strings"

	"github.com/jwtlint/jwtlint/internal/libmodel"
)

// KeyfuncSummary describes a key function, or, with Returns set, a function
// returning one.
type KeyfuncSummary struct {
	// ChecksMethod: the function rejects (returns an error) on a branch that
	// depends on token.Method or the "alg" header.
	ChecksMethod bool
	// AdmitsNone: some path returns jwt.UnsafeAllowNoneSignatureType.
	AdmitsNone bool
	// Kinds are the kinds of keys returned on accepting paths.
	Kinds libmodel.KeyKind
	// NilNil: some path returns (nil, nil).
	NilNil bool
	// Returns: this summarises a constructor returning the key function.
	Returns bool
	// Where is the function's position ("file.go:12") for messages.
	Where string
	// Name is the function's name for messages.
	Name string
}

// KeyfuncFact carries a KeyfuncSummary across packages.
type KeyfuncFact struct{ KeyfuncSummary }

func (*KeyfuncFact) AFact() {}

func (f *KeyfuncFact) String() string {
	var parts []string
	if f.Returns {
		parts = append(parts, "returns")
	}
	if f.ChecksMethod {
		parts = append(parts, "checks-method")
	}
	if f.AdmitsNone {
		parts = append(parts, "admits-none")
	}
	if f.NilNil {
		parts = append(parts, "nil-nil")
	}
	parts = append(parts, "keys="+f.Kinds.String())
	return "keyfunc(" + strings.Join(parts, " ") + ")"
}

// OptionsFact summarises a function returning parser options or a parser.
type OptionsFact struct{ Options OptionSummary }

func (*OptionsFact) AFact() {}

func (f *OptionsFact) String() string { return "options(" + f.Options.String() + ")" }

// ClaimsValidationFact summarises a claims type's Validate/Valid method.
type ClaimsValidationFact struct {
	Checks ClaimSet
	// CallsLibraryValid: the method delegates to the library's own
	// validation (an embedded RegisteredClaims/StandardClaims Valid).
	CallsLibraryValid bool
}

func (*ClaimsValidationFact) AFact() {}

func (f *ClaimsValidationFact) String() string {
	return fmt.Sprintf("validates(%s library=%v)", f.Checks, f.CallsLibraryValid)
}

// HelperFact summarises a checking helper: a function given the claims or
// the token that decides on them, such as `func checkClaims(c *Claims)
// error` or `func verifyAlg(t *jwt.Token) error`. Indices are those of the
// SSA parameters (a method's receiver first).
type HelperFact struct {
	// Claims[i] are the claims of parameter i whose value decides the
	// helper's verdict or a branch that fails.
	Claims []ClaimSet
	// Method[i]: the helper fails on a branch depending on the signing
	// method or "alg" header of the token in parameter i.
	Method []bool
}

func (*HelperFact) AFact() {}

func (f *HelperFact) String() string {
	var parts []string
	for i, c := range f.Claims {
		switch {
		case c == 0:
		case i == 0:
			parts = append(parts, "claims="+c.String())
		default:
			parts = append(parts, fmt.Sprintf("claims%d=%s", i, c))
		}
	}
	for i, m := range f.Method {
		if m {
			parts = append(parts, fmt.Sprintf("method=%d", i))
		}
	}
	return "helper(" + strings.Join(parts, " ") + ")"
}

// ClaimSet is a set of registered claim names.
type ClaimSet uint16

const (
	ClaimAud ClaimSet = 1 << iota
	ClaimIss
	ClaimExp
	ClaimNbf
	ClaimSub
	ClaimIat
	ClaimJti
	// claimTime marks a time claim (exp, iat, nbf) compared with the clock
	// or a duration by hand (time.Since(iat) > window): the check that
	// replaces the library's when its claims validation is off.
	claimTime
	// claimTimeIfPresent marks claims run through a validator that checks
	// exp/nbf/iat when present (go-jose's Claims.Validate, jwx's
	// jwt.Validate): the library's time check, done by a call.
	claimTimeIfPresent
)

// TimeValidated reports whether a validator checking the time claims when
// present ran on the claims, with a rejecting branch on its verdict.
func (s ClaimSet) TimeValidated() bool { return s&claimTimeIfPresent != 0 }

// TimeChecked reports whether the set holds a hand-written check of exp or
// of an iat age.
func (s ClaimSet) TimeChecked() bool { return s&claimTime != 0 && s&(ClaimExp|ClaimIat) != 0 }

var claimBits = []struct {
	bit  ClaimSet
	name string
}{{ClaimAud, "aud"}, {ClaimIss, "iss"}, {ClaimExp, "exp"}, {ClaimNbf, "nbf"}, {ClaimSub, "sub"}, {ClaimIat, "iat"}, {ClaimJti, "jti"}}

// ClaimOf returns the set holding the named claim (0 for unknown names).
func ClaimOf(name string) ClaimSet {
	for _, c := range claimBits {
		if c.name == name {
			return c.bit
		}
	}
	return 0
}

// Names lists the claims in the set in a fixed order (aud, iss, exp, ...).
func (s ClaimSet) Names() []string {
	var out []string
	for _, c := range claimBits {
		if s&c.bit != 0 {
			out = append(out, c.name)
		}
	}
	return out
}

func (s ClaimSet) String() string { return strings.Join(s.Names(), ",") }
