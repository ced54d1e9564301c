package jwtparse

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// This file states a site's policy (what it accepts) for the inventory
// (jwtlint -inventory), from what the recogniser found and in the terms the
// checks judge it by: jwtalg reads AlgorithmsFixedBy, jwtclaims Validated.

// AlgFix says what fixes the algorithms a site accepts.
type AlgFix int

const (
	// AlgFromHeader: nothing does; the token's alg header decides.
	AlgFromHeader  AlgFix = iota
	AlgAllowList          // an allow-list of methods (WithValidMethods, a configuration's list)
	AlgPinned             // algorithms bound to the keys (jwx WithKey, a verifier built for one)
	AlgLibrary            // the library pins them (go-oidc's discovery document, kataras, ...)
	AlgHeaderCheck        // the header's algorithm is compared with constants before verification
	AlgKeyfunc            // the key function rejects other methods
	AlgMiddleware         // a middleware's default key function pins its configured method
	AlgKeySet             // the keys of a set carry their algorithm
)

func (f AlgFix) String() string {
	switch f {
	case AlgAllowList:
		return "allow-list"
	case AlgPinned:
		return "bound to the key"
	case AlgLibrary:
		return "the library"
	case AlgHeaderCheck:
		return "header check"
	case AlgKeyfunc:
		return "key function checks the method"
	case AlgMiddleware:
		return "middleware default"
	case AlgKeySet:
		return "each key's alg"
	}
	return "token header"
}

// AlgorithmsFixedBy says what fixes the algorithms the site accepts
// (AlgFromHeader when the token names its own).
func (s *Site) AlgorithmsFixedBy() AlgFix {
	o, kf, lib := s.Options, s.Keyfunc, s.API.Lib
	if s.API.Configure && o.Keyfunc != nil {
		// A middleware's own key function replaces its default one, and
		// with it the method check the configuration names.
		switch {
		case o.HasMethods:
			return AlgAllowList
		case kf.ChecksMethod:
			return AlgKeyfunc
		}
		return AlgFromHeader
	}
	switch {
	case o.HasMethods:
		return AlgAllowList
	case len(o.PinnedAlgs) > 0:
		return AlgPinned
	case lib.AlgPinned, lib.AlgRequired:
		return AlgLibrary
	case s.AlgChecked:
		return AlgHeaderCheck
	case kf != nil && kf.ChecksMethod:
		return AlgKeyfunc
	case s.API.Configure && lib.DefaultAlg != "":
		return AlgMiddleware
	case o.Keys&libmodel.KeySet != 0 && !o.AlgFromToken && kf == nil:
		return AlgKeySet
	}
	return AlgFromHeader
}

// LibraryChecks are the claims a library validates by itself.
func LibraryChecks(lib *libmodel.Library) ClaimSet {
	var c ClaimSet
	for _, name := range lib.Checks {
		c |= ClaimOf(name)
	}
	return c
}

// Validated returns the claims validated at the site: checked after the
// parse, required by its options, or checked by the library itself unless
// switched off.
func (s *Site) Validated() ClaimSet {
	return s.Checked | s.Options.Claims() | LibraryChecks(s.API.Lib)&^s.Options.Off
}

// Accepts reports whether the site is a place where the code accepts a
// token: a parse, a verification or a decode of its own, not a decode step
// judged with the verification of its object, nor a call of a function
// wrapping a parse (listed at the parse inside).
func (s *Site) Accepts() bool { return !s.API.Step && !s.API.Wrapper }

// Policy is a site's policy in words, for the inventory.
type Policy struct {
	// Function is the function holding the call, relative to its package
	// ("(*Verifier).VerifyIDToken"); Call is the library call.
	Function, Call string
	// Library names the library ("golang-jwt v5").
	Library string
	// Verified: the call verifies a signature (false for decodes).
	Verified bool
	// Algorithms are the accepted algorithms: the allow-list or the pinned
	// ones ("?" stands for entries that are not constants), a family when
	// a key function checks the method; "any" when the token decides.
	// AlgorithmsBy says what fixes them (AlgFix).
	Algorithms   []string
	AlgorithmsBy string
	// Keys are the kinds of verification keys, KeyFunction the key
	// function ("name (file.go:12)") when there is one.
	Keys        []string
	KeyFunction string
	// Claims are the claims validated ("exp if present": only when the
	// token has it).
	Claims []string
	// Errors says how a failed verification is handled.
	Errors string
	// Incomplete: some option or the key function could not be resolved;
	// the policy may hold more than is shown.
	Incomplete bool
}

