package jwtparse

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// keyfunc resolves a key-function value to its summary, or nil when the
// function cannot be determined (a parameter, a value from elsewhere).
func (r *run) keyfunc(v ssa.Value) *KeyfuncSummary {
	return r.keyfuncDepth(v, 0)
}

const maxKeyfuncDepth = 8

func (r *run) keyfuncDepth(v ssa.Value, depth int) *KeyfuncSummary {
	if depth > maxKeyfuncDepth {
		return nil
	}
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Function:
		return r.funcKeyfunc(x)
	case *ssa.MakeClosure:
		fn, _ := x.Fn.(*ssa.Function)
		if fn == nil {
			return nil
		}
		if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic != "" {
			// A bound method value (v.KeyFunc, jwks.Keyfunc).
			return r.methodKeyfunc(obj)
		}
		return r.funcKeyfunc(fn)
	case *ssa.Call:
		return r.constructedKeyfunc(x)
	case *ssa.Phi:
		return r.keyfuncOfAll(x.Edges, depth)
	case *ssa.Const:
		return nil
	}
	if stores, ok := r.storedValues(ssaprog.Unwrap(v)); ok {
		return r.keyfuncOfAll(stores, depth)
	}
	return nil
}

// keyfuncOfAll merges the summaries of alternative key functions (the
// edges of a phi, the values stored in a variable); nil when any of them
// is unknown.
func (r *run) keyfuncOfAll(alts []ssa.Value, depth int) *KeyfuncSummary {
	var acc *KeyfuncSummary
	for _, alt := range alts {
		s := r.keyfuncDepth(alt, depth+1)
		if s == nil {
			return nil
		}
		if acc == nil {
			c := *s
			acc = &c
		} else {
			acc.merge(s)
		}
	}
	return acc
}

// merge combines alternatives: a check holds only if every alternative
// checks; a weakness holds if any alternative has it.
func (s *KeyfuncSummary) merge(o *KeyfuncSummary) {
	s.ChecksMethod = s.ChecksMethod && o.ChecksMethod
	s.AdmitsNone = s.AdmitsNone || o.AdmitsNone
	s.Kinds |= o.Kinds
	s.NilNil = s.NilNil || o.NilNil
	if s.Where != o.Where {
		s.Where, s.Name = "", ""
	}
}

// methodKeyfunc summarises a method used as a key function value.
func (r *run) methodKeyfunc(obj *types.Func) *KeyfuncSummary {
	if p, ok := libmodel.KeyfuncProviderOf(obj); ok && !p.Returns {
		return &KeyfuncSummary{Kinds: p.Kind, Name: obj.Name()}
	}
	if obj.Pkg() == r.pass.Pkg {
		if fn := r.prog.Pkg.Prog.FuncValue(obj); fn != nil && fn.Blocks != nil {
			return r.funcKeyfunc(fn)
		}
	}
	return r.importedKeyfunc(obj, false)
}

func (r *run) importedKeyfunc(obj *types.Func, returns bool) *KeyfuncSummary {
	var fact KeyfuncFact
	if obj == nil || !r.pass.ImportObjectFact(obj, &fact) || fact.Returns != returns {
		return nil
	}
	s := fact.KeyfuncSummary
	s.Returns = false
	return &s
}

// constructedKeyfunc summarises the key function a call returns:
// keyfunc.KeyfuncCtx, a local constructor, or one with a fact.
func (r *run) constructedKeyfunc(call *ssa.Call) *KeyfuncSummary {
	obj := ssaprog.Callee(&call.Call)
	if p, ok := libmodel.KeyfuncProviderOf(obj); ok && p.Returns {
		return &KeyfuncSummary{Kinds: p.Kind, Name: obj.Name()}
	}
	if fn := call.Call.StaticCallee(); fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil {
		if s := r.constructorKeyfunc(fn); s != nil {
			c := *s
			c.Returns = false
			return &c
		}
		return nil
	}
	return r.importedKeyfunc(obj, true)
}

// constructorKeyfunc summarises a local function returning a key function.
func (r *run) constructorKeyfunc(fn *ssa.Function) *KeyfuncSummary {
	if s, ok := r.ctorMemo[fn]; ok {
		return s
	}
	r.ctorMemo[fn] = nil // recursion guard
	idx := keyfuncResultIndex(fn.Signature)
	if idx < 0 {
		return nil
	}
	var returned []ssa.Value
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if ok && idx < len(ret.Results) && !ssaprog.IsNil(ret.Results[idx]) {
			returned = append(returned, ret.Results[idx])
		}
	}
	acc := r.keyfuncOfAll(returned, -1)
	if acc != nil {
		acc.Returns = true
	}
	r.ctorMemo[fn] = acc
	return acc
}

