package jwtsign

import (
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// The objects holding claims: struct and map values seen being built, the
// golang-jwt token whose Claims field may be replaced or updated, and the
// builders of jwx and go-jose. Each is judged by the stores of "exp" into
// it that dominate the point of use; an object handed to code that may
// fill it is unknown rather than missing exp.

// objectExp judges a claims struct (base points to it) or map. For a
// parameter, finding no exp is not final: the callers' arguments may carry
// it (see paramExp).
func (r *run) objectExp(base ssa.Value, at ssa.Instruction, depth int) exp {
	o := &objScan{r: r, at: at, depth: depth}
	if isMap(base.Type()) {
		o.mapRefs(base)
	} else {
		st := structOf(base.Type())
		if st == nil || marshalsItself(base.Type()) {
			return unknownExp
		}
		paths := expPaths(st, 0)
		if len(paths) == 0 {
			return missingExp // the claims type has no exp field at all
		}
		o.structRefs(base, paths)
	}
	return o.result()
}

type objScan struct {
	r       *run
	at      ssa.Instruction
	depth   int
	sources []exp
	escaped bool
}

func (o *objScan) result() exp {
	if len(o.sources) == 0 {
		if o.escaped {
			return unknownExp
		}
		return missingExp
	}
	e := o.sources[0]
	for _, s := range o.sources[1:] {
		e = e.either(s)
	}
	if o.escaped {
		e = e.either(unknownExp)
	}
	return e
}

// structRefs scans the uses of ptr, a pointer to a struct whose exp field
// is reached by one of paths.
func (o *objScan) structRefs(ptr ssa.Value, paths [][]int) {
	for _, ref := range *ptr.Referrers() {
		switch x := ref.(type) {
		case *ssa.FieldAddr:
			if x.X != ptr {
				continue
			}
			var sub [][]int
			here := false
			for _, p := range paths {
				if p[0] == x.Field {
					if len(p) == 1 {
						here = true
					} else {
						sub = append(sub, p[1:])
					}
				}
			}
			switch {
			case here:
				for _, s := range stores(x) {
					o.sources = append(o.sources, o.r.setter(s.Val, s, o.at))
				}
			case len(sub) > 0:
				// An embedded struct (or pointer to one) holding exp: its
				// fields set in place, or the whole value stored.
				o.structRefs(x, sub)
				for _, s := range stores(x) {
					e := o.r.claimsExp(s.Val, o.at, o.depth+1)
					if !dominates(s, o.at) {
						e.missing = true
					}
					o.sources = append(o.sources, e)
				}
			}
		case *ssa.Store:
			if x.Val == ptr {
				o.escaped = true
			}
		case *ssa.Call:
			if o.r.escapesTo(x, o.at) {
				o.escaped = true
			}
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Convert:
			o.escapeRefs(x.(ssa.Value))
		}
	}
}

// mapRefs scans the uses of a claims map.
func (o *objScan) mapRefs(m ssa.Value) {
	for _, ref := range *m.Referrers() {
		switch x := ref.(type) {
		case *ssa.MapUpdate:
			if x.Map != m {
				continue
			}
			name, ok := constName(x.Key)
			if !ok {
				o.copied(x.Key)
				continue
			}
			if name == libmodel.ExpClaim {
				o.sources = append(o.sources, o.r.setter(x.Value, x, o.at))
			}
		case *ssa.Store:
			if x.Val == m {
				o.escaped = true
			}
		case *ssa.Call:
			if o.r.escapesTo(x, o.at) {
				o.escaped = true
			}
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Convert:
			o.escapeRefs(x.(ssa.Value))
		}
	}
}

// copied handles a claim whose name is chosen at run time: the keys of a
// map being copied (for k, v := range src { claims[k] = v }, or
// tok.Set(k, v)) make the claims those of src; any other name may be "exp".
func (o *objScan) copied(name ssa.Value) {
	if src := rangedMap(name); src != nil {
		o.sources = append(o.sources, o.r.claimsExp(src, o.at, o.depth+1))
		return
	}
	o.escaped = true
}

// rangedMap returns m when key is the key of a range over the map m.
func rangedMap(key ssa.Value) ssa.Value {
	ex, ok := key.(*ssa.Extract)
	if !ok || ex.Index != 1 {
		return nil
	}
	next, ok := ex.Tuple.(*ssa.Next)
	if !ok || next.IsString {
		return nil
	}
	rng, ok := next.Iter.(*ssa.Range)
	if !ok || !isMap(rng.X.Type()) {
		return nil
	}
	return rng.X
}

// escapeRefs looks for escapes of a converted object.
func (o *objScan) escapeRefs(v ssa.Value) {
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.Call:
			if o.r.escapesTo(x, o.at) {
				o.escaped = true
			}
		case *ssa.Store:
			if x.Val == v {
				o.escaped = true
			}
		}
	}
}

