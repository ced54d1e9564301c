package jwtparse

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Analyzer finds and judges the token parses of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "jwtlintparse",
	Doc:        "recognise JWT parses: options, key functions, error handling, claim checks",
	URL:        "https://github.com/jwtlint/jwtlint/blob/main/docs/design.md",
	Run:        runAnalyzer,
	Requires:   []*analysis.Analyzer{ssaprog.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes: []analysis.Fact{new(KeyfuncFact), new(OptionsFact), new(ClaimsValidationFact), new(HelperFact),
		new(ParseWrapperFact), new(VerifierFact), new(ErrCheckFact), new(summariesFact)},
	RunDespiteErrors: true,
}

// Result lists the parses of a package.
type Result struct {
	Sites []*Site
	// Risky are the calls that are findings by themselves.
	Risky []Risky
	// Err is set when the analysis failed on this package (a recovered panic).
	Err error
}

// Release drops what the result holds (SSA values and positions), keeping
// Err: the bundle calls it when every check is done with the package.
func (r *Result) Release() { r.Sites, r.Risky = nil, nil }

// Risky is a call the model marks as a finding by itself.
type Risky struct {
	Check, Message string
	Pos, End       token.Pos
}

// ErrVerdict says how the error of a verifying parse is handled.
type ErrVerdict int

const (
	// ErrChecked: every use of the token is guarded by err == nil or token.Valid.
	ErrChecked ErrVerdict = iota
	// ErrDropped: the error result is discarded.
	ErrDropped
	// ErrUnchecked: the token is used on a path where the error was not checked.
	ErrUnchecked
	// ErrPartial: the token is used on a path where only some errors were
	// rejected (errors.Is(err, jwt.ErrTokenExpired), ValidationError bits).
	ErrPartial
)

// Site is one call that parses a token.
type Site struct {
	API  *libmodel.ParseAPI
	Call *ssa.Call
	Expr *ast.CallExpr // nil when the call has no syntax
	Fn   *ssa.Function

	// Options are the options and parser settings the parse runs with.
	Options OptionSummary
	// Keyfunc summarises the key function; nil when it is not known.
	Keyfunc *KeyfuncSummary
	// KeyfuncArg is the key-function argument (nil for unverified parses).
	KeyfuncArg ssa.Value

	// Errors is the verdict on the parse error (verifying parses).
	Errors ErrVerdict
	// Use is the first use of the token on an unchecked path, or nil.
	Use ssa.Instruction
	// PartialTest describes the partial error test, e.g. "errors.Is(err, jwt.ErrTokenExpired)".
	PartialTest string
	// NothingOnError: the library returns no token (nil, or claims left
	// empty) when verification fails, so an unchecked error lets the code
	// run on an absent identity rather than on forged claims.
	NothingOnError bool

	// Unverified: data from this parse is attacker-controlled (an
	// unverified decode used for more than key selection, or a verifying
	// parse whose error is not checked before use).
	Unverified bool
	// UnverifiedUse is the first use of unverified-decode data (ParseUnverified).
	UnverifiedUse ssa.Instruction

	// Checked are the claims validated after the parse (manual checks and
	// the claims type's Validate method).
	Checked ClaimSet
	// ExpDisabled: a v3/v4 claims type overrides Valid() without checking exp.
	ExpDisabled bool
	// ValidateMethod is the claims type's own Validate/Valid, if any.
	ValidateMethod *types.Func
	// Optional are Verify*(x, false) calls on the parse's claims.
	Optional []Optional

	// Token is the token result; ClaimsRoots the claims objects the parse fills.
	Token       ssa.Value
	ClaimsRoots []ssa.Value

	// Decode: the call hands out token data without verifying the
	// signature (an unverified decode, verification switched off, or a
	// library that verifies only when given a key and was given none).
	Decode bool
	// Step is the call that decoded the token object this site verifies
	// (go-jose's ParseSigned): its allow-list is this site's, and jwtalg
	// reports there.
	Step *Site
	// AlgChecked: the header's algorithm is compared with constants, with
	// a rejecting branch, between the step and this verification.
	AlgChecked bool
	// EmbeddedKey: the key is the one the token carries in its header.
	EmbeddedKey bool
	// ExpectTimeUnset: the claims were validated with an expectation that
	// skips the time checks (go-jose v2's Expected without Time).
	ExpectTimeUnset bool
}