// keyfuncResultIndex returns the index of a result that is a key function.
func keyfuncResultIndex(sig *types.Signature) int {
	for i := range sig.Results().Len() {
		t := sig.Results().At(i).Type()
		if libmodel.IsKeyfuncType(t) {
			return i
		}
		if s, ok := t.Underlying().(*types.Signature); ok && libmodel.IsKeyfuncSignature(s) {
			return i
		}
	}
	return -1
}

// funcKeyfunc summarises a function with a key function's signature.
func (r *run) funcKeyfunc(fn *ssa.Function) *KeyfuncSummary {
	if fn.Pkg != r.prog.Pkg || fn.Blocks == nil {
		if obj, ok := fn.Object().(*types.Func); ok {
			if p, ok := libmodel.KeyfuncProviderOf(obj); ok && !p.Returns {
				return &KeyfuncSummary{Kinds: p.Kind, Name: obj.Name()}
			}
			return r.importedKeyfunc(obj, false)
		}
		return nil
	}
	if s, ok := r.keyfuncMemo[fn]; ok {
		return s
	}
	if !libmodel.IsKeyfuncSignature(fn.Signature) {
		return nil
	}
	r.keyfuncMemo[fn] = nil // recursion guard
	s := r.analyzeKeyfunc(fn)
	r.keyfuncMemo[fn] = s
	return s
}

func (r *run) analyzeKeyfunc(fn *ssa.Function) *KeyfuncSummary {
	s := &KeyfuncSummary{Where: r.where(fn.Pos()), Name: fn.Name()}
	var tokenParam ssa.Value
	for _, p := range fn.Params {
		if libmodel.IsToken(p.Type()) {
			tokenParam = p
			break
		}
	}
	if tokenParam != nil {
		s.ChecksMethod = r.checksMethod(fn, tokenParam)
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 2 || b == fn.Recover {
			continue
		}
		key, err := returned(ret, 0), returned(ret, 1)
		if failingError(err) {
			continue
		}
		if ssaprog.IsNil(key) {
			if ssaprog.IsNil(err) {
				s.NilNil = true
			}
			continue
		}
		kinds, delegate := r.keyKinds(key, tokenParam)
		s.Kinds |= kinds
		if delegate != nil {
			s.AdmitsNone = s.AdmitsNone || delegate.AdmitsNone
			s.NilNil = s.NilNil || delegate.NilNil
			if !s.ChecksMethod && delegate.ChecksMethod {
				// Every accepting path through the delegate is checked there.
				s.ChecksMethod = r.onlyDelegates(fn)
			}
		}
		if kinds&libmodel.KeyNone != 0 {
			s.AdmitsNone = true
		}
	}
	return s
}

// onlyDelegates reports whether every accepting return of fn returns the
// result of another key function.
func (r *run) onlyDelegates(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 2 || b == fn.Recover || failingError(returned(ret, 1)) || ssaprog.IsNil(returned(ret, 0)) {
			continue
		}
		ext, ok := returned(ret, 0).(*ssa.Extract)
		if !ok {
			return false
		}
		if _, ok := ext.Tuple.(*ssa.Call); !ok {
			return false
		}
	}
	return true
}

// FailingError reports whether an error result is certainly non-nil (see
// failingError): a return with it rejects.
func FailingError(v ssa.Value) bool { return failingError(v) }

// returned is the i-th result of a return. In a function with defer
// statements each return stores its results into local slots, runs the
// deferred calls, and returns what the slots hold: the value stored last
// in the return's block is the one returned (a deferred call could change
// named results only, which key functions do not use to choose keys).
func returned(ret *ssa.Return, i int) ssa.Value {
	v := ret.Results[i]
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return v
	}
	slot, ok := load.X.(*ssa.Alloc)
	if !ok || slot.Heap {
		return v
	}
	instrs := ret.Block().Instrs
	for j := len(instrs) - 1; j >= 0; j-- {
		if st, ok := instrs[j].(*ssa.Store); ok && st.Addr == slot {
			return st.Val
		}
	}
	return v
}

