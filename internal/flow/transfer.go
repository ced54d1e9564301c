package flow

import (
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// transfer applies one instruction to the abstract state.
func (e *engine) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Store:
		if p := e.paramCopy(x.Addr); p != nil && x.Val == p {
			// Read field by field (readLoc): `b := param` must not make
			// every field of b depend on all of the parameter.
			return
		}
		if !e.copyStruct(x) {
			e.store(x.Addr, e.operand(x.Val, x))
		}
	case *ssa.MapUpdate:
		e.writeContent(x.Map, "", e.operand(x.Value, x))
	case ssa.CallInstruction:
		e.call(x)
	case ssa.Value:
		if o, ok := e.objects[x]; ok {
			// A token or claims object of a parse: its source comes first.
			e.set(x, o.join(e.eval(x)))
			return
		}
		e.set(x, e.eval(x))
	}
}

// eval computes the value of a non-call instruction.
func (e *engine) eval(v ssa.Value) Value {
	instr, _ := v.(ssa.Instruction)
	switch x := v.(type) {
	case *ssa.Alloc, *ssa.MakeMap, *ssa.MakeSlice, *ssa.MakeChan:
		return e.objects[v]
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			return e.load(x.X)
		case token.ARROW:
			return unknown
		}
		return safe
	case *ssa.BinOp:
		if x.Op == token.ADD && isString(x.Type()) {
			if ci := e.concat(x); ci.prot != nil {
				// Parts pasted inside quotes they cannot end are safe there.
				var v Value
				for i, p := range ci.parts {
					if p.v != nil && !ci.prot[i] {
						v = v.join(e.operand(p.v, x))
					}
				}
				if v.L == 0 && !v.depends() {
					v = safe
				}
				return fixedOrigin(x, v.built(x.Pos(), "+"))
			}
			return fixedOrigin(x, e.operand(x.X, x).join(e.operand(x.Y, x)).built(x.Pos(), "+"))
		}
		return safe
	case *ssa.Phi:
		var val Value
		for i, edge := range x.Edges {
			val = val.join(e.operandOnEdge(edge, x.Block().Preds[i], x.Block()))
		}
		return val
	case *ssa.Convert:
		if isString(x.Type()) && isInteger(x.X.Type()) {
			return safe // string(rune)
		}
		return e.operand(x.X, instr)
	case *ssa.ChangeType:
		return e.operand(x.X, instr)
	case *ssa.ChangeInterface:
		return e.operand(x.X, instr)
	case *ssa.MakeInterface:
		return e.operand(x.X, instr)
	case *ssa.SliceToArrayPointer:
		return e.value(x.X)
	case *ssa.Slice:
		return e.value(x.X)
	case *ssa.TypeAssert:
		return e.typeAssert(x, x.X)
	case *ssa.Extract:
		return e.extract(x)
	case *ssa.Field:
		v := e.fieldRead(x.X, x.X.Type(), x.Field, x.Pos(), Value{})
		return v.join(e.fieldOfValue(x, v.L&Token != 0))
	case *ssa.FieldAddr:
		return e.value(x.X)
	case *ssa.IndexAddr:
		return e.value(x.X)
	case *ssa.Index:
		return e.contentOf(x.X)
	case *ssa.Lookup:
		if _, ok := x.X.Type().Underlying().(*types.Map); !ok {
			return safe // a byte of a string
		}
		return e.lookup(x, e.contentOf(x.X))
	case *ssa.Range:
		return e.contentOf(x.X)
	case *ssa.Next:
		c := e.value(x.Iter)
		e.tuples[x] = []Value{safe, c, c}
		return c
	case *ssa.MakeClosure, *ssa.Function:
		return safe
	case *ssa.Select, *ssa.MultiConvert:
		return unknown
	}
	return unknown
}

func (e *engine) typeAssert(x *ssa.TypeAssert, operand ssa.Value) Value {
	v := e.operand(operand, x)
	if x.CommaOk {
		e.tuples[x] = []Value{typeRule(x.AssertedType, v), safe}
	}
	return v
}

func (e *engine) extract(x *ssa.Extract) Value {
	if t, ok := e.tuples[x.Tuple]; ok && x.Index < len(t) {
		return t[x.Index]
	}
	switch tup := x.Tuple.(type) {
	case *ssa.UnOp: // v, ok := <-ch
		if x.Index == 0 {
			return unknown
		}
		return safe
	case *ssa.Lookup:
		if x.Index == 0 {
			return e.lookup(tup, e.contentOf(tup.X))
		}
		return safe
	}
	return Value{}
}

// load reads through an address.
func (e *engine) load(addr ssa.Value) Value {
	var v Value
	// The most specific source first: join keeps the first Src.
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		v = e.fieldRead(fa.X, fa.X.Type(), fa.Field, fa.Pos(), Value{})
	}
	claim := v.L&Token != 0
	for _, l := range e.addrLocs(addr) {
		v = v.join(e.readLoc(l))
		if g, ok := l.root.(*ssa.Global); ok && g.Pkg != e.prog.Pkg {
			v = v.join(e.foreignGlobal(g))
		}
		if o, ok := e.objects[l.root]; ok {
			v = v.join(o)
		}
		if opaque(l.root) {
			v = v.join(e.rootField(l.root, l.path, claim))
		}
	}
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		if f := ssaprog.FieldVar(fa.X.Type(), fa.Field); f != nil && e.hasOpaqueBase(fa.X) {
			v = v.join(e.fieldSummary(f, fa.Parent()))
		}
	}
	return v
}