// AlgPos returns where algorithm findings are reported: the step that
// takes the allow-list, if any, else the site.
func (s *Site) AlgPos() (token.Pos, token.Pos) {
	if s.Step != nil {
		return s.Step.Pos(), s.Step.End()
	}
	return s.Pos(), s.End()
}

// KeyKinds returns the kinds of keys the site verifies with.
func (s *Site) KeyKinds() libmodel.KeyKind {
	k := s.Options.Keys
	if s.Keyfunc != nil {
		k |= s.Keyfunc.Kinds
	}
	return k
}

// Optional is a v3/v4 claim check that passes when the claim is absent,
// such as claims.VerifyAudience(aud, false).
type Optional struct {
	Pos, End token.Pos
	Method   *types.Func
}

// Pos returns the position of the parse call expression.
func (s *Site) Pos() token.Pos {
	if s.Expr != nil {
		return s.Expr.Pos()
	}
	return s.Call.Pos()
}

// End returns the end of the parse call expression.
func (s *Site) End() token.Pos {
	if s.Expr != nil {
		return s.Expr.End()
	}
	return token.NoPos
}

// summariesFact marks a package that exports jwtparse summaries, so that
// importers know to look for them.
type summariesFact struct{}

func (*summariesFact) AFact()         {}
func (*summariesFact) String() string { return "jwtparse-summaries" }

type run struct {
	// wrappers are this package's parse wrappers, found at their parses.
	wrappers     map[*ssa.Function]*libmodel.ParseAPI
	wrapperInner map[*ssa.Function]string
	wrapperDone  map[*ssa.Call]bool
	pass         *analysis.Pass
	prog         *ssaprog.Program
	keyfuncMemo  map[*ssa.Function]*KeyfuncSummary
	ctorMemo     map[*ssa.Function]*KeyfuncSummary
	optionsMemo  map[*ssa.Function]*OptionSummary
	validMemo    map[*types.Func]*ClaimsValidationFact
	// checkerMemo: does the function of this parameter reject tokens
	// with unexpected methods (a helper called by key functions)?
	checkerMemo map[*ssa.Parameter]bool
	// paramChecksMemo: the claims a function checks in this parameter.
	paramChecksMemo map[*ssa.Parameter]ClaimSet
	// sitesOf are the sites by function; verifications, verifiers and
	// errChecks memoise the helpers' summaries (verify.go, errhelpers.go).
	sitesOf       map[*ssa.Function][]*Site
	verifications map[*ssa.Function][]verification
	verifiers     map[*ssa.Function]*VerifierFact
	errChecks     map[*ssa.Function]*ErrCheckFact
	// invokeMemo: the verifier all implementations of an interface
	// method agree on; verifierNames: the names of imported verifier
	// methods and of this package's methods (ifaceverify.go).
	invokeMemo    map[invokeMethod]*VerifierFact
	verifierNames map[string]bool
	// stepSites are the decode steps made while judging verifications.
	stepSites map[*ssa.Call]*Site
}

func runAnalyzer(pass *analysis.Pass) (any, error) {
	res := &Result{}
	func() {
		defer finding.Recover("jwtparse", pass, &res.Err)
		res.Err = analyze(pass, res)
	}()
	return res, nil
}

