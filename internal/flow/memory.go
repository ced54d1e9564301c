package flow

import (
	"go/token"
	"go/types"
	"iter"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// A loc is an abstract memory location: an allocation site (or, for
// pointers the engine cannot follow, the pointer value itself) and a path
// of struct field indices. Elements of slices, arrays and maps collapse
// into their container's location.
type loc struct {
	root ssa.Value
	path string
}

// contentPath is the pseudo-field holding a buffer's written content.
const contentPath = ".c"

// opaque reports whether a root is not an allocation the engine sees fully.
func opaque(root ssa.Value) bool {
	switch root.(type) {
	case *ssa.Alloc, *ssa.Global, *ssa.MakeMap, *ssa.MakeSlice, *ssa.MakeChan:
		return false
	}
	return true
}

// addrLocs returns the locations an address may denote. Locations depend
// only on the SSA form, so they are computed once per value.
func (e *engine) addrLocs(addr ssa.Value) []loc {
	if ls, ok := e.addrMemo[addr]; ok {
		return ls
	}
	var ls []loc
	switch a := addr.(type) {
	case *ssa.Alloc, *ssa.Global:
		ls = []loc{{a, ""}}
	case *ssa.FieldAddr:
		for _, l := range e.ptrLocs(a.X) {
			ls = append(ls, loc{l.root, l.path + "." + strconv.Itoa(a.Field)})
		}
	case *ssa.IndexAddr:
		ls = e.ptrLocs(a.X)
	default:
		ls = e.ptrLocs(addr)
	}
	e.addrMemo[addr] = ls
	return ls
}

// maxLocs bounds the locations one pointer may denote; past it the pointer
// is treated as opaque (its own root), which keeps generated code with
// long chains of pointer copies linear.
const maxLocs = 32

// ptrLocs returns the locations a pointer (or slice, map) value may point to.
func (e *engine) ptrLocs(p ssa.Value) []loc {
	if ls, ok := e.locMemo[p]; ok {
		return ls
	}
	self := []loc{{ssaprog.Unwrap(p), ""}}
	e.locMemo[p] = self // a cycle through phis or stores sees the pointer itself
	ls := e.computePtrLocs(p)
	if len(ls) == 0 || len(ls) > maxLocs {
		ls = self
	}
	e.locMemo[p] = ls
	return ls
}

func (e *engine) computePtrLocs(p ssa.Value) []loc {
	switch x := ssaprog.Unwrap(p).(type) {
	case *ssa.Alloc, *ssa.Global, *ssa.MakeMap, *ssa.MakeSlice, *ssa.MakeChan:
		return []loc{{x, ""}}
	case *ssa.FieldAddr, *ssa.IndexAddr:
		return e.addrLocs(x)
	case *ssa.Slice:
		return e.ptrLocs(x.X)
	case *ssa.Call:
		if a := e.aliasedArg(x, 0); a != nil {
			return e.ptrLocs(a)
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			if a := e.aliasedArg(call, x.Index); a != nil {
				return e.ptrLocs(a)
			}
		}
	case *ssa.FreeVar:
		if b := freeVarBinding(e.prog, x); b != nil {
			return e.ptrLocs(b)
		}
	case *ssa.Phi:
		var out []loc
		for _, edge := range x.Edges {
			if out = appendLocs(out, e.ptrLocs(edge)); len(out) > maxLocs {
				break
			}
		}
		// An edge coming back to the phi (a loop reassigning the pointer
		// to what a method returns, `b = b.WithStatus(s)`) brings no
		// other object: the phi itself as an opaque root is not one.
		if len(out) > 1 {
			kept := out[:0:0]
			for _, l := range out {
				if l != (loc{x, ""}) {
					kept = append(kept, l)
				}
			}
			out = kept
		}
		return out
	case *ssa.UnOp:
		if x.Op == token.MUL {
			// A pointer loaded from a variable: follow what was stored there.
			var out []loc
			for _, s := range e.storedSSA(x.X) {
				if out = appendLocs(out, e.ptrLocs(s)); len(out) > maxLocs {
					break
				}
			}
			if fa, ok := x.X.(*ssa.FieldAddr); ok && len(out) == 0 {
				// A pointer held in a field of a call's result points
				// below that result, where the callee's summary put what
				// the fields it points to hold (applyResultFields):
				// `dto := toDTO(req); dto.Owner.Name`.
				for _, l := range e.addrLocs(fa) {
					if isCallResult(l.root) {
						out = append(out, loc{l.root, l.path + "*"})
					}
				}
			}
			return out
		}
	}
	return nil
}

// isCallResult reports whether a memory root is the result of a call.
func isCallResult(root ssa.Value) bool {
	switch r := root.(type) {
	case *ssa.Call:
		return true
	case *ssa.Extract:
		_, ok := r.Tuple.(*ssa.Call)
		return ok
	}
	return false
}

func appendLocs(out, more []loc) []loc {
	for _, l := range more {
		dup := false
		for _, o := range out {
			if o == l {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, l)
		}
	}
	return out
}

// storedSSA returns the SSA values stored into a variable (a global or a
// local cell), used to follow pointers and containers held in variables.
func (e *engine) storedSSA(addr ssa.Value) []ssa.Value {
	switch a := addr.(type) {
	case *ssa.Global:
		return e.storesOf(a)
	case *ssa.Alloc:
		return ssaprog.LocalStores(a)
	}
	return nil
}

// readLoc joins what was stored at l, below it, and above it: a whole
// struct stored at an enclosing path (`*p = s` with s a parameter or a
// call result) holds the field being read.
func (e *engine) readLoc(l loc) Value {
	var v Value
	for path, val := range e.mem[l.root].all() {
		if path == l.path || strings.HasPrefix(path, l.path+".") || isAncestorPath(path, l.path) {
			v = v.join(val)
		}
	}
	if p := e.paramCopy(l.root); p != nil {
		v = v.join(e.rootField(p, l.path, false))
	}
	return v
}

// paramCopy returns the struct parameter passed by value that a local
// variable holds a copy of (SSA stores such a parameter into a local when
// its address is taken: `func run(b Builder) { b.Run() }`), when that
// parameter is the only value stored into the variable as a whole; nil
// otherwise. Reads of the variable's fields then depend on the
// parameter's fields, not on all of it: a builder passed by value keeps
// its bind arguments apart from its text.
func (e *engine) paramCopy(root ssa.Value) *ssa.Parameter {
	alloc, ok := root.(*ssa.Alloc)
	if !ok {
		return nil
	}
	if p, ok := e.paramCopies[alloc]; ok {
		return p
	}
	var param *ssa.Parameter
	for _, ref := range *alloc.Referrers() {
		st, ok := ref.(*ssa.Store)
		if !ok || st.Addr != alloc {
			continue
		}
		p, ok := st.Val.(*ssa.Parameter)
		if !ok || param != nil && p != param {
			param = nil
			break
		}
		param = p
	}
	if param != nil {
		if _, isStruct := param.Type().Underlying().(*types.Struct); !isStruct {
			param = nil
		}
	}
	if e.paramCopies == nil {
		e.paramCopies = map[*ssa.Alloc]*ssa.Parameter{}
	}
	e.paramCopies[alloc] = param
	return param
}

// boundPath shortens a field path longer than maxPathLen to its longest
// ancestor within the bound. What lies deeper then counts for that
// ancestor, which readers of the deeper path join (readLoc): recursive
// structures (a syntax tree's converters) would otherwise add paths on
// every pass of the solver, millions of them.
func boundPath(path string) string {
	if len(path) <= maxPathLen {
		return path
	}
	return path[:strings.LastIndexByte(path[:maxPathLen+1], '.')]
}

// isAncestorPath reports whether anc is a proper prefix of path at a field
// boundary ("" and ".0" are ancestors of ".0.1").
func isAncestorPath(anc, path string) bool {
	return len(anc) < len(path) && strings.HasPrefix(path, anc) && path[len(anc)] == '.'
}

// copyStruct applies `*dst = *src` for a struct value field by field, so
// that a copied struct keeps each field's own provenance (a bind-argument
// field carrying a claim must not taint the text field next to it). It
// reports false when the source is not a load from locations the engine
// sees, and the caller stores the value as a whole.
func (e *engine) copyStruct(st *ssa.Store) bool {
	ld, ok := st.Val.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	if _, isStruct := st.Val.Type().Underlying().(*types.Struct); !isStruct {
		return false
	}
	srcs := e.addrLocs(ld.X)
	if len(srcs) == 0 {
		return false
	}
	for _, src := range srcs {
		if opaque(src.root) {
			return false
		}
	}
	for _, dst := range e.addrLocs(st.Addr) {
		for _, src := range srcs {
			for path, val := range e.mem[src.root].all() {
				if path == src.path || strings.HasPrefix(path, src.path+".") {
					e.writeLoc(loc{dst.root, dst.path + path[len(src.path):]}, val)
				} else if isAncestorPath(path, src.path) {
					e.writeLoc(dst, val)
				}
			}
			if o, ok := e.objects[src.root]; ok {
				e.writeLoc(dst, o)
			}
		}
	}
	return true
}

func (e *engine) writeLoc(l loc, v Value) {
	if p, ok := l.root.(*ssa.Parameter); ok && p.Parent() == e.cur && e.cur != nil {
		if i := paramIndex(p); i >= 0 && e.summary(e.cur).addWrite(ParamWrite{Param: i, Path: l.path, Val: v}) {
			e.changed = true
		}
	}
	if g, ok := l.root.(*ssa.Global); ok && v.depends() {
		// Parameters of the storing function mean nothing to the functions
		// loading the variable: the variable holds what the callers pass
		// (replayed at each call of the package, applyWrites), and the
		// value's own labels.
		if e.cur != nil && e.summary(e.cur).addGlobal(globalWrite{g: g, path: l.path, val: v}) {
			e.changed = true
		}
		v = v.withoutDeps()
	}
	l.path = boundPath(l.path)
	m := e.mem[l.root]
	if m == nil {
		m = &rootMem{}
		e.mem[l.root] = m
	}
	old, ok := m.get(l.path)
	nv := old.join(v)
	if ok && nv.equal(old) {
		return
	}
	m.set(l.path, nv)
	e.changed = true
}

// store writes v at every location addr may denote.
func (e *engine) store(addr ssa.Value, v Value) {
	for _, l := range e.addrLocs(addr) {
		e.writeLoc(l, v)
	}
}

// writeContent adds v to the content of a container or buffer pointer.
func (e *engine) writeContent(p ssa.Value, suffix string, v Value) {
	for _, l := range e.ptrLocs(p) {
		e.writeLoc(loc{l.root, l.path + suffix}, v)
	}
}

// contentOf is what a container, buffer or pointer value holds: its own
// labels joined with everything stored where it points.
func (e *engine) contentOf(v ssa.Value) Value {
	val := e.value(v)
	for _, l := range e.ptrLocs(v) {
		val = val.join(e.readLoc(l))
		if opaque(l.root) && l.root != ssaprog.Unwrap(v) {
			val = val.join(e.value(l.root))
		}
		if o, ok := e.objects[l.root]; ok {
			val = val.join(o)
		}
	}
	return val
}

// returned is the value a function returns: a returned slice or map
// carries what it holds; for a returned pointer to a struct (a
// constructor's result) the value is the pointer's own, and fields maps
// each field path set below it to what it holds. Keeping fields apart
// keeps summaries field-sensitive: the provenance of a logger or a *sql.DB
// passed to NewStore must not make the table name the store pastes "not
// proven safe", while a table passed in is followed into every query
// reading that field, in any function and package.
func (e *engine) returned(r ssa.Value, ret ssa.Instruction) (val Value, fields map[string]Value) {
	st := structOf(r.Type())
	if st == nil {
		return e.contentOperand(r, ret), nil
	}
	val = e.operand(r, ret)
	fields = map[string]Value{}
	for _, l := range e.ptrLocs(r) {
		if o, ok := e.objects[l.root]; ok {
			val = val.join(o)
		}
		if v, ok := e.mem[l.root].get(l.path); ok {
			val = val.join(v) // the whole struct stored at once
		}
		e.fieldsBelow(l, "", fields, 2)
	}
	return val, fields
}

// fieldsBelow collects into out what the fields below l hold, by path
// relative to l (prefixed with prefix), following pointers stored in the
// fields of an allocation to the objects they point to, depth levels deep
// (a server holding a repository holding a table name: ".0*.1").
func (e *engine) fieldsBelow(l loc, prefix string, out map[string]Value, depth int) {
	for path, v := range e.mem[l.root].all() {
		if strings.HasPrefix(path, l.path+".") {
			rel := boundPath(prefix + path[len(l.path):])
			out[rel] = out[rel].join(v)
		}
	}
	alloc, ok := l.root.(*ssa.Alloc)
	if !ok || depth == 0 {
		return
	}
	for field, val := range fieldStores(alloc) {
		if _, isPtr := val.Type().Underlying().(*types.Pointer); !isPtr {
			continue
		}
		at := prefix + "." + strconv.Itoa(field) + "*"
		for _, pl := range e.ptrLocs(val) {
			if pl.root != alloc {
				e.fieldsBelow(pl, at, out, depth-1)
			}
		}
	}
}

// fieldStores yields the values stored into the fields of an allocation,
// by field index.
func fieldStores(alloc *ssa.Alloc) iter.Seq2[int, ssa.Value] {
	return func(yield func(int, ssa.Value) bool) {
		for _, ref := range *alloc.Referrers() {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok || fa.X != alloc {
				continue
			}
			for _, fr := range *fa.Referrers() {
				if st, ok := fr.(*ssa.Store); ok && st.Addr == fa && !yield(fa.Field, st.Val) {
					return
				}
			}
		}
	}
}

// structOf returns the struct type a pointer points to, or nil.
func structOf(t types.Type) *types.Struct {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, _ := p.Elem().Underlying().(*types.Struct)
	return st
}

func textType(t types.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return textType(u.Elem(), depth+1) || isBytes(u)
	case *types.Array:
		return textType(u.Elem(), depth+1)
	case *types.Map:
		return textType(u.Key(), depth+1) || textType(u.Elem(), depth+1)
	case *types.Interface:
		return u.Empty()
	case *types.Struct:
		for i := range u.NumFields() {
			if textType(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// rootMem is what memory holds below one root, by path. Most roots hold a
// few paths: a slice keeps them, since a map of one entry costs a full
// group of slots (about a kilobyte with Value's size; a package of
// converters building thousands of composite literals held 18 MB of
// them). Past smallRootMem paths a map takes over.
type rootMem struct {
	small []memEntry
	big   map[string]Value
}

type memEntry struct {
	path string
	val  Value
}

const smallRootMem = 8

func (m *rootMem) get(path string) (Value, bool) {
	if m == nil {
		return Value{}, false
	}
	if m.big != nil {
		v, ok := m.big[path]
		return v, ok
	}
	for _, e := range m.small {
		if e.path == path {
			return e.val, true
		}
	}
	return Value{}, false
}

func (m *rootMem) set(path string, v Value) {
	if m.big != nil {
		m.big[path] = v
		return
	}
	for i := range m.small {
		if m.small[i].path == path {
			m.small[i].val = v
			return
		}
	}
	if len(m.small) < smallRootMem {
		m.small = append(m.small, memEntry{path, v})
		return
	}
	m.big = make(map[string]Value, 2*smallRootMem)
	for _, e := range m.small {
		m.big[e.path] = e.val
	}
	m.big[path] = v
	m.small = nil
}

// all yields the paths and values. As with a map, a path set during the
// iteration may or may not be yielded; every path present before it is.
func (m *rootMem) all() iter.Seq2[string, Value] {
	return func(yield func(string, Value) bool) {
		if m == nil {
			return
		}
		if m.big != nil {
			for p, v := range m.big {
				if !yield(p, v) {
					return
				}
			}
			return
		}
		for _, e := range m.small { // a snapshot: set may replace the slice
			if !yield(e.path, e.val) {
				return
			}
		}
	}
}
