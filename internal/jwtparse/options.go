package jwtparse

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// OptionSummary is what jwtlint knows of the options and configuration a
// parse or verification runs with: parser options, a Parser literal,
// request options, a library's key options, a configuration struct.
type OptionSummary struct {
	// Unknown: some option could not be resolved (a parameter, an option
	// written by hand...); absence of a setting is then not proven.
	Unknown bool
	// HasMethods: an allow-list of signing methods is set on every path.
	HasMethods bool
	// Methods are the constant entries of the allow-lists (all paths).
	Methods []string
	// MethodsUnknown: some allow-list entry is not a constant.
	MethodsUnknown bool

	// Claims the options require (on every path).
	Audience, Issuer, Subject, ExpRequired, NbfRequired bool
	// NoClaimsValidation: claims validation is switched off on some path.
	NoClaimsValidation bool
	// Leeway is the largest constant clock-skew leeway, in nanoseconds.
	Leeway time.Duration

	// Keys are the kinds of the keys the options give (jwx WithKey, a
	// configuration's SigningKey, a verifier's key).
	Keys libmodel.KeyKind
	// PinnedAlgs are algorithms bound to those keys (WithKey(jwa.RS256,
	// k), a verifier built for HS256, a default key function's method).
	PinnedAlgs []string
	// AlgFromToken: some key is used under the algorithm the token names
	// (a key set with algorithm inference, a key without an algorithm).
	AlgFromToken bool
	// KeyByCode: user code chooses the key (a key provider, a custom
	// parse function): its algorithm and kind are not known.
	KeyByCode bool
	// Keyfunc is a key function the configuration gives (echo-jwt's
	// KeyFunc), when known.
	Keyfunc *KeyfuncSummary
	// VerifyOff: the signature is not verified (jwx WithVerify(false)).
	VerifyOff bool
	// SkipSignature: a configuration flag skips the signature (go-oidc's
	// InsecureSkipSignatureCheck).
	SkipSignature bool
	// CustomParse: user code replaces the library's verification.
	CustomParse bool
	// ValidateOn: claims validation is switched on (jwx v1's WithValidate(true)).
	ValidateOn bool
	// TimeOff: the time checks are dropped (jwx WithResetValidators(true)).
	TimeOff bool
	// Off are claims whose library check is switched off (go-oidc Skip*).
	Off ClaimSet
	// ClaimsUnknown: a custom validator runs; which claims it checks is not known.
	ClaimsUnknown bool
	// ErrorHandlerNil: the configured error handler may return nil for a
	// failed verification; ContinueOnError: the request then goes on.
	ErrorHandlerNil, ContinueOnError bool
	// CredentialsOptional: a request without a token goes through.
	CredentialsOptional bool
	// SkipPreflight: OPTIONS requests are not validated.
	SkipPreflight bool
	// VerifyAuto: keys are fetched from the token's jku header.
	VerifyAuto bool
	// ExpectTimeUnset: an expectation without a time skips the time
	// checks (go-jose v2's Expected{}).
	ExpectTimeUnset bool
	// FactoryChecks are the claims the claims type of a configuration's
	// factory validates in its own method (echo-jwt NewClaimsFunc).
	FactoryChecks ClaimSet
}

func (o OptionSummary) String() string {
	var parts []string
	if o.Unknown {
		parts = append(parts, "unknown")
	}
	if o.HasMethods {
		m := "methods=" + strings.Join(o.Methods, ",")
		if o.MethodsUnknown {
			m += ",?"
		}
		parts = append(parts, m)
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{o.Audience, "aud"}, {o.Issuer, "iss"}, {o.Subject, "sub"}, {o.ExpRequired, "exp"}, {o.NbfRequired, "nbf"},
		{o.NoClaimsValidation, "no-claims-validation"}, {o.AlgFromToken, "alg-from-token"}, {o.KeyByCode, "key-by-code"},
		{o.VerifyOff, "verify-off"}, {o.SkipSignature, "skip-signature"}, {o.CustomParse, "custom-parse"},
		{o.ValidateOn, "validate-on"}, {o.TimeOff, "time-off"}, {o.ClaimsUnknown, "claims-unknown"},
		{o.ErrorsContinue(), "errors-continue"}, {o.CredentialsOptional, "credentials-optional"},
		{o.SkipPreflight, "skip-preflight"}, {o.VerifyAuto, "verify-auto"}, {o.ExpectTimeUnset, "expect-time-unset"}} {
		if f.on {
			parts = append(parts, f.name)
		}
	}
	if o.Keys != 0 {
		parts = append(parts, "keys="+o.Keys.String())
	}
	if len(o.PinnedAlgs) > 0 {
		parts = append(parts, "pinned="+strings.Join(o.PinnedAlgs, ","))
	}
	if o.Off != 0 {
		parts = append(parts, "off="+o.Off.String())
	}
	if o.Leeway > 0 {
		parts = append(parts, "leeway="+o.Leeway.String())
	}
	return strings.Join(parts, " ")
}