// analyze fills res with the package's parse sites; a panic leaves the
// sites found so far.
func analyze(pass *analysis.Pass, res *Result) error {
	if !relevant(pass) {
		return nil
	}
	finding.Inject("jwtparse")
	prog, err := pass.ResultOf[ssaprog.Analyzer].(*ssaprog.Lazy).Get()
	if err != nil || prog == nil {
		return err
	}
	r := &run{
		pass: pass, prog: prog,
		wrappers:     map[*ssa.Function]*libmodel.ParseAPI{},
		wrapperInner: map[*ssa.Function]string{},
		wrapperDone:  map[*ssa.Call]bool{},
		keyfuncMemo:  map[*ssa.Function]*KeyfuncSummary{},
		ctorMemo:     map[*ssa.Function]*KeyfuncSummary{},
		optionsMemo:  map[*ssa.Function]*OptionSummary{},
		validMemo:    map[*types.Func]*ClaimsValidationFact{},
		checkerMemo:  map[*ssa.Parameter]bool{},

		paramChecksMemo: map[*ssa.Parameter]ClaimSet{},
		sitesOf:         map[*ssa.Function][]*Site{},
		verifications:   map[*ssa.Function][]verification{},
		verifiers:       map[*ssa.Function]*VerifierFact{},
		errChecks:       map[*ssa.Function]*ErrCheckFact{},
		invokeMemo:      map[invokeMethod]*VerifierFact{},
		stepSites:       map[*ssa.Call]*Site{},
	}
	res.Sites = r.sites(func(call *ssa.Call) *libmodel.ParseAPI {
		if r.stepSites[call] != nil {
			return nil // already made as the step of a verification
		}
		return libmodel.ParseCall(ssaprog.Callee(&call.Call))
	})
	for _, st := range r.stepSites {
		if !slices.Contains(res.Sites, st) {
			res.Sites = append(res.Sites, st)
		}
	}
	// Calls of parse wrappers (functions returning a parse's token and
	// error) are parses too, for the error handling of their callers; a
	// wrapper's callers may be wrappers in turn.
	for range maxWrapperDepth {
		more := r.sites(r.wrapperAPI)
		if len(more) == 0 {
			break
		}
		res.Sites = append(res.Sites, more...)
	}
	for _, s := range res.Sites {
		r.sitesOf[s.Fn] = append(r.sitesOf[s.Fn], s)
	}
	res.Risky = r.riskyCalls()
	r.judgeUnverified(res.Sites)
	r.exportFacts()
	sort.SliceStable(res.Sites, func(i, j int) bool { return res.Sites[i].Pos() < res.Sites[j].Pos() })
	return nil
}

// relevant reports whether the package can contain parses or summaries:
// it imports a JWT library, or a package that exported summaries.
func relevant(pass *analysis.Pass) bool {
	if pass.Pkg == nil || libmodel.IsLibraryPackage(pass.Pkg.Path()) {
		return false
	}
	for _, imp := range pass.Pkg.Imports() {
		if libmodel.IsVerifyPackage(imp.Path()) || libmodel.IsKeyfuncLibrary(imp.Path()) {
			return true
		}
	}
	return len(pass.AllPackageFacts()) > 0
}

// sites returns a site for every call the api function recognises.
func (r *run) sites(api func(*ssa.Call) *libmodel.ParseAPI) []*Site {
	var out []*Site
	for _, fn := range r.prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok {
					if a := api(call); a != nil {
						out = append(out, r.site(fn, call, a))
					}
				}
			}
		}
	}
	return out
}