// Policy states the site's policy; fset gives the lines of uses.
func (s *Site) Policy(fset *token.FileSet) Policy {
	p := Policy{
		Call:     s.API.Display,
		Library:  s.API.Lib.Name,
		Verified: !s.Decode,
	}
	if s.Fn != nil {
		var pkg *types.Package
		if s.Fn.Pkg != nil {
			pkg = s.Fn.Pkg.Pkg
		}
		p.Function = s.Fn.RelString(pkg)
	}
	o := s.Options
	p.Incomplete = o.Unknown || o.KeyByCode || o.CustomParse || o.ClaimsUnknown ||
		s.API.KeyfuncArg >= 0 && s.Keyfunc == nil
	if kf := s.Keyfunc; kf != nil && kf.Name != "" {
		p.KeyFunction = kf.Name
		if strings.Contains(kf.Name, "$") {
			p.KeyFunction = "a function literal"
		}
		if kf.Where != "" {
			p.KeyFunction += " (" + kf.Where + ")"
		}
	}
	p.Keys = s.keyWords()
	if s.Decode {
		p.Algorithms, p.AlgorithmsBy = []string{"any"}, "not verified"
		p.Errors = s.decodeWords(fset)
		return p
	}
	p.Algorithms, p.AlgorithmsBy = s.algorithmWords()
	p.Claims = s.claimWords()
	p.Errors = s.errorWords(fset)
	return p
}

// algorithmWords lists the accepted algorithms and what fixes them.
func (s *Site) algorithmWords() ([]string, string) {
	o, kf := s.Options, s.Keyfunc
	by := s.AlgorithmsFixedBy()
	var algs []string
	switch by {
	case AlgAllowList:
		algs = append(algs, o.Methods...)
		if o.MethodsUnknown {
			algs = append(algs, "?")
		}
	case AlgPinned:
		algs = append(algs, o.PinnedAlgs...)
	case AlgMiddleware:
		algs = append(algs, s.API.Lib.DefaultAlg)
	case AlgKeyfunc, AlgKeySet, AlgHeaderCheck, AlgLibrary:
		algs = families(s.KeyKinds())
	}
	if by == AlgFromHeader {
		algs = []string{"any"}
		if o.Unknown || o.KeyByCode || o.CustomParse {
			return algs, "unknown (decided by code jwtlint does not follow)"
		}
	}
	if kf != nil && kf.AdmitsNone && !slices.Contains(algs, "none") && !slices.Contains(algs, "any") {
		algs = append(algs, "none")
	}
	return algs, by.String()
}

// families names the algorithm families keys of these kinds verify.
func families(k libmodel.KeyKind) []string {
	var out []string
	for _, f := range []struct {
		k    libmodel.KeyKind
		name string
	}{{libmodel.KeyHMAC, "HS*"}, {libmodel.KeyRSA, "RS*/PS*"}, {libmodel.KeyECDSA, "ES*"}, {libmodel.KeyEd25519, "EdDSA"}, {libmodel.KeyNone, "none"}} {
		if k&f.k != 0 {
			out = append(out, f.name)
		}
	}
	return out
}

// keyWords names the kinds of keys the site verifies with.
func (s *Site) keyWords() []string {
	o := s.Options
	var out []string
	switch {
	case s.EmbeddedKey:
		out = append(out, "the token's own key (jwk header)")
	case o.VerifyAuto:
		out = append(out, "keys fetched from the token's jku")
	case s.API.Lib.KeySource != "":
		out = append(out, s.API.Lib.KeySource)
	}
	k := s.KeyKinds()
	for _, e := range []struct {
		k    libmodel.KeyKind
		name string
	}{{libmodel.KeyHMAC, "HMAC secret"}, {libmodel.KeyRSA, "RSA public key"}, {libmodel.KeyECDSA, "ECDSA public key"},
		{libmodel.KeyEd25519, "Ed25519 public key"}, {libmodel.KeySet, "key set (JWKS)"}, {libmodel.KeyNone, "none (unsigned tokens)"}} {
		if k&e.k != 0 && !(e.k == libmodel.KeySet && (s.API.Lib.KeySource != "" || o.VerifyAuto)) {
			out = append(out, e.name)
		}
	}
	if len(out) == 0 {
		if s.Decode && s.API.Unverified {
			return []string{"none (not verified)"}
		}
		return []string{"unknown"}
	}
	if k&libmodel.KeyUnknown != 0 {
		out = append(out, "unknown")
	}
	return out
}