// hasOpaqueBase reports whether a pointer may lead to memory the engine
// cannot name, so that the package's stores into a field read through it
// are all it knows. A parameter of a function the package calls directly
// is not such a base: its callers resolve what its fields hold (the
// function's summary depends on those field paths), and joining every
// store of the package would report the flaw a second time, in the callee.
func (e *engine) hasOpaqueBase(p ssa.Value) bool {
	for _, l := range e.ptrLocs(p) {
		if !opaque(l.root) {
			continue
		}
		if par, ok := l.root.(*ssa.Parameter); ok && e.calledDirectly(par.Parent()) {
			continue
		}
		return true
	}
	return false
}

// fieldSummary joins every value the package stores into field f: the
// flow-insensitive, base-insensitive fallback for reads through pointers
// the engine cannot follow, read in function fn.
//
// Parameter dependencies of a value stored by another function (a
// constructor's `&Repo{table: table}`) name that function's parameters,
// not fn's: they are dropped. The field then carries only the labels
// stored; what a constructor was called with is judged where the object it
// returns is used (its result carries its arguments' provenance).
func (e *engine) fieldSummary(f *types.Var, fn *ssa.Function) Value {
	var v Value
	for _, st := range e.storesOf(f) {
		sv := e.value(st)
		if parentOf(st) != fn {
			sv.Params, sv.LocParams = 0, 0
		}
		v = v.join(sv)
	}
	return v
}

// parentOf returns the function a value belongs to, or nil (constants,
// globals, functions).
func parentOf(v ssa.Value) *ssa.Function {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Parent()
	case *ssa.FreeVar:
		return x.Parent()
	case ssa.Instruction:
		return x.Parent()
	}
	return nil
}

// fieldOfValue is the value of a field read from a struct value that was
// loaded from a known address (x := *p; x.f): the stores to that field.
func (e *engine) fieldOfValue(f *ssa.Field, claim bool) Value {
	// The path of fields below the struct value the chain starts from.
	path := "." + strconv.Itoa(f.Field)
	x := f.X
	for {
		inner, ok := x.(*ssa.Field)
		if !ok {
			break
		}
		path = "." + strconv.Itoa(inner.Field) + path
		x = inner.X
	}
	ld, ok := x.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		if p, ok := x.(*ssa.Parameter); ok {
			return e.rootField(p, path, claim) // a struct parameter
		}
		return e.rootField(f.X, "", claim)
	}
	return e.fieldAt(e.addrLocs(ld.X), path, claim)
}

// fieldRead adds token sources to a field read: the Claims, Header and Raw
// fields of a jwt.Token, and the fields of claims types.
func (e *engine) fieldRead(base ssa.Value, structType types.Type, idx int, pos token.Pos, v Value) Value {
	f := ssaprog.FieldVar(structType, idx)
	if f == nil {
		return v
	}
	baseVal := e.value(base)
	switch libmodel.TokenField(f) {
	case "Claims":
		return v.join(derive(baseVal, "claims", pos, typeName(structType)))
	case "Header":
		return v.join(derive(baseVal, "header", pos, typeName(structType)))
	case "Raw":
		return v.join(derive(baseVal, "the raw token", pos, typeName(structType)))
	case "Valid", "Method", "Signature":
		return v
	}
	if f.Embedded() {
		return v
	}
	if name, ok := libmodel.HeaderStructField(structType, f); ok {
		// A field of a decoded header struct (go-jose's Headers[0].KeyID).
		what := "header"
		if name != "" {
			what = `header "` + name + `"`
		}
		return v.join(derive(baseVal, what, pos, typeName(structType)))
	}
	if libmodel.IsClaimsType(structType) {
		return v.join(derive(baseVal, `claim "`+claimName(structType, idx, f)+`"`, pos, typeName(outerType(base, structType))))
	}
	if cv, ok := e.claimsBase(base, baseVal); ok {
		// A field of a value filled with claims as a whole (go-jose's
		// tok.Claims(key, &c), a parse's claims object): the field is the
		// claim its json key names, whatever the struct's type.
		return v.join(derive(cv, `claim "`+claimName(structType, idx, f)+`"`, pos, typeName(outerType(base, structType))))
	}
	return v
}

