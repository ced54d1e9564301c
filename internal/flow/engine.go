package flow

import (
	"cmp"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Analyzer computes value flows and the SQL sinks they reach.
var Analyzer = &analysis.Analyzer{
	Name:             "jwtlintflow",
	Doc:              "value-flow engine of jwtlint's data-flow checks",
	URL:              "https://github.com/jwtlint/jwtlint/blob/main/docs/design.md",
	Run:              runAnalyzer,
	Requires:         []*analysis.Analyzer{ssaprog.Analyzer, jwtparse.Analyzer, config.Analyzer},
	ResultType:       reflect.TypeFor[*Result](),
	FactTypes:        []analysis.Fact{new(SummaryFact), new(GlobalFact), new(packageFact), new(EscapeFact)},
	RunDespiteErrors: true,
}

// Budgets bound the fixed point: package rounds, and instruction visits
// per function per round (a generated function of 10,000 statements is a
// few tens of thousands of instructions).
const (
	maxRounds         = 8
	maxVisitsPerRound = 400_000
	maxVisitsPerFunc  = 150_000
)

// Result is the flow analysis of one package.
type Result struct {
	// Sinks are the SQL calls that receive data not proven safe.
	Sinks []*Sink
	// Locations are the calls receiving forgeable token data as a
	// location: a URL requested or fetched, a file path (see
	// libmodel.LocationSink), directly or through a wrapper.
	Locations []*Sink
	Err       error
}

// Release drops what the result holds (SSA values and positions), keeping
// Err: the bundle calls it when every check is done with the package.
func (r *Result) Release() { r.Sinks, r.Locations = nil, nil }

type engine struct {
	locMemo map[ssa.Value][]loc
	// paramCopies: the struct parameter a local holds a copy of (memory.go).
	paramCopies map[*ssa.Alloc]*ssa.Parameter
	addrMemo    map[ssa.Value][]loc

	pass  *analysis.Pass
	prog  *ssaprog.Program
	cfg   *config.Config
	parse *jwtparse.Result

	vals   map[ssa.Value]Value
	tuples map[ssa.Value][]Value // results of calls returning several values
	mem    map[ssa.Value]*rootMem
	// objects are token sources by identity: tokens and claims objects
	// filled by parse calls.
	objects map[ssa.Value]Value

	summaries map[*ssa.Function]*Summary
	guards    map[guardKey]bool
	// funcGuards index each function's branch conditions for guarded.
	funcGuards map[*ssa.Function]*funcGuards
	// methodIndex lists the concrete methods in sight by name (dispatch).
	methodIndex map[string][]*types.Func
	implMemo    map[implKey][]*types.Func // dispatch: implementations per interface type and method
	// constMaps memoises constKeyMap.
	constMaps map[*ssa.MakeMap]bool
	// locGuards and locTested are guards.go's guards and tested values for
	// location guards (locguard.go).
	locGuards map[guardKey]bool
	locTested map[*ssa.Function]map[valueKey]bool
	fieldMemo map[*types.Var]Value
	// sameAsMemo: results of the package's functions that are a parameter
	// (alias.go).
	sameAsMemo map[*ssa.Function][]int

	changed bool
	visits  int
	// cur is the function being visited: writes into memory reached
	// through its parameters become part of its summary.
	cur *ssa.Function
	// truncated functions hit the budget.
	truncated map[*ssa.Function]bool
	// variant: the test code left out of a first solve (variant.go).
	variant variant

	// Quoted contexts (quote.go), memoised: they depend on the SSA form
	// and imported facts only.
	escMemo    map[ssa.Value]escState
	funcEsc    map[*ssa.Function]escState
	concatMemo map[*ssa.BinOp]*concatInfo
	printfMemo map[ssa.CallInstruction][]bool
}

func runAnalyzer(pass *analysis.Pass) (any, error) {
	res := &Result{}
	func() {
		defer finding.Recover("flow", pass, &res.Err)
		res.Err = analyze(pass, res)
	}()
	return res, nil
}

// analyze computes the package's flows into res. The parse recogniser's
// failure leaves its sites out (claims of unverified parses are then not
// told apart), nothing more.
func analyze(pass *analysis.Pass, res *Result) error {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	if !relevant(pass) {
		return nil
	}
	finding.Inject("flow")
	prog, err := pass.ResultOf[ssaprog.Analyzer].(*ssaprog.Lazy).Get()
	if err != nil || prog == nil {
		return err
	}
	parse := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
	e := &engine{
		pass: pass, prog: prog, cfg: cfg, parse: parse,
		vals: map[ssa.Value]Value{}, tuples: map[ssa.Value][]Value{},
		mem: map[ssa.Value]*rootMem{}, objects: map[ssa.Value]Value{},
		summaries: map[*ssa.Function]*Summary{}, guards: map[guardKey]bool{},
		funcGuards: map[*ssa.Function]*funcGuards{}, constMaps: map[*ssa.MakeMap]bool{},
		fieldMemo: map[*types.Var]Value{}, truncated: map[*ssa.Function]bool{},
		sameAsMemo: map[*ssa.Function][]int{},
		locMemo:    map[ssa.Value][]loc{}, addrMemo: map[ssa.Value][]loc{},
		escMemo: map[ssa.Value]escState{}, funcEsc: map[*ssa.Function]escState{},
		concatMemo: map[*ssa.BinOp]*concatInfo{}, printfMemo: map[ssa.CallInstruction][]bool{},
	}
	e.seedParseSources()
	e.seedKeyfuncInputs()
	e.seedScannerInputs()
	if e.initVariant() && len(e.variant.testFiles) < len(pass.Files) {
		// A test variant: the package's own sinks without the tests, then
		// the tests' sinks with everything.
		e.variant.excluding = true
		e.solve()
		res.Sinks, res.Locations = e.collectSinks(func(pos token.Pos) bool { return !e.inTestFile(pos) })
		e.endExclusion()
		e.solve()
		sql, locs := e.collectSinks(e.inTestFile)
		res.Sinks = append(res.Sinks, sql...)
		res.Locations = append(res.Locations, locs...)
	} else {
		e.solve()
		res.Sinks, res.Locations = e.collectSinks(func(token.Pos) bool { return true })
	}
	e.exportFacts()
	return nil
}

// Analysed reports whether the engine analyses the package (see relevant):
// checks with analyses of their own over the same code ask it too.
func Analysed(pass *analysis.Pass) bool { return relevant(pass) }

// relevant reports whether the package is analysed: every package of the
// modules being linted, whatever it imports (a string helper building
// "$1, $2" in a util package must not make its callers' queries "not
// proven safe"), and no versioned dependency, standard package or
// modelled library.
func relevant(pass *analysis.Pass) bool {
	if pass.Pkg == nil || libmodel.IsLibraryPackage(pass.Pkg.Path()) || libmodel.IsStdPath(pass.Pkg.Path()) {
		return false
	}
	// A versioned dependency (from the module proxy) is not code being
	// linted: an ORM's own query building would make every call into it a
	// "wrapper" of its internals. Calls into it stay opaque.
	return pass.Module == nil || pass.Module.Version == ""
}

// seedParseSources labels the results of parse calls: tokens and claims
// objects are token data, unverified when the parse is judged so.
func (e *engine) seedParseSources() {
	for _, s := range e.parse.Sites {
		origin := s.API.Display + " at " + e.where(s.Pos())
		l := Token
		if s.Unverified {
			l |= Unverified | Forgeable
		}
		if s.Decode {
			// An unverified decode only used to choose the key is no
			// jwtsql concern, but what the token names there (its iss for
			// discovery, its jku) is the token maker's choice.
			l |= Forgeable
		}
		if s.Token != nil {
			e.objects[s.Token] = Value{L: l, Src: &Source{What: "the token", Origin: origin, OriginPos: s.Pos()}}
		}
		for _, c := range s.ClaimsRoots {
			e.objects[c] = Value{L: l, Src: &Source{What: "claims", Origin: origin, OriginPos: s.Pos()}}
		}
		// The string handed to a parse as the token is token data before
		// and after the parse, wherever else it goes: the same value, not
		// what it was cut from.
		if raw := rawToken(s); raw != nil {
			if _, seeded := e.objects[raw]; !seeded {
				e.objects[raw] = Value{L: Token, Src: &Source{What: "the raw token given to " + origin, OriginPos: s.Pos()}}
			}
		}
	}
}

// seedKeyfuncInputs marks the token a key function is given (golang-jwt's
// *jwt.Token, jwx's signature and message, kataras' decoded header): it is
// not verified yet, so what it names is the token maker's choice. It is
// not token data by itself (the claims and headers read from it are).
func (e *engine) seedKeyfuncInputs() {
	for _, fn := range e.prog.Funcs {
		inputs := libmodel.KeyfuncInputs(fn.Signature)
		off := 0
		if fn.Signature.Recv() != nil {
			off = 1
		}
		hdr, isHeader := libmodel.KeyfuncHeaderInput(fn.Signature)
		for _, i := range inputs {
			if i+off >= len(fn.Params) {
				continue
			}
			p := fn.Params[i+off]
			v := Value{L: Forgeable}
			if isHeader && i == hdr {
				// The decoded header itself (kataras/jwt's validators).
				v = Value{L: Token | Forgeable, Src: &Source{What: "header", Pos: p.Pos()}}
			}
			e.objects[p] = e.objects[p].join(v)
		}
	}
}

// seedScannerInputs marks the value database/sql hands to the Scan method
// of a destination implementing sql.Scanner (`func (c *T) Scan(src any)
// error`): the column read back from the database, stored data. What the
// method fills the fields of its receiver with is then stored data too,
// wherever the object goes (a registry keeping the rows it scanned).
func (e *engine) seedScannerInputs() {
	for _, fn := range e.prog.Funcs {
		sig := fn.Signature
		if sig.Recv() == nil || fn.Name() != "Scan" || len(fn.Params) != 2 ||
			sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
			continue
		}
		if it, ok := sig.Params().At(0).Type().Underlying().(*types.Interface); !ok || !it.Empty() {
			continue
		}
		p := fn.Params[1]
		e.objects[p] = e.objects[p].join(Value{L: Stored, In: &Source{What: "the column scanned by " + funcDisplay(fn), Pos: p.Pos(), Kind: Stored}})
	}
}