// claimWords lists the claims validated.
func (s *Site) claimWords() []string {
	o, lib := s.Options, s.API.Lib
	if lib.Claimless {
		return []string{"none (a bare signature)"}
	}
	v := s.Validated()
	out := v.Names()
	timeByHand := s.Checked.TimeChecked() || s.Checked.TimeValidated()
	timeOff := o.NoClaimsValidation || o.TimeOff || o.Off&ClaimExp != 0 || s.ExpDisabled || s.ExpectTimeUnset
	switch {
	case v&ClaimExp != 0:
	case timeOff && !timeByHand:
		out = append(out, "no exp (claims validation off)")
	case lib.ExpIfPresent || o.ValidateOn || timeByHand:
		out = append(out, "exp if present")
	}
	if o.ClaimsUnknown || o.CustomParse {
		out = append(out, "custom validation")
	}
	if o.Leeway > 0 {
		out = append(out, "leeway "+o.Leeway.String())
	}
	if len(out) == 0 {
		return []string{"none"}
	}
	return out
}

// errorWords says how the error of a verifying call is handled.
func (s *Site) errorWords(fset *token.FileSet) string {
	o := s.Options
	if s.API.Configure {
		var parts []string
		if o.ErrorsContinue() {
			parts = append(parts, "invalid tokens let through (error handler returns nil, continue on error)")
		} else {
			parts = append(parts, "the middleware rejects invalid tokens")
		}
		if o.CredentialsOptional {
			parts = append(parts, "requests without a token let through")
		}
		return strings.Join(parts, "; ")
	}
	switch s.Errors {
	case ErrDropped:
		return "error discarded" + s.useWords(fset)
	case ErrUnchecked:
		return "token used before the error is checked" + s.useWords(fset)
	case ErrPartial:
		return "only some errors rejected: " + s.PartialTest + s.useWords(fset)
	}
	return "every error rejected"
}

func (s *Site) useWords(fset *token.FileSet) string {
	if s.Use == nil {
		return ""
	}
	if pos := UsePos(s.Use); pos.IsValid() {
		return fmt.Sprintf(" (token used at line %d)", fset.Position(pos).Line)
	}
	return ""
}

// decodeWords says what becomes of the data of an unverified decode.
func (s *Site) decodeWords(fset *token.FileSet) string {
	if !s.Unverified || s.UnverifiedUse == nil {
		return "not verified; its data is not trusted (at most it chooses how the token is then verified)"
	}
	return fmt.Sprintf("not verified; its data is trusted at line %d", fset.Position(UsePos(s.UnverifiedUse)).Line)
}

// KeyfuncRange returns the source range of the site's key function when it
// is declared in this package, so that findings inside it (a key lookup)
// can be told apart as the site's own.
func (s *Site) KeyfuncRange() (token.Pos, token.Pos) {
	fn := keyfuncFunc(s.KeyfuncArg)
	if fn == nil || fn.Syntax() == nil {
		return token.NoPos, token.NoPos
	}
	return fn.Syntax().Pos(), fn.Syntax().End()
}

// keyfuncFunc resolves a key-function value to its function: a function,
// a closure, or a bound method value.
func keyfuncFunc(v ssa.Value) *ssa.Function {
	if v == nil {
		return nil
	}
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		return x
	case *ssa.MakeClosure:
		fn, _ := x.Fn.(*ssa.Function)
		if fn == nil {
			return nil
		}
		if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic != "" {
			return fn.Prog.FuncValue(obj)
		}
		return fn
	}
	return nil
}