// ErrorsContinue reports whether a failed verification lets the request
// through: an error handler returning nil, and the middleware told to go
// on when it does.
func (o OptionSummary) ErrorsContinue() bool { return o.ErrorHandlerNil && o.ContinueOnError }

// Claims returns the claims the options require.
func (o OptionSummary) Claims() ClaimSet {
	var c ClaimSet
	if o.Audience {
		c |= ClaimAud
	}
	if o.Issuer {
		c |= ClaimIss
	}
	if o.ExpRequired {
		c |= ClaimExp
	}
	if o.Subject {
		c |= ClaimSub
	}
	if o.NbfRequired {
		c |= ClaimNbf
	}
	return c | o.FactoryChecks
}

// with combines options applied together (one options list).
func (o OptionSummary) with(b OptionSummary) OptionSummary {
	o.Unknown = o.Unknown || b.Unknown
	o.HasMethods = o.HasMethods || b.HasMethods
	o.Methods = union(o.Methods, b.Methods)
	o.MethodsUnknown = o.MethodsUnknown || b.MethodsUnknown
	o.Audience = o.Audience || b.Audience
	o.Issuer = o.Issuer || b.Issuer
	o.Subject = o.Subject || b.Subject
	o.ExpRequired = o.ExpRequired || b.ExpRequired
	o.NbfRequired = o.NbfRequired || b.NbfRequired
	o.NoClaimsValidation = o.NoClaimsValidation || b.NoClaimsValidation
	o.Leeway = max(o.Leeway, b.Leeway)
	o.Keys |= b.Keys
	o.PinnedAlgs = union(o.PinnedAlgs, b.PinnedAlgs)
	o.AlgFromToken = o.AlgFromToken || b.AlgFromToken
	o.KeyByCode = o.KeyByCode || b.KeyByCode
	if o.Keyfunc == nil {
		o.Keyfunc = b.Keyfunc
	}
	o.VerifyOff = o.VerifyOff || b.VerifyOff
	o.SkipSignature = o.SkipSignature || b.SkipSignature
	o.CustomParse = o.CustomParse || b.CustomParse
	o.ValidateOn = o.ValidateOn || b.ValidateOn
	o.TimeOff = o.TimeOff || b.TimeOff
	o.Off |= b.Off
	o.ClaimsUnknown = o.ClaimsUnknown || b.ClaimsUnknown
	o.ErrorHandlerNil = o.ErrorHandlerNil || b.ErrorHandlerNil
	o.ContinueOnError = o.ContinueOnError || b.ContinueOnError
	o.CredentialsOptional = o.CredentialsOptional || b.CredentialsOptional
	o.SkipPreflight = o.SkipPreflight || b.SkipPreflight
	o.VerifyAuto = o.VerifyAuto || b.VerifyAuto
	o.ExpectTimeUnset = o.ExpectTimeUnset || b.ExpectTimeUnset
	o.FactoryChecks |= b.FactoryChecks
	return o
}