// failingError reports whether an error result is certainly non-nil: a
// constructed error (errors.New, fmt.Errorf, a &MyError{} literal) or an
// error variable of the library.
func failingError(v ssa.Value) bool { return failsWithin(v, maxFailingDepth) }

// maxFailingDepth bounds the calls of helpers followed to show an error
// non-nil (a helper mapping errors to others calls another rarely).
const maxFailingDepth = 3

func failsWithin(v ssa.Value, depth int) bool {
	switch x := ssaprog.Unwrap(v).(type) {
	case *ssa.Const:
		return !x.IsNil()
	case *ssa.Call:
		if fn := ssaprog.Callee(&x.Call); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() + "." + fn.Name() {
			case "errors.New", "fmt.Errorf", "errors.Join":
				return true
			}
		}
		if fn := x.Call.StaticCallee(); fn != nil && depth > 0 {
			return alwaysFails(fn, depth-1)
		}
	case *ssa.Alloc:
		return true
	case *ssa.UnOp:
		if _, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			return true // a package-level error variable
		}
	}
	return false
}

// alwaysFails reports whether a function of the package (with SSA) has one
// result, an error, that is non-nil on every return: a helper mapping any
// error to one of the package's (`return token, ErrorReason(err)`).
func alwaysFails(fn *ssa.Function, depth int) bool {
	if fn.Blocks == nil || fn.Signature.Results().Len() != 1 || !types.Identical(fn.Signature.Results().At(0).Type(), errorType) {
		return false
	}
	returns := 0
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			if !failsWithin(ret.Results[0], depth) {
				return false
			}
			returns++
		}
	}
	return returns > 0
}

// keyKinds classifies a returned key value; delegate is set when the key is
// the result of calling another key function with the same token.
func (r *run) keyKinds(key ssa.Value, tokenParam ssa.Value) (libmodel.KeyKind, *KeyfuncSummary) {
	seen := map[ssa.Value]bool{}
	var delegate *KeyfuncSummary
	var walk func(v ssa.Value) libmodel.KeyKind
	walk = func(v ssa.Value) libmodel.KeyKind {
		if seen[v] {
			return 0
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.MakeInterface:
			if c, ok := x.X.(*ssa.Const); ok && isUnsafeNoneConst(c) {
				return libmodel.KeyNone
			}
			if _, ok := x.X.Type().Underlying().(*types.Interface); ok {
				return walk(x.X)
			}
			return libmodel.KeyKindOf(x.X.Type())
		case *ssa.Const:
			if isUnsafeNoneConst(x) {
				return libmodel.KeyNone
			}
			return 0
		case *ssa.Phi:
			var k libmodel.KeyKind
			for _, e := range x.Edges {
				k |= walk(e)
			}
			return k
		case *ssa.Extract:
			if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
				if s := r.calledKeyfunc(call); s != nil {
					if delegate == nil {
						c := *s
						delegate = &c
					} else {
						delegate.merge(s)
					}
					return s.Kinds
				}
			}
			if call, ok := x.Tuple.(*ssa.Call); ok {
				if k, ok := r.returnedKeys(call, x.Index, walk); ok {
					return k
				}
			}
		case *ssa.Call:
			if k, ok := r.returnedKeys(x, 0, walk); ok {
				return k
			}
		case *ssa.ChangeInterface:
			return walk(x.X)
		}
		if _, ok := v.Type().Underlying().(*types.Interface); !ok {
			return libmodel.KeyKindOf(v.Type())
		}
		return libmodel.KeyUnknown
	}
	return walk(key), delegate
}

// returnedKeys classifies the keys a helper of this package returns as its
// result i (key, err := v.partnerKey(tok)): the kinds of what its return
// statements hand back.
func (r *run) returnedKeys(call *ssa.Call, i int, walk func(ssa.Value) libmodel.KeyKind) (libmodel.KeyKind, bool) {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Pkg != r.prog.Pkg || fn.Blocks == nil {
		return 0, false
	}
	var k libmodel.KeyKind
	found := false
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			k |= walk(ret.Results[i])
			found = true
		}
	}
	return k, found
}