// rawToken is the string (or byte slice) a parse site is given as the
// token, through conversions between the two; nil when the site takes
// none.
func rawToken(s *jwtparse.Site) ssa.Value {
	if s.API.TokenArg < 0 || s.Call == nil {
		return nil
	}
	v := ssaprog.Arg(s.Call.Common(), s.API.TokenArg)
	for v != nil {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Const:
			return nil
		}
		break
	}
	if v == nil || !stringLike(v.Type()) {
		return nil
	}
	return v
}

// stringLike: string or []byte, the types a raw token travels as.
func stringLike(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// solve runs the package to a fixed point.
func (e *engine) solve() {
	for round := 0; round < maxRounds; round++ {
		e.changed = false
		e.visits = 0
		e.locGuards = map[guardKey]bool{} // location guards read values: decided anew each round
		for _, fn := range e.prog.Funcs {
			e.visitFunc(fn)
			if e.visits > maxVisitsPerRound {
				break
			}
		}
		if !e.changed {
			return
		}
	}
}

func (e *engine) visitFunc(fn *ssa.Function) {
	if e.excluded(fn) {
		return
	}
	e.cur = fn
	start := e.visits
	for _, b := range fn.DomPreorder() {
		for _, instr := range b.Instrs {
			if e.excludedInstr(instr) {
				continue
			}
			e.visits++
			if e.visits-start > maxVisitsPerFunc {
				e.truncated[fn] = true
				return
			}
			e.transfer(instr)
		}
	}
	e.updateReturns(fn)
}

// set records the value of v, noting changes for the fixed point.
func (e *engine) set(v ssa.Value, val Value) {
	val = typeRule(v.Type(), val)
	old, ok := e.vals[v]
	if ok && old.equal(val) {
		return
	}
	if ok {
		val = old.join(val)
		if old.equal(val) {
			return
		}
	}
	e.vals[v] = val
	e.changed = true
}

// typeRule: values of numeric, boolean, UUID or time types cannot carry SQL
// syntax, whatever their origin.
func typeRule(t types.Type, v Value) Value {
	if libmodel.SafeType(t) {
		return safe
	}
	return v
}

// value returns the current abstract value of v.
func (e *engine) value(v ssa.Value) Value {
	switch x := v.(type) {
	case *ssa.Const:
		return safe
	case *ssa.Function, *ssa.Builtin:
		return safe
	case *ssa.Global:
		return Value{}
	case *ssa.FreeVar:
		if b := freeVarBinding(e.prog, x); b != nil {
			return e.value(b)
		}
		return unknown
	case *ssa.Parameter:
		if in := e.paramInput(x); in.L != 0 {
			// A request handed to a handler by a router, a command's
			// arguments: input of that kind, whoever the caller is.
			return e.objects[x].join(in)
		}
		// Parameters are not instructions: their value is their identity.
		if i := paramIndex(x); i >= 0 {
			return typeRule(x.Type(), param(i).join(e.objects[x]))
		}
		return unknown
	}
	if val, ok := e.vals[v]; ok {
		return val
	}
	return Value{}
}

// paramInput is the input a parameter holds by its place in its function's
// signature (the request of a handler, the arguments of a cobra command),
// or the zero Value.
func (e *engine) paramInput(p *ssa.Parameter) Value {
	fn := p.Parent()
	i := paramIndex(p)
	if fn.Signature.Recv() != nil {
		i-- // SSA parameters start with the receiver
	}
	if i < 0 {
		return Value{}
	}
	var l Label
	switch {
	case libmodel.RemoteParam(fn.Signature, i):
		l = Remote
	case libmodel.ProgramParam(fn.Signature, i):
		l = Program
	default:
		return Value{}
	}
	return Value{L: l, In: &Source{What: "parameter " + p.Name(), Pos: p.Pos(), Param: true, Kind: l}}
}

func (e *engine) summary(fn *ssa.Function) *Summary {
	s := e.summaries[fn]
	if s == nil {
		s = &Summary{Returns: make([]Value, fn.Signature.Results().Len())}
		e.summaries[fn] = s
	}
	return s
}

func (e *engine) updateReturns(fn *ssa.Function) {
	s := e.summary(fn)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if i >= len(s.Returns) {
				continue
			}
			val, fields := e.returned(r, ret)
			if nv := s.Returns[i].join(val); !nv.equal(s.Returns[i]) {
				s.Returns[i] = nv
				e.changed = true
			}
			for _, path := range fieldOrder(fields, len(s.ResultFields)) {
				if s.addResultField(ResultField{Result: i, Path: path, Val: fields[path]}) {
					e.changed = true
				}
			}
		}
	}
}