// meet combines alternatives (different paths or stores): a protection holds
// only if it holds on every path; a weakness holds if it holds on any.
func meet(a, b OptionSummary) OptionSummary {
	o := a.with(b) // weaknesses: on any path
	o.HasMethods = a.HasMethods && b.HasMethods
	o.Audience = a.Audience && b.Audience
	o.Issuer = a.Issuer && b.Issuer
	o.Subject = a.Subject && b.Subject
	o.ExpRequired = a.ExpRequired && b.ExpRequired
	o.NbfRequired = a.NbfRequired && b.NbfRequired
	o.ValidateOn = a.ValidateOn && b.ValidateOn
	o.FactoryChecks = a.FactoryChecks & b.FactoryChecks
	switch {
	case a.Keyfunc == nil || b.Keyfunc == nil:
		o.Keyfunc = nil
	default:
		k := *a.Keyfunc
		k.merge(b.Keyfunc)
		o.Keyfunc = &k
	}
	return o
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

var unknownOptions = OptionSummary{Unknown: true}

// meetAll meets the summaries of alternatives; no alternative at all means
// nothing is known.
func meetAll[T any](items []T, f func(T) OptionSummary) OptionSummary {
	if len(items) == 0 {
		return unknownOptions
	}
	acc := f(items[0])
	for _, it := range items[1:] {
		acc = meet(acc, f(it))
	}
	return acc
}

// optionsResult carries, besides the summary, the claims objects given with
// request.WithClaims (they are filled by the parse like ParseWithClaims').
type optionsResult struct {
	OptionSummary
	claims []ssa.Value
}

// optionList resolves a variadic []ParserOption (or request options) value.
func (r *run) optionList(v ssa.Value) optionsResult {
	var res optionsResult
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Const:
		if !x.IsNil() {
			res.Unknown = true
		}
		return res
	case *ssa.Slice, *ssa.Alloc:
		elems, complete := r.prog.SliceElems(x)
		res.Unknown = !complete
		for _, e := range elems {
			o := r.option(e)
			res.OptionSummary = res.with(o.OptionSummary)
			res.claims = append(res.claims, o.claims...)
		}
		return res
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			for _, a := range x.Call.Args {
				o := r.optionList(a)
				res.OptionSummary = res.with(o.OptionSummary)
				res.claims = append(res.claims, o.claims...)
			}
			return res
		}
		res.OptionSummary = r.calleeOptions(x)
		return res
	case *ssa.Phi:
		res.OptionSummary = meetAll(x.Edges, func(e ssa.Value) OptionSummary { return r.optionList(e).OptionSummary })
		return res
	}
	if stores, ok := r.storedValues(v); ok {
		res.OptionSummary = meetAll(stores, func(e ssa.Value) OptionSummary { return r.optionList(e).OptionSummary })
		return res
	}
	return optionsResult{OptionSummary: unknownOptions}
}

// option resolves one option value: a call of an option constructor the
// model knows (or a helper returning one), or an expectation struct
// passed as an option (kataras jwt.Expected{...}).
func (r *run) option(v ssa.Value) optionsResult {
	var res optionsResult
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Call:
		callee := ssaprog.Callee(&x.Call)
		row, ok := libmodel.OptionOf(callee)
		if !ok {
			if alg, ok := r.algValue(x); ok { // an algorithm value passed as an option
				res.PinnedAlgs = []string{alg}
				return res
			}
			res.OptionSummary = r.calleeOptions(x)
			return res
		}
		res.OptionSummary, res.claims = r.applyOption(x, row)
		return res
	case *ssa.Phi:
		res.OptionSummary = meetAll(x.Edges, func(e ssa.Value) OptionSummary { return r.option(e).OptionSummary })
		return res
	case *ssa.UnOp, *ssa.Alloc:
		if libmodel.ConfigType(x.Type()) {
			res.OptionSummary = r.config(x)
			return res
		}
	}
	if libmodel.ConfigType(v.Type()) {
		res.OptionSummary = r.config(v)
		return res
	}
	if stores, ok := r.storedValues(v); ok {
		res.OptionSummary = meetAll(stores, func(e ssa.Value) OptionSummary { return r.option(e).OptionSummary })
		return res
	}
	return optionsResult{OptionSummary: unknownOptions}
}