// calledKeyfunc returns the summary of a key function called directly
// (return otherKeyfunc(token)), including library providers.
func (r *run) calledKeyfunc(call *ssa.Call) *KeyfuncSummary {
	if obj := ssaprog.Callee(&call.Call); obj != nil {
		if p, ok := libmodel.KeyfuncProviderOf(obj); ok && !p.Returns {
			return &KeyfuncSummary{Kinds: p.Kind, Name: obj.Name()}
		}
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			return r.methodKeyfunc(obj)
		}
	}
	if fn := call.Call.StaticCallee(); fn != nil {
		return r.funcKeyfunc(fn)
	}
	return r.keyfunc(call.Call.Value)
}

func isUnsafeNoneConst(c *ssa.Const) bool { return libmodel.IsNoneKeyType(c.Type()) }

// checksMethod reports whether fn rejects on a branch that depends on the
// token's signing method or "alg" header.
func (r *run) checksMethod(fn *ssa.Function, tokenParam ssa.Value) bool {
	derived := methodDerived(tokenParam, r.methodChecker)
	for _, b := range fn.Blocks {
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || !derived[ifInstr.Cond] {
			continue
		}
		if branchRejects(b) {
			return true
		}
	}
	return false
}

// methodChecker reports whether call hands the token tok to a function of
// this package that itself rejects unexpected methods, such as
// `if err := verifyAlg(t); err != nil { return nil, err }`: the call's
// result then depends on the token's method.
func (r *run) methodChecker(call *ssa.Call, tok ssa.Value) bool {
	fn := call.Call.StaticCallee()
	local := fn != nil && fn.Pkg == r.prog.Pkg && fn.Blocks != nil
	var fact *HelperFact
	if !local {
		if fact = r.importedHelper(call); fact == nil {
			return false
		}
	}
	for i, a := range call.Call.Args {
		switch {
		case a != tok:
		case local && i < len(fn.Params):
			return r.paramChecksMethod(fn, fn.Params[i])
		case !local && i < len(fact.Method):
			return fact.Method[i]
		}
	}
	return false
}

// paramChecksMethod reports whether fn fails on a branch depending on the
// signing method of the token in its parameter p.
func (r *run) paramChecksMethod(fn *ssa.Function, p *ssa.Parameter) bool {
	if checks, ok := r.checkerMemo[p]; ok {
		return checks
	}
	r.checkerMemo[p] = false // recursion guard
	checks := r.checksMethod(fn, p)
	r.checkerMemo[p] = checks
	return checks
}

// methodDerived returns the values computed from token.Method or the "alg"
// header of tok within its function: Alg() results, type assertions,
// comparisons, calls taking them, and the results of calls that hand tok to
// a method-checking helper (checker).
func methodDerived(tok ssa.Value, checker func(call *ssa.Call, tok ssa.Value) bool) map[ssa.Value]bool {
	derived := map[ssa.Value]bool{}
	var queue []ssa.Value
	add := func(v ssa.Value) {
		if v != nil && !derived[v] {
			derived[v] = true
			queue = append(queue, v)
		}
	}
	// Roots: loads of tok.Method, lookups of tok.Header["alg"], and
	// method-checking helpers called with tok.
	for _, ref := range *tok.Referrers() {
		if call, ok := ref.(*ssa.Call); ok && checker(call, tok) {
			add(call)
			continue
		}
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		switch libmodel.TokenField(ssaprog.FieldVar(fa.X.Type(), fa.Field)) {
		case "Method":
			for _, lr := range *fa.Referrers() {
				if load, ok := lr.(*ssa.UnOp); ok && load.Op == token.MUL {
					add(load)
				}
			}
		case "Header":
			for _, lr := range *fa.Referrers() {
				load, ok := lr.(*ssa.UnOp)
				if !ok || load.Op != token.MUL {
					continue
				}
				for _, hr := range *load.Referrers() {
					if lk, ok := hr.(*ssa.Lookup); ok {
						if k, ok := ssaprog.ConstString(lk.Index); ok && k == "alg" {
							add(lk)
						}
					}
				}
			}
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch x := ref.(type) {
			case *ssa.TypeAssert, *ssa.Extract, *ssa.ChangeInterface, *ssa.MakeInterface,
				*ssa.ChangeType, *ssa.Convert, *ssa.Phi, *ssa.BinOp:
				add(x.(ssa.Value))
			case *ssa.UnOp:
				add(x)
			case *ssa.Call:
				add(x)
			}
		}
	}
	return derived
}

