package flow

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// call applies a call: its result values, its writes into buffers, and the
// sink summary of the enclosing function.
func (e *engine) call(instr ssa.CallInstruction) {
	c := instr.Common()
	results := e.callResults(instr, c)
	if v := instr.Value(); v != nil {
		if v.Type() != nil {
			if tup, ok := v.Type().(*types.Tuple); ok {
				for i := range results {
					if i < tup.Len() {
						results[i] = typeRule(tup.At(i).Type(), results[i])
					}
				}
				e.setTuple(v, results)
				e.set(v, joinAll(results))
			} else if len(results) > 0 {
				// A raw token a parse is then given: its source comes first.
				e.set(v, e.objects[v].join(results[0]))
			}
		}
	}
	e.recordParamSinks(instr)
}

func (e *engine) setTuple(v ssa.Value, vals []Value) {
	old := e.tuples[v]
	if len(old) == len(vals) {
		same := true
		for i := range vals {
			vals[i] = old[i].join(vals[i])
			same = same && old[i].equal(vals[i])
		}
		if same {
			return
		}
	}
	e.tuples[v] = vals
	e.changed = true
}

func joinAll(vals []Value) Value {
	var v Value
	for _, x := range vals {
		v = v.join(x)
	}
	return v
}

// nResults is the number of results of the call's signature.
func nResults(c *ssa.CallCommon) int { return c.Signature().Results().Len() }

func repeat(v Value, n int) []Value {
	out := make([]Value, max(n, 1))
	for i := range out {
		out[i] = v
	}
	return out
}

func (e *engine) callResults(instr ssa.CallInstruction, c *ssa.CallCommon) []Value {
	n := nResults(c)
	if b, ok := c.Value.(*ssa.Builtin); ok {
		return []Value{e.builtin(instr, b, c)}
	}
	callee := ssaprog.Callee(c)
	if callee != nil {
		if r, ok := libmodel.FlowRuleOf(callee); ok {
			return repeat(e.applyRule(instr, c, r), n)
		}
		if src, ok := libmodel.TokenSourceOf(callee); ok {
			return e.tokenSource(instr, c, src, n)
		}
		if r, ok := libmodel.InputRuleOf(callee); ok {
			return e.inputCall(instr, c, callee, r, n)
		}
		if ref := e.userRef(e.cfg.Sanitizers, callee); ref != nil {
			return e.userResults(instr, c, callee, n, ref.Arg, safe)
		}
		if ref := e.userRef(e.cfg.Sources, callee); ref != nil {
			src := Value{L: Token, Src: &Source{What: "the result of " + callee.Name(), Origin: callee.FullName()}}
			return e.userResults(instr, c, callee, n, ref.Arg, src)
		}
	}
	if fn, args := e.resolve(c); fn != nil {
		if s := e.calleeSummary(fn); s != nil {
			e.applyWrites(instr, s, args)
			e.applyResultFields(instr, s, args)
			return e.substitute(instr, s, args, n)
		}
	}
	if impls, args := e.dispatch(c); len(impls) > 0 {
		out := make([]Value, max(n, 1))
		for _, impl := range impls {
			e.applyWrites(instr, impl.summary, args)
			e.applyResultFields(instr, impl.summary, args)
			for i, v := range e.substitute(instr, impl.summary, args, n) {
				out[i] = out[i].join(v)
			}
		}
		return out
	}
	return e.opaqueCall(instr, c, callee, n)
}