// applyOption applies one modelled option constructor call.
func (r *run) applyOption(x *ssa.Call, row libmodel.OptionRow) (OptionSummary, []ssa.Value) {
	var o OptionSummary
	var claims []ssa.Value
	c := &x.Call
	arg := ssaprog.Arg(c, row.Arg)
	switch row.Effect {
	case libmodel.OptValidMethods:
		o.HasMethods = true
		o.Methods, o.MethodsUnknown = r.methodNames(arg)
	case libmodel.OptAudience:
		o.Audience = true
	case libmodel.OptIssuer:
		o.Issuer = true
	case libmodel.OptSubject:
		o.Subject = true
	case libmodel.OptExpirationRequired:
		o.ExpRequired = true
	case libmodel.OptNotBeforeRequired:
		o.NbfRequired = true
	case libmodel.OptWithoutClaimsValidation:
		o.NoClaimsValidation = true
	case libmodel.OptLeeway:
		if c, ok := ssaprog.Unwrap(arg).(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
			n, _ := constant.Int64Val(c.Value)
			o.Leeway = time.Duration(n)
		}
	case libmodel.OptRequestParser:
		o = r.parserOptions(arg)
	case libmodel.OptRequestClaims:
		claims = append(claims, ssaprog.Unwrap(arg))
	case libmodel.OptKey:
		o.Keys = r.keyKindOfValue(ssaprog.Arg(c, row.Arg2))
		if alg, ok := r.algOf(arg); ok {
			o.PinnedAlgs = []string{alg}
		} else if chosenByCode(arg) {
			// An algorithm the code chooses (configuration, a field set
			// at construction): pinned, its name unknown here.
			o.PinnedAlgs = []string{"?"}
		} else {
			o.MethodsUnknown = true
		}
	case libmodel.OptKeySet:
		o.Keys = libmodel.KeySet
		if row.Sub >= 0 {
			for i := row.Sub; i < ssaprog.NumArgs(c); i++ {
				o = o.with(r.optionList(ssaprog.Arg(c, i)).OptionSummary)
			}
		}
	case libmodel.OptInferAlgorithm:
		o.AlgFromToken = constBool(arg, true)
	case libmodel.OptKeyProvider:
		o.KeyByCode = true
	case libmodel.OptVerifyAuto:
		o.VerifyAuto, o.Keys = true, libmodel.KeySet
	case libmodel.OptVerify:
		o.VerifyOff = constBool(arg, false)
	case libmodel.OptValidate:
		o.NoClaimsValidation = constBool(arg, false)
		o.ValidateOn = constBool(arg, true)
	case libmodel.OptRequiredClaim:
		if name, ok := ssaprog.ConstString(arg); ok {
			switch ClaimOf(name) {
			case ClaimAud:
				o.Audience = true
			case ClaimIss:
				o.Issuer = true
			case ClaimExp:
				o.ExpRequired = true
			case ClaimNbf:
				o.NbfRequired = true
			case ClaimSub:
				o.Subject = true
			}
		}
	case libmodel.OptResetValidators:
		o.TimeOff = constBool(arg, true)
	case libmodel.OptClaimsUnknown:
		o.ClaimsUnknown = true
	case libmodel.OptExpected:
		o = r.config(arg)
	case libmodel.OptCredentialsOptional:
		o.CredentialsOptional = constBool(arg, true)
	case libmodel.OptSkipPreflight:
		o.SkipPreflight = constBool(arg, false)
	}
	return o, claims
}

// chosenByCode reports whether an algorithm value comes from the code and
// not from a token: constants, parameters, variables and fields of the
// code's own values (its configuration), through conversions, merges and
// standard functions; a call of anything else (a header's Algorithm())
// may read a token.
func chosenByCode(v ssa.Value) bool {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int) bool
	walk = func(v ssa.Value, depth int) bool {
		switch {
		case v == nil || depth > 16:
			return false
		case seen[v]:
			return true // a cycle through phis adds no other source
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Const, *ssa.Parameter, *ssa.Global, *ssa.FreeVar, *ssa.Alloc:
			return true
		case *ssa.ChangeType:
			return walk(x.X, depth+1)
		case *ssa.Convert:
			return walk(x.X, depth+1)
		case *ssa.MakeInterface:
			return walk(x.X, depth+1)
		case *ssa.FieldAddr:
			return walk(x.X, depth+1)
		case *ssa.Field:
			return walk(x.X, depth+1)
		case *ssa.UnOp:
			return x.Op == token.MUL && walk(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				if !walk(e, depth+1) {
					return false
				}
			}
			return true
		case *ssa.Call:
			// A standard function of the code's own values (os.Getenv,
			// strings.ToUpper); anything else may read a token.
			fn := ssaprog.Callee(&x.Call)
			if fn == nil || fn.Pkg() == nil || !libmodel.IsStdPath(fn.Pkg().Path()) || x.Call.IsInvoke() {
				return false
			}
			for _, a := range x.Call.Args {
				if !walk(a, depth+1) {
					return false
				}
			}
			return true
		}
		return false
	}
	return walk(v, 0)
}