func (r *run) site(fn *ssa.Function, call *ssa.Call, api *libmodel.ParseAPI) *Site {
	s := &Site{API: api, Call: call, Expr: r.prog.CallExpr(call), Fn: fn}
	c := &call.Call
	s.Options = r.siteOptions(s, c)
	if api.ClaimsArg >= 0 {
		s.ClaimsRoots = append(s.ClaimsRoots, ssaprog.Unwrap(ssaprog.Arg(c, api.ClaimsArg)))
	}
	if api.OutArg >= 0 {
		s.ClaimsRoots = append(s.ClaimsRoots, r.outArgs(c, api.OutArg)...)
	}
	if api.KeyfuncArg >= 0 {
		s.KeyfuncArg = ssaprog.Arg(c, api.KeyfuncArg)
		s.Keyfunc = r.keyfunc(s.KeyfuncArg)
	}
	if s.Keyfunc == nil {
		s.Keyfunc = s.Options.Keyfunc
	}
	s.Decode = api.Unverified || s.Options.VerifyOff || s.Options.SkipSignature ||
		api.Lib.VerifyOptIn && s.Options.Keys == 0 && !s.Options.Unknown
	if api.Configure {
		// No token flows to the caller: the configuration is all there is.
		return s
	}

	// Results.
	var errV ssa.Value
	if _, isTuple := call.Type().(*types.Tuple); !isTuple {
		switch {
		case api.ErrResult == 0:
			errV = call
		case api.TokenResult == 0:
			s.Token = call
		}
	}
	for _, ref := range *call.Referrers() {
		if ext, ok := ref.(*ssa.Extract); ok {
			switch ext.Index {
			case api.TokenResult:
				s.Token = ext
			case api.ErrResult:
				errV = ext
			}
		}
	}
	if api.Step {
		// A decoded object a later call verifies: its token result is
		// what that call's checks of the header look at.
		return s
	}
	roots := append([]ssa.Value{}, s.ClaimsRoots...)
	if s.Token != nil {
		roots = append(roots, s.Token)
	}
	errVals := errValues(errV)
	td := r.trace(call, roots, errVals)
	for _, oc := range td.optional {
		o := Optional{Pos: oc.Pos(), Method: ssaprog.Callee(&oc.Call)}
		if e := r.prog.CallExpr(oc); e != nil {
			o.Pos, o.End = e.Pos(), e.End()
		}
		s.Optional = append(s.Optional, o)
	}
	s.Checked = r.claimChecks(td)
	s.ExpectTimeUnset = td.expectTimeUnset
	r.validateMethod(s)

	if td.forwarded {
		r.noteWrapper(fn, api, call, td, errVals)
	}
	if s.Decode {
		if uses := trustingUses(td.uses); len(uses) > 0 {
			s.UnverifiedUse = first(uses)
		}
		return s
	}
	if !api.Lib.TokenOnError && !api.Wrapper {
		// The library's results other than the error are nil with every
		// error (go-jose's payload, jwx's token): testing one against
		// nil tests the error.
		td.nilOnError = map[ssa.Value]bool{}
		for _, ref := range *call.Referrers() {
			if ext, ok := ref.(*ssa.Extract); ok && ext.Index != api.ErrResult {
				td.nilOnError[ext] = true
			}
		}
	}
	s.Errors, s.Use, s.PartialTest = r.errorVerdict(call, errV, td)
	if !api.Lib.TokenOnError && !api.Wrapper {
		// A failed parse returns nothing: an unchecked error runs the code
		// on a nil token or empty claims (a crash, or an anonymous identity
		// the code may accept), not on forged claims. Accepting some errors
		// accepts nothing.
		s.NothingOnError = true
		if s.Errors == ErrPartial {
			s.Errors, s.Use, s.PartialTest = ErrChecked, nil, ""
		}
		return s
	}
	s.Unverified = s.Errors != ErrChecked
	return s
}