// tokenSource applies a row of libmodel's token-source table: the call
// hands out token data (a claim or header read by an accessor, claims
// decoded into the caller's values, a parsed token), in its results or in
// what its out arguments point to.
func (e *engine) tokenSource(instr ssa.CallInstruction, c *ssa.CallCommon, s libmodel.TokenSource, n int) []Value {
	var v Value
	switch s.Kind {
	case libmodel.SourceAccessor:
		// Read from the receiver: it keeps the receiver's verification
		// status and origin, and is named after the receiver's own type
		// (auth.Claims for a getter promoted from its embedded
		// jwt.RegisteredClaims).
		r := ssaprog.Recv(c)
		if r == nil && len(c.Args) > 0 {
			r = c.Args[0] // a method expression: jwt.Token.Subject(tok)
		}
		if r == nil {
			break
		}
		base := r
		if ld, ok := r.(*ssa.UnOp); ok && ld.Op == token.MUL {
			base = ld.X // (*c.RegisteredClaims).GetSubject()
		}
		what := "claims" // Get(name) with a name only known at run time
		if s.NameArg < 0 && s.Name == "" {
			what = s.Part + "s" // every claim, the whole header
			if s.Part == libmodel.PartHeader {
				what = "header"
			}
		} else if s.NameArg < 0 {
			what = s.Part + ` "` + s.Name + `"`
		} else if name, ok := ssaprog.ConstString(ssaprog.Arg(c, s.NameArg)); ok {
			what = s.Part + ` "` + name + `"`
		} else if s.Part == libmodel.PartHeader {
			what = "header"
		}
		v = derive(e.value(r), what, instr.Pos(), typeName(outerType(base, r.Type())))
	default:
		// The call itself is where the data comes from, like a parse of
		// seedParseSources: "claims" makes fields and map entries read
		// from the values it fills claims named after their keys.
		what := "claims"
		if s.Kind == libmodel.SourceParse {
			what = "the token"
		}
		v = Value{L: Token, Src: &Source{What: what, Origin: s.Display + " at " + e.where(instr.Pos()), OriginPos: instr.Pos()}}
		if s.Unverified {
			v.L |= Unverified | Forgeable
		}
	}
	if s.OutArg >= 0 {
		for i := s.OutArg; i < ssaprog.NumArgs(c); i++ {
			e.writeOut(ssaprog.Arg(c, i), v)
		}
	}
	out := repeat(v, n)
	res := c.Signature().Results()
	for i := range out {
		// An error result (the only result of the out-argument APIs)
		// carries no token data: it is not proven safe, as for an opaque call.
		if s.OutArg >= 0 || i < res.Len() && isErrorType(res.At(i).Type()) {
			out[i] = unknown
		}
	}
	return out
}

// writeOut writes v into what an out argument points to: a pointer, map or
// interface holding one, or each pointer of a variadic ...any list
// (tok.Claims(key, &std, &custom)).
func (e *engine) writeOut(a ssa.Value, v Value) {
	switch a.Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Interface:
		e.writeContent(a, "", v)
	case *types.Slice:
		elems, _ := e.prog.SliceElems(a)
		for _, el := range elems {
			switch ssaprog.Unwrap(el).Type().Underlying().(type) {
			case *types.Pointer, *types.Map:
				e.writeContent(el, "", v)
			}
		}
	}
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// opaqueCall models a call the engine knows nothing about (a function of a
// package it did not analyse, a function value). For a pure standard
// function (strings, strconv, fmt...) the results carry what the operands
// carry; for any other standard function (the environment, files, the
// network) they are not proven safe, and keep the operands' kinds of input
// (r.URL.Query().Get("q") is request data). For other code (a versioned
// dependency, a function value) they are proven safe when every operand
// is (a helper formatting constants, a configuration lookup by constant
// key) and otherwise not proven safe, keeping the operands' input, token
// data and parameter dependencies. Such code may write into what its
// pointer arguments point to, which is then no longer proven safe.
func (e *engine) opaqueCall(instr ssa.CallInstruction, c *ssa.CallCommon, callee *types.Func, n int) []Value {
	ops := e.operands(instr, c)
	if libmodel.MayWriteArgs(callee) {
		for i := 0; i < ssaprog.NumArgs(c); i++ {
			e.clobber(ssaprog.Arg(c, i))
		}
	}
	var res Value
	switch {
	case libmodel.PureStd(callee):
		res = ops
		res.Built, res.BuiltAt, res.BuiltBy = false, 0, ""
		res.In = e.readSource(instr, callee, ops.In)
	case ops.pure() && !libmodel.IsStd(callee):
		res = safe
	default:
		res = ops
		res.L = res.L&^Safe | Unknown
		res.Built, res.BuiltAt, res.BuiltBy = false, 0, ""
		res.In = e.readSource(instr, callee, ops.In)
	}
	return repeat(res, n)
}