// constBool reports whether v is the constant want: a setting that is not
// a constant is not assumed to be either (configuration decides).
func constBool(v ssa.Value, want bool) bool {
	c, ok := ssaprog.Unwrap(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Bool {
		return false
	}
	return constant.BoolVal(c.Value) == want
}

// parserOptions resolves the options of a *jwt.Parser value.
func (r *run) parserOptions(v ssa.Value) OptionSummary {
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Call:
		if libmodel.NewParserFunc(ssaprog.Callee(&x.Call)) != nil {
			if ssaprog.NumArgs(&x.Call) == 0 {
				return OptionSummary{}
			}
			return r.optionList(ssaprog.Arg(&x.Call, 0)).OptionSummary
		}
		return r.calleeOptions(x)
	case *ssa.Alloc:
		return r.parserLiteral(x)
	case *ssa.Global:
		// A package-level Parser value (var p = jwt.Parser{...}) used
		// through its address: its initialiser copies the literal in.
		if stores := r.prog.Stores(x); len(stores) > 0 {
			return meetAll(stores, r.parserCopy)
		}
	case *ssa.Phi:
		return meetAll(x.Edges, r.parserOptions)
	case *ssa.Const:
		if x.IsNil() {
			// request.WithParser(nil) falls back to the zero parser.
			return OptionSummary{}
		}
	}
	if stores, ok := r.storedValues(v); ok {
		return meetAll(stores, r.parserOptions)
	}
	return unknownOptions
}

// parserLiteral reads the fields set on a &jwt.Parser{...} allocation.
func (r *run) parserLiteral(alloc *ssa.Alloc) OptionSummary { return r.configFields(alloc) }

// parserCopy summarises a whole Parser value stored into a variable: a
// value literal (`p := jwt.Parser{ValidMethods: ...}` builds the literal in
// a temporary and copies it) or a copy of another parser.
func (r *run) parserCopy(v ssa.Value) OptionSummary {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return r.parserOptions(x.X)
		}
	case *ssa.Const:
		return OptionSummary{} // the zero Parser
	}
	return unknownOptions
}

// storedValues follows a load from memory to the values stored there:
// globals, struct fields (flow-insensitively, package-wide), local cells,
// and free variables of closures.
func (r *run) storedValues(v ssa.Value) ([]ssa.Value, bool) {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, false
		}
		switch addr := x.X.(type) {
		case *ssa.Alloc:
			var vals []ssa.Value
			for _, ref := range *addr.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
					vals = append(vals, st.Val)
				}
			}
			return vals, len(vals) > 0
		case *ssa.FreeVar:
			if cell := r.freeVarBinding(addr); cell != nil {
				return r.storedValues(&ssa.UnOp{Op: token.MUL, X: cell})
			}
			return nil, false
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok && ssaprog.SettableElsewhere(fa.X.Type(), fa.Field) {
			return nil, false
		}
		if loc := ssaprog.Location(x.X); loc != nil {
			vals := r.prog.Stores(loc)
			return vals, len(vals) > 0
		}
	case *ssa.Field:
		if ssaprog.SettableElsewhere(x.X.Type(), x.Field) {
			return nil, false
		}
		if f := ssaprog.FieldVar(x.X.Type(), x.Field); f != nil {
			vals := r.prog.Stores(f)
			return vals, len(vals) > 0
		}
	case *ssa.FreeVar:
		if b := r.freeVarBinding(x); b != nil {
			return []ssa.Value{b}, true
		}
	}
	return nil, false
}