// branchRejects reports whether one arm of the two-way branch ending block
// b rejects while the other goes on. An arm that the other always flows
// into (the code after an `if` without else, where the then-arm only logs)
// is where both continue, not a rejection, even when it ends in a bare
// return; an arm shared with a further test (`if a != x || b != y`) is not.
func branchRejects(b *ssa.BasicBlock) bool {
	t, f := b.Succs[0], b.Succs[1]
	armRejects := func(arm, other *ssa.BasicBlock) bool {
		if !rejects(arm, other, b) {
			return false
		}
		// When the other arm flows into this one too, the branch decides
		// nothing, unless the edge from b is what makes the result a
		// failure (a phi merging false from each failed test of `a && b`).
		return !flowsInto(other, arm, b) || !rejects(arm, other, nil)
	}
	return armRejects(t, f) || armRejects(f, t)
}

// flowsInto reports whether every path from block from reaches block to,
// without coming back to block avoid (the branch, when it sits in a loop).
func flowsInto(from, to, avoid *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	var walk func(b *ssa.BasicBlock) bool
	walk = func(b *ssa.BasicBlock) bool {
		switch {
		case b == to:
			return true
		case b == avoid || len(b.Succs) == 0:
			return false
		case seen[b]:
			return true // a cycle: its exits decide
		}
		seen[b] = true
		for _, s := range b.Succs {
			if !walk(s) {
				return false
			}
		}
		return true
	}
	return walk(from)
}

// rejects reports whether every path from b ends by failing: a panic, or a
// return of a certainly non-nil error (or, for functions without an error
// result, of nothing at all), without reaching other. from is the block b
// is entered from (nil: any), which resolves the phis of a return block.
func rejects(b, other, from *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	var walk func(b, pred *ssa.BasicBlock) bool
	walk = func(b, pred *ssa.BasicBlock) bool {
		if b == other {
			return false
		}
		if seen[b] {
			return true // a loop inside the failing branch
		}
		seen[b] = true
		switch last := b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Panic:
			return true
		case *ssa.Return:
			return failingReturn(last, pred)
		}
		if len(b.Succs) == 0 {
			return true
		}
		for _, s := range b.Succs {
			if !walk(s, b) {
				return false
			}
		}
		return true
	}
	return walk(b, from)
}

// onEdge resolves a phi of block b to its value along the edge from pred
// (`return a && b` merges a constant false from each failed test).
func onEdge(v ssa.Value, b, pred *ssa.BasicBlock) ssa.Value {
	phi, ok := v.(*ssa.Phi)
	if !ok || pred == nil || phi.Block() != b {
		return v
	}
	for i, p := range b.Preds {
		if p == pred {
			return phi.Edges[i]
		}
	}
	return v
}

// failingReturn reports whether a return statement signals failure: an
// error result that is not the constant nil, a false boolean result, or no
// results at all (an HTTP handler after writing an error response). A
// return of nil error with a non-zero value is success-shaped.
func failingReturn(ret *ssa.Return, pred *ssa.BasicBlock) bool {
	sig := ret.Parent().Signature
	n := sig.Results().Len()
	if n == 0 {
		return true
	}
	results := make([]ssa.Value, len(ret.Results))
	for i, v := range ret.Results {
		results[i] = onEdge(v, ret.Block(), pred)
	}
	errType := types.Universe.Lookup("error").Type()
	for i := range n {
		if !types.Identical(sig.Results().At(i).Type(), errType) {
			continue
		}
		if !ssaprog.IsNil(results[i]) {
			return true
		}
		// nil error: failure only if every other result is a zero constant.
		for j, v := range results {
			if j != i && !isZeroConst(v) {
				return false
			}
		}
		return true
	}
	last := results[n-1]
	if b, ok := last.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
		c, ok := ssaprog.Unwrap(last).(*ssa.Const)
		return ok && c.Value != nil && !constant.BoolVal(c.Value)
	}
	for _, v := range results {
		if !isZeroConst(v) {
			return false
		}
	}
	return true
}

func isZeroConst(v ssa.Value) bool {
	c, ok := ssaprog.Unwrap(v).(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true // nil, or the zero value of a composite type
	}
	switch c.Value.Kind() {
	case constant.String:
		return constant.StringVal(c.Value) == ""
	case constant.Bool:
		return !constant.BoolVal(c.Value)
	case constant.Int, constant.Float, constant.Complex:
		return constant.Sign(c.Value) == 0
	}
	return false
}

func (r *run) where(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := r.pass.Fset.Position(pos)
	return shortFile(p.Filename) + ":" + itoa(p.Line)
}