// operands joins what a call's receiver, function value and arguments
// carry.
func (e *engine) operands(instr ssa.CallInstruction, c *ssa.CallCommon) Value {
	var ops Value
	if r := ssaprog.Recv(c); r != nil {
		ops = ops.join(e.contentOperand(r, instr))
	}
	if !c.IsInvoke() {
		if _, isFunc := c.Value.(*ssa.Function); !isFunc && ssaprog.Recv(c) == nil {
			ops = ops.join(e.value(c.Value)) // a function value of unknown origin
		}
	}
	for i := 0; i < ssaprog.NumArgs(c); i++ {
		ops = ops.join(e.contentOperand(ssaprog.Arg(c, i), instr))
	}
	return ops
}

// readSource names the first call that reads input from a parameter
// (r.FormValue, c.Query): a more useful source for messages than the
// parameter itself.
func (e *engine) readSource(instr ssa.CallInstruction, callee *types.Func, in *Source) *Source {
	if in == nil || !in.Param {
		return in
	}
	return &Source{What: e.callText(instr, callee), Pos: instr.Pos(), Kind: in.Kind}
}

// callText shows a call in messages: its source text when it is short,
// else the function it calls.
func (e *engine) callText(instr ssa.CallInstruction, callee *types.Func) string {
	if ce := e.prog.CallExpr(instr); ce != nil {
		if s := types.ExprString(ce); len(s) <= 60 {
			return s
		}
	}
	if callee != nil {
		return funcObjDisplay(callee)
	}
	return "a call"
}

// inputCall applies a trust-model rule: input of a kind enters through the
// call's results or into what its destination arguments point to.
func (e *engine) inputCall(instr ssa.CallInstruction, c *ssa.CallCommon, callee *types.Func, r libmodel.InputRule, n int) []Value {
	var v Value
	if r.Operands {
		v = e.operands(instr, c)
		v.Built, v.BuiltAt, v.BuiltBy = false, 0, ""
		if r.Out >= 0 {
			// The destinations are operands too; what they held is not
			// what is read into them.
			v = Value{}
			if rc := ssaprog.Recv(c); rc != nil {
				v = v.join(e.contentOperand(rc, instr))
			}
			for i := 0; i < min(r.Out, ssaprog.NumArgs(c)); i++ {
				v = v.join(e.contentOperand(ssaprog.Arg(c, i), instr))
			}
		}
	}
	if r.Kind != 0 {
		v.L |= inputLabel(r.Kind)
		if v.In == nil {
			v.In = &Source{What: e.callText(instr, callee), Pos: instr.Pos(), Kind: inputLabel(r.Kind)}
		}
	}
	v.In = e.readSource(instr, callee, v.In)
	if v.L == 0 && !v.depends() {
		v = safe
	}
	if r.Out < 0 {
		return repeat(v, n)
	}
	last := ssaprog.NumArgs(c)
	if r.Single {
		last = min(r.Out+1, last)
	}
	for i := r.Out; i < last; i++ {
		e.writeOut(ssaprog.Arg(c, i), v)
	}
	return repeat(unknown, n) // an error or a count
}

// clobber marks what an argument of an opaque call points to as no longer
// proven safe: pointers, maps, slices, interfaces holding them, and the
// elements of a variadic ...any list (rows.Scan(&id, &name)).
func (e *engine) clobber(a ssa.Value) {
	switch a.Type().Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Interface:
		e.writeContent(a, "", unknown)
	case *types.Slice:
		e.writeContent(a, "", unknown)
		if elems, _ := e.prog.SliceElems(a); len(elems) > 0 {
			for _, el := range elems {
				if _, isPtr := ssaprog.Unwrap(el).Type().Underlying().(*types.Pointer); isPtr {
					e.writeContent(el, "", unknown)
				}
			}
		}
	}
}