// freeVarBinding returns the value bound to a closure's free variable when
// every MakeClosure of the function binds the same value.
func (r *run) freeVarBinding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	idx := slices.Index(fn.FreeVars, fv)
	var bound ssa.Value
	for _, mc := range r.prog.Closures(fn) {
		if idx >= len(mc.Bindings) || (bound != nil && bound != mc.Bindings[idx]) {
			return nil
		}
		bound = mc.Bindings[idx]
	}
	return bound
}

// methodNames resolves a []string allow-list to its constant entries.
func (r *run) methodNames(v ssa.Value) (names []string, unknown bool) {
	elems, complete := r.prog.SliceElems(v)
	for _, e := range elems {
		if alg, ok := algName(e); ok {
			names = union(names, []string{alg})
		} else {
			unknown = true
		}
	}
	return names, unknown || !complete
}

// algName resolves an algorithm name: a string constant, or
// jwt.SigningMethodXX.Alg() / .Name.
func algName(v ssa.Value) (string, bool) {
	if s, ok := ssaprog.ConstString(v); ok {
		return s, true
	}
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Call:
		if fn := ssaprog.Callee(&x.Call); fn != nil && fn.Name() == "Alg" {
			return signingMethodGlobal(ssaprog.Recv(&x.Call))
		}
	case *ssa.UnOp:
		// A field load such as jwt.SigningMethodHS256.Name.
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			if f := ssaprog.FieldVar(fa.X.Type(), fa.Field); f != nil && f.Name() == "Name" {
				return signingMethodGlobal(fa.X)
			}
		}
	}
	return "", false
}

// signingMethodGlobal resolves a load of a library signing-method variable.
func signingMethodGlobal(v ssa.Value) (string, bool) {
	load, ok := ssaprog.Unwrap(v).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return "", false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return "", false
	}
	obj, _ := g.Object().(*types.Var)
	return libmodel.SigningMethodVar(obj)
}

// calleeOptions summarises the options returned by the function a call
// invokes: from its fact, or by analysing it when it is in this package.
func (r *run) calleeOptions(call *ssa.Call) OptionSummary {
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil {
		if s, ok := r.funcOptions(fn); ok {
			return s
		}
		return unknownOptions
	}
	var fact OptionsFact
	if obj := ssaprog.Callee(&call.Call); obj != nil && r.pass.ImportObjectFact(obj, &fact) {
		return fact.Options
	}
	return unknownOptions
}

// funcOptions summarises a local function returning options or a parser.
func (r *run) funcOptions(fn *ssa.Function) (OptionSummary, bool) {
	if s, ok := r.optionsMemo[fn]; ok {
		if s == nil {
			return unknownOptions, false // recursion
		}
		return *s, true
	}
	idx := optionResultIndex(fn.Signature)
	if idx < 0 {
		return unknownOptions, false
	}
	r.optionsMemo[fn] = nil
	var rets []ssa.Value
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) {
			rets = append(rets, ret.Results[idx])
		}
	}
	kind := optionResultKind(fn.Signature.Results().At(idx).Type())
	s := meetAll(rets, func(v ssa.Value) OptionSummary {
		switch kind {
		case kindParser:
			return r.parserOptions(v)
		case kindOption:
			return r.option(v).OptionSummary
		default:
			return r.optionList(v).OptionSummary
		}
	})
	r.optionsMemo[fn] = &s
	return s, true
}

type optionKind int

const (
	kindNone optionKind = iota
	kindOptionList
	kindOption
	kindParser
)

// optionResultKind tells whether t is []jwt.ParserOption, jwt.ParserOption
// or *jwt.Parser (of a modeled library).
func optionResultKind(t types.Type) optionKind {
	if libmodel.IsParser(t) {
		if _, ok := types.Unalias(t).(*types.Pointer); ok {
			return kindParser
		}
	}
	if libmodel.IsParserOption(t) {
		return kindOption
	}
	if s, ok := t.Underlying().(*types.Slice); ok && libmodel.IsParserOption(s.Elem()) {
		return kindOptionList
	}
	return kindNone
}

func optionResultIndex(sig *types.Signature) int {
	for i := range sig.Results().Len() {
		if optionResultKind(sig.Results().At(i).Type()) != kindNone {
			return i
		}
	}
	return -1
}