// fieldOrder lists the paths of fields to add to a summary holding n
// fields. When the bound may be reached, shallow paths come first, so that
// the fields kept within it are the same on every run (maxResultFields).
func fieldOrder(fields map[string]Value, n int) []string {
	if n+len(fields) <= maxResultFields {
		return slices.Collect(maps.Keys(fields))
	}
	return slices.SortedFunc(maps.Keys(fields), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
}

func (e *engine) where(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := e.pass.Fset.Position(pos)
	return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
}

// freeVarBinding returns the value bound to a closure's free variable when
// every MakeClosure of the function binds the same value.
func freeVarBinding(prog *ssaprog.Program, fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	var bound ssa.Value
	for _, mc := range prog.Closures(fn) {
		if idx < 0 || idx >= len(mc.Bindings) || (bound != nil && bound != mc.Bindings[idx]) {
			return nil
		}
		bound = mc.Bindings[idx]
	}
	return bound
}

// exportFacts publishes the summaries of this package's functions and
// variables, and marks the package analysed.
func (e *engine) exportFacts() {
	for fn, s := range e.summaries {
		obj, ok := fn.Object().(*types.Func)
		if ok && obj.Pkg() == e.pass.Pkg && fn.Blocks != nil {
			s.SameAs = e.sameAsParams(fn)
		}
		if !ok || obj.Pkg() != e.pass.Pkg || fn.Synthetic != "" || s.empty() {
			continue
		}
		f := &SummaryFact{}
		f.SameAs = s.SameAs
		for _, r := range s.Returns {
			f.Returns = append(f.Returns, r.exported())
		}
		f.Sinks = append(f.Sinks, s.Sinks...)
		for _, w := range s.Writes {
			w.Val = w.Val.exported()
			f.Writes = append(f.Writes, w)
		}
		for _, rf := range s.ResultFields {
			rf.Val = rf.Val.exported()
			f.ResultFields = append(f.ResultFields, rf)
		}
		e.pass.ExportObjectFact(obj, f)
	}
	e.exportGlobals()
	e.exportEscapes()
	e.pass.ExportPackageFact(&packageFact{})
}

// exportGlobals publishes what the package's variables may hold, when it
// is not proven safe: everything stored into them, their fields and, for
// containers, their elements. Dependencies on parameters of the storing
// functions mean nothing to importers and are dropped.
func (e *engine) exportGlobals() {
	for _, m := range e.prog.Pkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok {
			continue
		}
		obj, ok := g.Object().(*types.Var)
		if !ok || obj.Pkg() != e.pass.Pkg {
			continue
		}
		v := e.readLoc(loc{g, ""})
		for _, st := range e.storesOf(g) {
			v = v.join(e.contentOf(st))
		}
		v = typeRule(obj.Type(), v.withoutDeps())
		if v.Unsafe() {
			e.pass.ExportObjectFact(obj, &GlobalFact{Val: v.exported()})
		}
	}
}