// applyWrites replays a callee's writes through its parameters into the
// caller's objects.
func (e *engine) applyWrites(instr ssa.CallInstruction, s *Summary, args []ssa.Value) {
	for _, w := range s.Writes {
		if w.Param >= len(args) {
			continue
		}
		v := e.instantiate(instr, w.Val, args)
		for _, l := range e.ptrLocs(args[w.Param]) {
			e.writeLoc(loc{l.root, l.path + w.Path}, v)
		}
	}
	for _, w := range s.globals {
		e.writeLoc(loc{w.g, w.path}, e.instantiate(instr, w.val, args))
	}
}

// applyResultFields writes what a callee's results hold in their fields
// into the memory of the call's results (the results are opaque roots
// whose fields are then known).
func (e *engine) applyResultFields(instr ssa.CallInstruction, s *Summary, args []ssa.Value) {
	if len(s.ResultFields) == 0 {
		return
	}
	call := instr.Value()
	if call == nil {
		return
	}
	for _, rf := range s.ResultFields {
		v := e.instantiate(instr, rf.Val, args)
		if _, isTuple := call.Type().(*types.Tuple); !isTuple {
			e.writeLoc(loc{call, rf.Path}, v)
			continue
		}
		for _, ref := range *call.Referrers() {
			if ext, ok := ref.(*ssa.Extract); ok && ext.Index == rf.Result {
				e.writeLoc(loc{ext, rf.Path}, v)
			}
		}
	}
}

// builtin models append and copy; other builtins return numbers or nothing.
func (e *engine) builtin(instr ssa.CallInstruction, b *ssa.Builtin, c *ssa.CallCommon) Value {
	switch b.Name() {
	case "append":
		var v Value
		for _, a := range c.Args {
			v = v.join(e.contentOperand(a, instr))
		}
		if isBytes(c.Signature().Results().At(0).Type()) {
			// Appending to a []byte builds text, like + on strings.
			v = v.built(instr.Pos(), "append")
		}
		return v
	case "copy":
		if len(c.Args) == 2 {
			e.writeContent(c.Args[0], "", e.contentOperand(c.Args[1], instr))
		}
	}
	return safe
}

// contentOperand is the value an argument contributes: the content of a
// container or buffer, or the (guard-refined) value of a scalar.
func (e *engine) contentOperand(a ssa.Value, at ssa.Instruction) Value {
	switch a.Type().Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array, *types.Pointer:
		if b, ok := a.Type().Underlying().(*types.Slice); ok {
			if basic, ok := b.Elem().Underlying().(*types.Basic); ok && basic.Kind() == types.Byte {
				return e.contentOf(a).join(e.operand(a, at))
			}
		}
		v := e.contentOf(a)
		if (v.L&Forgeable != 0 || v.LocParams != 0) && e.locGuarded(a, at.Block()) {
			// A *url.URL whose host was checked, a list of checked URLs.
			return v.confined()
		}
		return v
	}
	if mi, ok := a.(*ssa.MakeInterface); ok {
		return e.contentOperand(mi.X, at)
	}
	return e.operand(a, at)
}