// claimsBase returns the claims a field's base holds as a whole: a struct
// value that is claims, or a pointer to memory where claims were written
// at the field's struct or above it (not into a sibling field).
func (e *engine) claimsBase(base ssa.Value, baseVal Value) (Value, bool) {
	if isClaims(baseVal) {
		return baseVal, true
	}
	if _, isPtr := base.Type().Underlying().(*types.Pointer); !isPtr {
		return Value{}, false
	}
	var v Value
	found := false
	for _, l := range e.ptrLocs(base) {
		for path, val := range e.mem[l.root].all() {
			if (path == l.path || isAncestorPath(path, l.path)) && isClaims(val) {
				v, found = v.join(val), true
			}
		}
		if o, ok := e.objects[l.root]; ok && isClaims(o) {
			v, found = v.join(o), true
		}
	}
	return v, found
}

// isClaims reports whether v is a claims object as a whole (its source
// names no single claim).
func isClaims(v Value) bool { return v.L&Token != 0 && v.Src != nil && v.Src.What == "claims" }

// outerType names the user's claims type for a promoted field: c.Subject
// reads RegisteredClaims.Subject through the embedded field of c's type,
// and messages say `claim "sub" of auth.Claims`.
func outerType(base ssa.Value, t types.Type) types.Type {
	for {
		var x ssa.Value
		var idx int
		switch b := base.(type) {
		case *ssa.FieldAddr:
			x, idx = b.X, b.Field
		case *ssa.Field:
			x, idx = b.X, b.Field
		default:
			return t
		}
		f := ssaprog.FieldVar(x.Type(), idx)
		if f == nil || !f.Embedded() {
			return t
		}
		base, t = x, x.Type()
	}
}

// derive makes token data read from base: it keeps base's verification
// status and origin, and names what is read.
func derive(base Value, what string, pos token.Pos, originType string) Value {
	src := &Source{What: what, Origin: originType, Pos: pos}
	if base.Src != nil {
		src.Origin, src.OriginPos = base.Src.Origin, base.Src.OriginPos
	}
	// The value is as forgeable as its base: a claim of a token parameter
	// is the caller's to judge when it reaches a location (LocParams).
	v := Value{L: Token | base.L&(Unverified|Forgeable), Src: src, LocParams: base.LocParams}
	if strings.HasPrefix(what, "header") {
		// The token's maker writes the header: verification says the
		// signer wrote it, not that its key ID or URLs are ours.
		v.L |= Forgeable
	}
	return v
}

// lookup refines a map read: a constant key of a token-derived map names
// the claim or header.
func (e *engine) lookup(x *ssa.Lookup, container Value) Value {
	key, isConst := ssaprog.ConstString(x.Index)
	isClaims := libmodel.IsClaimsType(x.X.Type())
	// Only the claims or header map itself is keyed by claim names: a map
	// of the program that holds claim values (m["where"] = ...+c.Tenant)
	// keeps the source of what was stored.
	isTokenMap := container.L&Token != 0 && container.Src != nil &&
		(container.Src.What == "claims" || container.Src.What == "header")
	if !isConst || !isClaims && !isTokenMap {
		return container
	}
	what := `claim "` + key + `"`
	if container.Src != nil && container.Src.What == "header" {
		what = `header "` + key + `"`
	}
	v := derive(container, what, x.Pos(), typeName(x.X.Type()))
	v.L |= container.L &^ Token
	v.Params |= container.Params
	v.LocParams |= container.LocParams
	return v
}

func claimName(structType types.Type, idx int, f *types.Var) string {
	if c, ok := libmodel.RegisteredClaimField(f); ok {
		return c
	}
	if p, ok := structType.Underlying().(*types.Pointer); ok {
		structType = p.Elem()
	}
	if st, ok := structType.Underlying().(*types.Struct); ok && idx < st.NumFields() {
		if name, _, _ := strings.Cut(reflect.StructTag(st.Tag(idx)).Get("json"), ","); name != "" && name != "-" {
			return name
		}
	}
	return f.Name()
}

func typeName(t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// operand is the value of v as used by instruction at: proven safe when a
// dominating branch tests it against constants.
func (e *engine) operand(v ssa.Value, at ssa.Instruction) Value {
	return e.operandAt(v, at.Block())
}

// operandOnEdge is the value of a phi operand flowing along pred→succ:
// the branch taken on that edge may itself be the test against constants
// (`if dir != "ASC" && dir != "DESC" { dir = "ASC" }` merges dir from the
// edges where it equals one of them).
func (e *engine) operandOnEdge(v ssa.Value, pred, succ *ssa.BasicBlock) Value {
	val := e.operandAt(v, pred)
	if !val.pure() && isString(v.Type()) && e.edgeGuards(pred, succ, v) {
		return safe
	}
	if (val.L&Forgeable != 0 || val.LocParams != 0) && e.locEdgeGuards(pred, succ, v) {
		return val.confined()
	}
	return val
}

func (e *engine) operandAt(v ssa.Value, b *ssa.BasicBlock) Value {
	val := e.value(v)
	// A guard also clears a dependency on a parameter: a function that
	// admits its argument only from an allow-list is no wrapper.
	if !val.pure() && isString(v.Type()) && b != nil && e.guarded(v, b) {
		return safe
	}
	if (val.L&Forgeable != 0 || val.LocParams != 0) && b != nil && e.locGuarded(v, b) {
		return val.confined()
	}
	return val
}