// foreignGlobal is the value of a package-level variable of another
// package: the input it holds by the model (os.Args), the summary its own
// package exported, or "not proven safe".
func (e *engine) foreignGlobal(g *ssa.Global) Value {
	obj, _ := g.Object().(*types.Var)
	if obj == nil || !textType(obj.Type(), 0) && !isPointerLike(obj.Type()) {
		return safe // a function, number or channel holds no text
	}
	if k, ok := libmodel.GlobalInput(obj); ok {
		return Value{L: inputLabel(k), In: &Source{What: obj.Pkg().Name() + "." + obj.Name(), Kind: inputLabel(k)}}
	}
	var fact GlobalFact
	if e.pass.ImportObjectFact(obj, &fact) {
		return fact.Val
	}
	var pf packageFact
	if obj.Pkg() != nil && e.pass.ImportPackageFact(obj.Pkg(), &pf) {
		return safe // analysed: a variable without a fact holds only constants
	}
	return unknown
}

// isPointerLike reports whether values of t can lead to text stored
// elsewhere: pointers, and structs (whose fields may).
func isPointerLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Struct, *types.Interface:
		return true
	}
	return false
}

// inputLabel maps the model's kinds of input to labels.
func inputLabel(k libmodel.Input) Label {
	switch k {
	case libmodel.InputRemote:
		return Remote
	case libmodel.InputProgram:
		return Program
	case libmodel.InputStored:
		return Stored
	}
	return Unknown
}