// applyRule applies a library flow model.
func (e *engine) applyRule(instr ssa.CallInstruction, c *ssa.CallCommon, r libmodel.FlowRule) Value {
	args := func() Value {
		var v Value
		if r.Printf && len(r.Args) > 0 {
			if prot := e.printfProtected(instr, c, r.Args[0]); prot != nil {
				// Operands the format pastes inside quotes they cannot end
				// (or prints in hex) add nothing.
				elems, _ := e.prog.SliceElems(ssaprog.Arg(c, r.Args[0]+1))
				v = e.contentOperand(ssaprog.Arg(c, r.Args[0]), instr)
				for i, el := range elems {
					if i < len(prot) && !prot[i] {
						v = v.join(e.contentOperand(el, instr))
					}
				}
				if v.L == 0 && !v.depends() {
					v = safe
				}
				return v
			}
		}
		for i, idx := range r.Args {
			if r.Rest && i == len(r.Args)-1 {
				for j := idx; j < ssaprog.NumArgs(c); j++ {
					v = v.join(e.contentOperand(ssaprog.Arg(c, j), instr))
				}
				continue
			}
			if a := e.argOrRecv(c, idx); a != nil {
				v = v.join(e.contentOperand(a, instr))
			}
		}
		return v
	}
	switch r.Kind {
	case libmodel.Propagate:
		return args()
	case libmodel.Build:
		return args().built(instr.Pos(), calleeName(c))
	case libmodel.Sanitize:
		if r.StdRecv && !e.packageVar(ssaprog.Recv(c), ssaprog.Callee(c)) {
			return args()
		}
		return safe
	case libmodel.Confine:
		return args().confined()
	case libmodel.Write:
		if t := e.argOrRecv(c, r.Target); t != nil {
			e.writeContent(t, contentPath, args().built(instr.Pos(), calleeName(c)))
		}
		return safe
	case libmodel.Read:
		if t := e.argOrRecv(c, r.Target); t != nil {
			var v Value
			for _, l := range e.ptrLocs(t) {
				v = v.join(e.readLoc(loc{l.root, l.path + contentPath}))
			}
			return v
		}
	}
	return unknown
}

// packageVar reports whether v is read from a variable of fn's own
// package (base64.StdEncoding for a method of *base64.Encoding).
func (e *engine) packageVar(v ssa.Value, fn *types.Func) bool {
	ld, ok := ssaprog.Unwrap(v).(*ssa.UnOp)
	if !ok || ld.Op != token.MUL || fn == nil {
		return false
	}
	g, ok := ld.X.(*ssa.Global)
	return ok && g.Object() != nil && g.Object().Pkg() == fn.Pkg()
}

func (e *engine) argOrRecv(c *ssa.CallCommon, idx int) ssa.Value {
	if idx == libmodel.ReceiverArg {
		return ssaprog.Recv(c)
	}
	return ssaprog.Arg(c, idx)
}

func calleeName(c *ssa.CallCommon) string {
	if fn := ssaprog.Callee(c); fn != nil {
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			_, t := libmodel.Receiver(fn)
			if fn.Pkg() != nil {
				return fn.Pkg().Name() + "." + t + "." + fn.Name()
			}
		}
		if fn.Pkg() != nil {
			return fn.Pkg().Name() + "." + fn.Name()
		}
	}
	return "a call"
}

// userRef returns the -sources/-sanitizers entry naming fn, or nil.
func (e *engine) userRef(refs []config.FuncRef, fn *types.Func) *config.FuncRef {
	if len(refs) == 0 || fn == nil || fn.Pkg() == nil {
		return nil
	}
	_, recv := libmodel.Receiver(fn)
	for i, r := range refs {
		if r.Matches(fn.Pkg().Path(), recv, fn.Name()) {
			return &refs[i]
		}
	}
	return nil
}

// userResults gives result index (every result for -1) the value v, and
// the other results what the call itself computes.
func (e *engine) userResults(instr ssa.CallInstruction, c *ssa.CallCommon, callee *types.Func, n, index int, v Value) []Value {
	if index < 0 {
		return repeat(v, n)
	}
	out := e.opaqueCall(instr, c, callee, n)
	if index < len(out) {
		out[index] = v
	}
	return out
}

