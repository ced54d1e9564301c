package flow

import (
	"go/token"
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

// addrLocs returns the locations an address may denote.
func (e *engine) addrLocs(addr ssa.Value) []loc {
	switch a := addr.(type) {
	case *ssa.Alloc, *ssa.Global:
		return []loc{{a, ""}}
	case *ssa.FieldAddr:
		var out []loc
		for _, l := range e.ptrLocs(a.X, 0) {
			out = append(out, loc{l.root, l.path + "." + strconv.Itoa(a.Field)})
		}
		return out
	case *ssa.IndexAddr:
		return e.ptrLocs(a.X, 0)
	}
	return e.ptrLocs(addr, 0)
}

const maxPtrDepth = 6

// ptrLocs returns the locations a pointer (or slice, map) value may point to.
func (e *engine) ptrLocs(p ssa.Value, depth int) []loc {
	if depth > maxPtrDepth {
		return []loc{{p, ""}}
	}
	switch x := ssaprog.Unwrap(p).(type) {
	case *ssa.Alloc, *ssa.Global, *ssa.MakeMap, *ssa.MakeSlice, *ssa.MakeChan:
		return []loc{{x, ""}}
	case *ssa.FieldAddr, *ssa.IndexAddr:
		return e.addrLocs(x)
	case *ssa.Slice:
		return e.ptrLocs(x.X, depth+1)
	case *ssa.FreeVar:
		if b := freeVarBinding(e.prog, x); b != nil {
			return e.ptrLocs(b, depth+1)
		}
		return []loc{{x, ""}}
	case *ssa.Phi:
		var out []loc
		for _, edge := range x.Edges {
			out = appendLocs(out, e.ptrLocs(edge, depth+1))
		}
		return out
	case *ssa.UnOp:
		if x.Op == token.MUL {
			// A pointer loaded from a variable: follow what was stored there.
			if stored := e.storedSSA(x.X); len(stored) > 0 {
				var out []loc
				for _, s := range stored {
					out = appendLocs(out, e.ptrLocs(s, depth+1))
				}
				return out
			}
		}
		return []loc{{x, ""}}
	}
	return []loc{{ssaprog.Unwrap(p), ""}}
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
		return e.prog.Stores(a)
	case *ssa.Alloc:
		var out []ssa.Value
		for _, ref := range *a.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == a {
				out = append(out, st.Val)
			}
		}
		return out
	}
	return nil
}

// readLoc joins what was stored at l and below it.
func (e *engine) readLoc(l loc) Value {
	var v Value
	for path, val := range e.mem[l.root] {
		if path == l.path || strings.HasPrefix(path, l.path+".") {
			v = v.join(val)
		}
	}
	return v
}

func (e *engine) writeLoc(l loc, v Value) {
	m := e.mem[l.root]
	if m == nil {
		m = map[string]Value{}
		e.mem[l.root] = m
	}
	old, ok := m[l.path]
	nv := old.join(v)
	if ok && nv.equal(old) {
		return
	}
	m[l.path] = nv
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
	for _, l := range e.ptrLocs(p, 0) {
		e.writeLoc(loc{l.root, l.path + suffix}, v)
	}
}

// contentOf is what a container, buffer or pointer value holds: its own
// labels joined with everything stored where it points.
func (e *engine) contentOf(v ssa.Value) Value {
	val := e.value(v)
	for _, l := range e.ptrLocs(v, 0) {
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
