package jwtsign

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Keys generated at run time: a buffer made with a known length and
// filled by crypto/rand is a random key of that length. A buffer filled by
// anything else is "other" (not judged): jwtkey does not guess at the
// strength of keys it cannot see being made.

// randomSlice judges make([]byte, n).
func (r *run) randomSlice(ms *ssa.MakeSlice) keyVal {
	if !r.randomFilled(ms) {
		return otherKey
	}
	o := origin{kind: oRandom, n: -1, param: -1, lenParam: -1}
	o.pos, o.end = r.makeRange(ms.Pos())
	if n, ok := constInt(ms.Len); ok {
		o.n = int(n)
	} else if p, ok := unconvert(ms.Len).(*ssa.Parameter); ok {
		o.fn, o.lenParam = p.Parent(), paramIndex(p)
	} else {
		return otherKey
	}
	return keyVal{origins: []origin{o}}
}

// randomArray judges var k [n]byte used as k[:].
func (r *run) randomArray(a *ssa.Alloc) keyVal {
	filled := false
	for _, ref := range *a.Referrers() {
		if s, ok := ref.(*ssa.Slice); ok && r.randomFilled(s) {
			filled = true
		}
	}
	if !filled {
		return otherKey
	}
	return keyVal{origins: []origin{{kind: oRandom, n: byteArray(a.Type()), pos: a.Pos(), end: a.Pos(), param: -1, lenParam: -1}}}
}

// randomFilled reports whether buf (or a slice of it) is filled by a
// secure random source.
func (r *run) randomFilled(buf ssa.Value) bool {
	for _, ref := range *buf.Referrers() {
		switch x := ref.(type) {
		case *ssa.Slice:
			if x.X == buf && r.randomFilled(x) {
				return true
			}
		case *ssa.Call:
			fill, ok := libmodel.RandomFillOf(ssaprog.Callee(&x.Call))
			if !ok || ssaprog.Arg(&x.Call, fill.Buf) != buf {
				continue
			}
			switch {
			case fill.ReaderRecv:
				if secureReader(ssaprog.Recv(&x.Call)) {
					return true
				}
			case fill.Reader < 0:
				return true
			default:
				if secureReader(ssaprog.Arg(&x.Call, fill.Reader)) {
					return true
				}
			}
		}
	}
	return false
}

func secureReader(v ssa.Value) bool {
	v = ssaprog.Unwrap(v)
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	g, ok := ld.X.(*ssa.Global)
	if !ok {
		return false
	}
	obj, _ := g.Object().(*types.Var)
	return libmodel.IsSecureRandomReader(obj)
}

// byteArray returns n for *[n]byte (or [n]byte), else 0.
func byteArray(t types.Type) int {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	a, ok := t.Underlying().(*types.Array)
	if !ok {
		return 0
	}
	if b, ok := a.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
		return int(a.Len())
	}
	return 0
}

func unconvert(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
}

// makeRange returns the range of the make call whose '(' is at lparen.
func (r *run) makeRange(lparen token.Pos) (token.Pos, token.Pos) {
	if e := r.idx.lparen[lparen]; e != nil {
		return e.Pos(), e.End()
	}
	return lparen, lparen
}