func stores(addr ssa.Value) []*ssa.Store {
	var out []*ssa.Store
	for _, ref := range *addr.Referrers() {
		if s, ok := ref.(*ssa.Store); ok && s.Addr == addr {
			out = append(out, s)
		}
	}
	return out
}

// escapesTo reports whether passing claims to call may set their exp
// behind jwtlint's back: calls of the program and of unknown functions
// may; library calls, logging, and standard functions that only read
// their arguments do not.
func (r *run) escapesTo(call *ssa.Call, at ssa.Instruction) bool {
	if ssa.Instruction(call) == at {
		return false
	}
	callee := ssaprog.Callee(&call.Call)
	if callee == nil {
		return true
	}
	if libmodel.Inert(callee) {
		return false
	}
	if callee.Pkg() != nil && libmodel.IsLibraryPackage(callee.Pkg().Path()) {
		return false
	}
	if libmodel.IsStd(callee) {
		rule, ok := libmodel.InputRuleOf(callee)
		return ok && rule.Out >= 0
	}
	return true
}

// tokenUpdates judges what happens to a golang-jwt token's claims after
// New/NewWithClaims: token.Claims replaced, or its MapClaims updated.
func (r *run) tokenUpdates(tok *ssa.Call, at ssa.Instruction, depth int) exp {
	o := &objScan{r: r, at: at, depth: depth}
	for _, ref := range *tok.Referrers() {
		switch x := ref.(type) {
		case *ssa.FieldAddr:
			if x.X != tok || libmodel.TokenField(ssaprog.FieldVar(x.X.Type(), x.Field)) != "Claims" {
				continue
			}
			for _, fref := range *x.Referrers() {
				switch y := fref.(type) {
				case *ssa.Store:
					if y.Addr == x {
						e := r.claimsExp(y.Val, at, depth+1)
						if !dominates(y, at) {
							e.missing = true
						}
						o.sources = append(o.sources, e)
					}
				case *ssa.UnOp:
					o.claimsReads(y)
				}
			}
		case *ssa.Store:
			if x.Val == tok {
				o.escaped = true
			}
		case *ssa.Call:
			if o.r.escapesTo(x, at) {
				o.escaped = true
			}
		}
	}
	if len(o.sources) == 0 && !o.escaped {
		return exp{} // nothing changes the claims it was made with
	}
	return o.result()
}

// claimsReads follows token.Claims.(jwt.MapClaims) to map updates.
func (o *objScan) claimsReads(ld *ssa.UnOp) {
	for _, ref := range *ld.Referrers() {
		ta, ok := ref.(*ssa.TypeAssert)
		if !ok || !isMap(ta.AssertedType) {
			continue
		}
		if !ta.CommaOk {
			o.mapRefs(ta)
			continue
		}
		for _, tref := range *ta.Referrers() {
			if ex, ok := tref.(*ssa.Extract); ok && ex.Index == 0 {
				o.mapRefs(ex)
			}
		}
	}
}