// resolve finds the function a call runs and the arguments in the order of
// its SSA parameters (receiver first for methods).
func (e *engine) resolve(c *ssa.CallCommon) (*ssa.Function, []ssa.Value) {
	if c.IsInvoke() {
		// An interface call whose receiver's dynamic type is known.
		mi, ok := dynamicValue(c.Value)
		if !ok {
			return nil, nil
		}
		fn := e.prog.Pkg.Prog.LookupMethod(mi.X.Type(), c.Method.Pkg(), c.Method.Name())
		return fn, append([]ssa.Value{mi.X}, c.Args...)
	}
	switch f := c.Value.(type) {
	case *ssa.Function:
		return f, c.Args
	case *ssa.MakeClosure:
		if fn, ok := f.Fn.(*ssa.Function); ok {
			if fn.Synthetic != "" && len(f.Bindings) == 1 {
				// A bound method value: the receiver is the binding.
				if obj, ok := fn.Object().(*types.Func); ok {
					if m := e.prog.Pkg.Prog.FuncValue(obj); m != nil {
						return m, append([]ssa.Value{f.Bindings[0]}, c.Args...)
					}
				}
			}
			return fn, c.Args
		}
	}
	return nil, nil
}

// dynamicValue returns the MakeInterface an interface value was made by,
// through interface-to-interface conversions. (ssaprog.Unwrap would strip
// the MakeInterface itself.)
func dynamicValue(v ssa.Value) (*ssa.MakeInterface, bool) {
	for {
		switch x := v.(type) {
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.MakeInterface:
			return x, true
		default:
			return nil, false
		}
	}
}