// trustingUses leaves out the uses that only check unverified claims (a
// library validator or claim verifier run on them, as a decode helper
// rejecting tokens issued in the future does): checking data is not
// trusting it.
func trustingUses(uses []ssa.Instruction) []ssa.Instruction {
	var out []ssa.Instruction
	for _, u := range uses {
		if c, ok := u.(*ssa.Call); ok {
			if callee := ssaprog.Callee(&c.Call); callee != nil {
				if _, isValidator := libmodel.ClaimsValidatorOf(callee); isValidator {
					continue
				}
				if _, isVerifier := libmodel.ClaimVerifierOf(callee); isVerifier {
					continue
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// siteOptions gathers what a parse or verification runs with: a parser
// receiver, a receiver built from a configuration, variadic options, a
// configuration argument, a key, a verifier, a pinned algorithm, and the
// allow-list of the step that decoded its token object.
func (r *run) siteOptions(s *Site, c *ssa.CallCommon) OptionSummary {
	api := s.API
	var opts OptionSummary
	if api.OnParser {
		opts = r.parserOptions(ssaprog.Recv(c))
	}
	if api.ConfigRecv {
		opts = opts.with(r.configuredBy(ssaprog.Recv(c)))
	}
	if api.OptionsArg >= 0 {
		if arg := ssaprog.Arg(c, api.OptionsArg); arg != nil {
			res := r.optionList(arg)
			opts = opts.with(res.OptionSummary)
			s.ClaimsRoots = append(s.ClaimsRoots, res.claims...)
		}
	}
	if api.ConfigArg >= 0 {
		opts = opts.with(r.config(ssaprog.Arg(c, api.ConfigArg)))
	}
	if api.KeyArg >= 0 {
		key := ssaprog.Arg(c, api.KeyArg)
		opts.Keys |= r.keyKindOfValue(key)
		s.EmbeddedKey = r.embeddedKey(key)
	}
	if api.VerifierArg >= 0 {
		opts = opts.with(r.verifierOptions(ssaprog.Arg(c, api.VerifierArg)))
	}
	if api.AlgArg >= 0 {
		if alg, ok := r.algOf(ssaprog.Arg(c, api.AlgArg)); ok {
			opts.PinnedAlgs = union(opts.PinnedAlgs, []string{alg})
		}
	}
	if api.TokenOfRecv {
		if st := r.stepOf(ssaprog.Recv(c)); st != nil {
			s.Step = st
			if st.API.AlgsArg >= 0 {
				opts.HasMethods = true
				m, unk := r.algList(ssaprog.Arg(&st.Call.Call, st.API.AlgsArg))
				opts.Methods, opts.MethodsUnknown = union(opts.Methods, m), opts.MethodsUnknown || unk
			}
			s.AlgChecked = r.headerAlgChecked(st, s.Call)
		}
	}
	return opts
}

// outArgs returns the claims destinations of a variadic list from index i.
func (r *run) outArgs(c *ssa.CallCommon, i int) []ssa.Value {
	var out []ssa.Value
	for j := i; j < ssaprog.NumArgs(c); j++ {
		a := ssaprog.Arg(c, j)
		if _, ok := a.Type().Underlying().(*types.Slice); ok {
			elems, _ := r.prog.SliceElems(a)
			for _, e := range elems {
				out = append(out, ssaprog.Unwrap(e))
			}
			continue
		}
		out = append(out, ssaprog.Unwrap(a))
	}
	return out
}

// claimChecks returns the claims compared in a decision with a rejecting
// branch after the parse.
func (r *run) claimChecks(td *tokenData) ClaimSet {
	var checked ClaimSet
	for _, u := range td.uses {
		ifInstr, ok := u.(*ssa.If)
		if !ok {
			continue
		}
		c := td.derived[ifInstr.Cond]
		if c == 0 {
			continue
		}
		if branchRejects(ifInstr.Block()) {
			checked |= c
		}
	}
	return checked
}

// first returns the use that comes first in the source.
func first(instrs []ssa.Instruction) ssa.Instruction {
	best, bestPos := instrs[0], UsePos(instrs[0])
	for _, in := range instrs[1:] {
		if p := UsePos(in); p.IsValid() && (!bestPos.IsValid() || p < bestPos) {
			best, bestPos = in, p
		}
	}
	return best
}

func shortFile(name string) string { return filepath.Base(name) }

func itoa(n int) string { return strconv.Itoa(n) }

// UsePos returns a source position for a use: the instruction's own, or for
// instructions without one (branches), the position of the value they test.
func UsePos(in ssa.Instruction) token.Pos { return usePos(in, 3) }

func usePos(in ssa.Instruction, depth int) token.Pos {
	if in.Pos().IsValid() || depth == 0 {
		return in.Pos()
	}
	for _, op := range in.Operands(nil) {
		if *op != nil && (*op).Pos().IsValid() {
			return (*op).Pos()
		}
	}
	for _, op := range in.Operands(nil) {
		if v, ok := (*op).(ssa.Instruction); ok && v != in {
			if p := usePos(v, depth-1); p.IsValid() {
				return p
			}
		}
	}
	return token.NoPos
}