// builderExp judges a jwx or go-jose builder (or jwx token) value: the
// chain of calls that made it, back to its root, and for jwx (whose
// builders and tokens are changed in place) every setter called on it.
func (r *run) builderExp(v ssa.Value, at ssa.Instruction, depth int) exp {
	var sources []exp
	cur, idx := v, 0
walk:
	for step := 0; step < 64; step++ {
		cur = unconvert(ssaprog.Unwrap(cur))
		if ex, ok := cur.(*ssa.Extract); ok {
			cur, idx = ex.Tuple, ex.Index
		}
		call, ok := cur.(*ssa.Call)
		if !ok {
			sources = append(sources, r.claimsExp(cur, at, depth+1))
			break
		}
		c := &call.Call
		cc, ok := libmodel.ClaimsCallOf(ssaprog.Callee(c))
		if !ok || !cc.Builder || idx != 0 {
			sources = append(sources, r.callExp(call, idx, at, depth+1))
			break
		}
		switch cc.Op {
		case libmodel.OpAddClaims:
			sources = append(sources, r.claimsExp(ssaprog.Arg(c, 0), at, depth+1))
		case libmodel.OpSetExp:
			sources = append(sources, r.setter(ssaprog.Arg(c, 0), call, at))
		case libmodel.OpSetClaim:
			if name, ok := constName(ssaprog.Arg(c, 0)); !ok {
				if src := rangedMap(ssaprog.Arg(c, 0)); src != nil {
					sources = append(sources, r.claimsExp(src, at, depth+1))
				} else {
					sources = append(sources, unknownExp)
				}
			} else if name == libmodel.ExpClaim {
				sources = append(sources, r.setter(ssaprog.Arg(c, 1), call, at))
			}
		case libmodel.OpBuilderRoot:
			sources = append(sources, r.rootExp(call, at))
			break walk
		}
		cur = ssaprog.Recv(c)
		if cur == nil {
			sources = append(sources, unknownExp)
			break
		}
	}
	if len(sources) == 0 {
		return unknownExp
	}
	e := sources[0]
	for _, s := range sources[1:] {
		e = e.either(s)
	}
	return e
}

// rootExp finds the setters called on a builder (or token) made by root,
// and on the builders and tokens derived from it.
func (r *run) rootExp(root *ssa.Call, at ssa.Instruction) exp {
	o := &objScan{r: r, at: at}
	vals := []ssa.Value{root}
	seen := map[ssa.Value]bool{root: true}
	for i := 0; i < len(vals) && i < 64; i++ {
		s := vals[i]
		for _, ref := range *s.Referrers() {
			switch x := ref.(type) {
			case *ssa.Extract:
				if x.Tuple == s && x.Index == 0 && !seen[x] {
					seen[x] = true
					vals = append(vals, x)
				}
			case *ssa.Call:
				c := &x.Call
				if ssaprog.Recv(c) != s {
					if r.escapesTo(x, at) {
						o.escaped = true
					}
					continue
				}
				cc, ok := libmodel.ClaimsCallOf(ssaprog.Callee(c))
				if !ok {
					continue // a library method reading the builder or token
				}
				switch cc.Op {
				case libmodel.OpSetExp:
					o.sources = append(o.sources, r.setter(ssaprog.Arg(c, 0), x, at))
				case libmodel.OpSetClaim:
					if name, ok := constName(ssaprog.Arg(c, 0)); !ok {
						o.copied(ssaprog.Arg(c, 0))
					} else if name == libmodel.ExpClaim {
						o.sources = append(o.sources, r.setter(ssaprog.Arg(c, 1), x, at))
					}
				}
				if cc.Builder && cc.Op != libmodel.OpAddClaims && !seen[x] {
					seen[x] = true
					vals = append(vals, x)
				}
			case *ssa.Store:
				if x.Val == s {
					o.escaped = true
				}
			}
		}
	}
	return o.result()
}