// calleeSummary returns the callee's summary: computed for functions of
// this package, imported as a fact otherwise.
func (e *engine) calleeSummary(fn *ssa.Function) *Summary {
	if o := fn.Origin(); o != nil && o != fn {
		// An instance of a generic function: the summary of its generic
		// body holds for every instantiation.
		fn = o
	}
	if fn.Pkg == e.prog.Pkg && fn.Blocks != nil {
		return e.summary(fn)
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	var fact SummaryFact
	if e.pass.ImportObjectFact(obj.Origin(), &fact) {
		return &fact.Summary
	}
	var pf packageFact
	if obj.Pkg() != nil && e.pass.ImportPackageFact(obj.Pkg(), &pf) {
		// Analysed, and nothing to tell: results proven safe.
		return &Summary{Returns: repeat(safe, fn.Signature.Results().Len())}
	}
	return nil
}

// substitute instantiates a summary at a call: parameter dependencies are
// replaced by the values of the arguments.
func (e *engine) substitute(instr ssa.CallInstruction, s *Summary, args []ssa.Value, n int) []Value {
	out := make([]Value, max(n, 1))
	for i := range out {
		if i >= len(s.Returns) {
			out[i] = unknown
			continue
		}
		out[i] = e.instantiate(instr, s.Returns[i], args)
	}
	return out
}

func (e *engine) instantiate(instr ssa.CallInstruction, r Value, args []ssa.Value) Value {
	v := r.withoutDeps()
	for j := range 64 {
		inParams, inLoc := r.Params&(1<<j) != 0, r.LocParams&(1<<j) != 0
		if !inParams && !inLoc {
			continue
		}
		if j >= len(args) {
			v = v.join(unknown)
			continue
		}
		av := e.contentOperand(args[j], instr)
		if !inLoc {
			// The callee confines the parameter before it reaches this
			// result (filepath.Base, a location guard).
			av = av.confined()
		}
		if !inParams {
			// A claim read from a token parameter: as forgeable as the
			// token given, and nothing more of it.
			av = Value{L: av.L & Forgeable, LocParams: av.LocParams}
		}
		v = v.join(av)
	}
	for _, f := range r.Fields {
		if f.Param < len(args) {
			v = v.join(e.argField(args[f.Param], f.Path, instr))
		} else {
			v = v.join(unknown)
		}
	}
	return v
}

// argField is the value of the field at path below an argument (a pointer
// to a struct, or a struct value) at a call: what the caller stored there,
// or, for a field of the caller's own parameter, a dependency on that
// field. A base the engine cannot see into gives its value as a whole.
func (e *engine) argField(a ssa.Value, path string, at ssa.Instruction) Value {
	switch x := ssaprog.Unwrap(a).(type) {
	case *ssa.Parameter:
		if _, isPtr := x.Type().Underlying().(*types.Pointer); !isPtr {
			return e.rootField(x, path, false) // a struct passed by value
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if _, isStruct := x.Type().Underlying().(*types.Struct); isStruct {
				return e.fieldAt(e.addrLocs(x.X), path, false)
			}
		}
	}
	if _, isPtr := a.Type().Underlying().(*types.Pointer); isPtr {
		return e.fieldAt(e.ptrLocs(a), path, false)
	}
	return e.contentOperand(a, at)
}

// fieldAt reads the field at path below each location; claim as for
// rootField.
func (e *engine) fieldAt(locs []loc, path string, claim bool) Value {
	return e.fieldAtDepth(locs, path, claim, maxPointerHops)
}

// maxPointerHops bounds the pointers stored in fields that fieldAtDepth
// follows.
const maxPointerHops = 3

func (e *engine) fieldAtDepth(locs []loc, path string, claim bool, hops int) Value {
	var v Value
	for _, l := range locs {
		v = v.join(e.readLoc(loc{l.root, l.path + path}))
		if hops > 0 {
			v = v.join(e.throughStoredPointer(l, path, claim, hops))
		}
		if o, ok := e.objects[l.root]; ok {
			v = v.join(o)
		}
		if opaque(l.root) {
			v = v.join(e.rootField(l.root, l.path+path, claim))
		}
	}
	return v
}

// throughStoredPointer reads a path that goes through a pointer stored in
// a field of a local allocation (`a := &A{B: b}`, read at ".0*.0"): what
// the field points to holds the rest of the path.
func (e *engine) throughStoredPointer(l loc, path string, claim bool, hops int) Value {
	alloc, ok := l.root.(*ssa.Alloc)
	star := strings.IndexByte(path, '*')
	if !ok || l.path != "" || star < 0 {
		return Value{}
	}
	field, err := strconv.Atoi(strings.TrimPrefix(path[:star], "."))
	if err != nil {
		return Value{} // a deeper field of the allocation itself
	}
	var v Value
	for f, val := range fieldStores(alloc) {
		if f == field {
			v = v.join(e.fieldAtDepth(e.ptrLocs(val), path[star+1:], claim, hops-1))
		}
	}
	return v
}

// rootField is what a base the engine cannot see into contributes to a
// field read below it: a field of a parameter of the current function is
// a dependency on that field path (not on the parameter as a whole); any
// other base contributes its value. For a claim field of a claims type
// (token data by its type, whatever the base's origin: a context value, a
// handler parameter) the base adds its dependencies and its verification
// status, not its own "unknown": the field is a claim, which jwtsql
// judges, and not request data for sqlstring.
func (e *engine) rootField(root ssa.Value, path string, claim bool) Value {
	base := e.value(root)
	if p, at, ok := accessPath(root); ok && path != "" && len(at+path) <= maxPathLen {
		// A field of (what a field of) a parameter points to: depend on
		// that path, not on the base as a whole.
		if i := paramIndex(p); i >= 0 && i < 64 && base.dropDep(i, strings.TrimSuffix(at, "*")) {
			base = base.join(fieldParam(i, at+path))
		}
	}
	if claim {
		base.L &= Token | Unverified
	}
	return base
}

// maxPathLen bounds access paths (recursive structures would otherwise
// grow them without end).
const maxPathLen = 48

// accessPath returns the parameter a pointer value is reached from and
// the path to it: "" for the parameter itself, ".0*" for the pointer held
// in its field 0 (a "*" marks each pointer followed), ".0*.2*" further
// down. Paths name the same memory in a callee's summary and at its
// callers, which resolve them against what they stored (applying result
// fields of constructors, whose nested objects carry the same marks).
func accessPath(v ssa.Value) (*ssa.Parameter, string, bool) {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x, "", true
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, "", false
		}
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			if p, at, ok := accessPath(fa.X); ok {
				return p, at + "." + strconv.Itoa(fa.Field) + "*", true
			}
		}
	}
	return nil, "", false
}
