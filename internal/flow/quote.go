package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Quoted contexts. A value pasted between quotes, with every quote
// character that could end the quoted literal or identifier doubled (or
// removed, or escaped with a backslash where backslashes are escaped too),
// cannot leave it, whatever it holds: `"` + strings.ReplaceAll(name, `"`,
// `""`) + `"` is a quoted identifier, as pq.QuoteIdentifier makes. The
// engine reads this from the code, not from names:
//
//   - escapes tells, from the SSA form, which quote characters a string
//     value can only hold escaped: strings.ReplaceAll and strings.Replace
//     with constant operands, a strings.Replacer made of constant pairs,
//     concatenations and merges of such values, constants, and calls of
//     functions whose results are such values (computed for the package's
//     own functions, an EscapeFact for other packages' ones);
//   - a concatenation or a printf format is read as SQL text from its
//     start (quoted literals and identifiers, comments), and a part pasted
//     inside a quoted region whose closing quote the part can only hold
//     escaped is proven safe there; so is a part printed with %x.
//
// A quoting helper's result is then proven safe by its summary, in any
// package that calls it. Backslashes are not escapes in standard SQL: a
// quote doubled is enough, as in pq.QuoteLiteral's dialects (MySQL with
// its default backslash escapes would need backslashes doubled too).

// quoteChars are the characters that end a quoted region: single-quoted
// literals, double-quoted and backquoted identifiers, bracketed
// identifiers (SQL Server).
const quoteChars = "'\"`]"

// quoteSet is a set of quoteChars (bit i for quoteChars[i]).
type quoteSet uint8

const allQuotes quoteSet = 1<<len(quoteChars) - 1

func quoteBit(c byte) quoteSet {
	if i := strings.IndexByte(quoteChars, c); i >= 0 {
		return 1 << i
	}
	return 0
}

// escState is what a string value is known to hold.
type escState struct {
	// Dbl: every such quote character is doubled (or there is none).
	Dbl quoteSet
	// Bsq: every such quote character is preceded by an escaping backslash.
	Bsq quoteSet
	// BS: every backslash begins an escape sequence (\\ or \ and a quote).
	BS bool
}

// protected are the quote characters the value cannot end a region with.
func (s escState) protected() quoteSet { return s.Dbl | s.Bsq }

var (
	escNone = escState{}
	escAll  = escState{Dbl: allQuotes, BS: true}
)

// meet is what holds of a value that is either a or b.
func (a escState) meet(b escState) escState {
	dbl := a.Dbl & b.Dbl
	bs := a.BS && b.BS
	bsq := a.protected() & b.protected() &^ dbl
	if !bs {
		bsq = 0
	}
	return escState{Dbl: dbl, Bsq: bsq, BS: bs}
}

// concat is what holds of a+b: doubled quotes stay in pairs, escape
// sequences stay whole.
func (a escState) concat(b escState) escState { return a.meet(b) }

// constEsc is what holds of constant text.
func constEsc(s string) escState {
	var st escState
	for i := range len(quoteChars) {
		if strings.IndexByte(s, quoteChars[i]) < 0 {
			st.Dbl |= 1 << i
		}
	}
	st.BS = !strings.Contains(s, `\`)
	return st
}

// replaceStep is what holds of strings.ReplaceAll(y, old, new) when y's
// state is in.
func replaceStep(in escState, old, new string) escState {
	const bsl = `\`
	var out escState
	touchesBS := strings.Contains(old, bsl) || strings.Contains(new, bsl)
	switch {
	case old == bsl && new == bsl+bsl:
		out.BS = true
	case len(old) == 1 && quoteBit(old[0]) != 0 && new == bsl+old:
		out.BS = in.BS // an escape sequence added
	case !touchesBS:
		out.BS = in.BS
	}
	for i := range len(quoteChars) {
		q := quoteChars[i : i+1]
		b := quoteSet(1) << i
		if old == q {
			switch {
			case new == q+q || !strings.Contains(new, q):
				out.Dbl |= b
			case new == bsl+q && in.BS:
				out.Bsq |= b
			}
			continue
		}
		if strings.Contains(old, q) || strings.Contains(new, q) {
			continue
		}
		out.Dbl |= in.Dbl & b
		if out.BS {
			out.Bsq |= in.Bsq & b
		}
	}
	return out
}

// replacerStep is what holds of r.Replace(y) for a strings.Replacer of the
// given old, new pairs (one pass over y: the pairs do not see each other's
// output).
func replacerStep(in escState, pairs [][2]string) escState {
	const bsl = `\`
	var out escState
	// Backslashes: doubled by the replacer, or untouched and escaped in y;
	// a pair may add `\` only before a quote.
	out.BS = true
	bsPair := false
	for _, p := range pairs {
		switch {
		case p[0] == bsl && p[1] == bsl+bsl:
			bsPair = true
		case len(p[0]) == 1 && quoteBit(p[0][0]) != 0 && p[1] == bsl+p[0]:
		case strings.Contains(p[0], bsl) || strings.Contains(p[1], bsl):
			out.BS = false
		}
	}
	if !bsPair && !in.BS {
		out.BS = false
	}
	for i := range len(quoteChars) {
		q := quoteChars[i : i+1]
		b := quoteSet(1) << i
		mine, touched, ok := false, false, true
		dbl, bsq := false, false
		for _, p := range pairs {
			if p[0] == q && !mine {
				mine = true
				switch {
				case p[1] == q+q || !strings.Contains(p[1], q):
					dbl = true
				case p[1] == bsl+q && out.BS:
					bsq = true
				default:
					ok = false
				}
				continue
			}
			if strings.Contains(p[1], q) {
				ok = false
			}
			touched = touched || strings.Contains(p[0], q)
		}
		switch {
		case !ok:
		case mine && dbl:
			out.Dbl |= b
		case mine && bsq:
			out.Bsq |= b
		case !mine && !touched:
			out.Dbl |= in.Dbl & b
			if out.BS {
				out.Bsq |= in.Bsq & b
			}
		}
	}
	return out
}

// escapes returns what a string value is known to hold (memoised: it
// depends on the SSA form and the facts of imported functions only).
func (e *engine) escapes(v ssa.Value) escState {
	if st, ok := e.escMemo[v]; ok {
		return st
	}
	e.escMemo[v] = escNone // cycles through phis prove nothing
	st := e.computeEscapes(v)
	e.escMemo[v] = st
	return st
}

func (e *engine) computeEscapes(v ssa.Value) escState {
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return constEsc(constant.StringVal(x.Value))
		}
		if x.Value == nil || libmodel.SafeType(x.Type()) {
			return escAll // "" or a number
		}
	case *ssa.Phi:
		st := escAll
		for _, edge := range x.Edges {
			st = st.meet(e.escapes(edge))
		}
		return st
	case *ssa.BinOp:
		if x.Op == token.ADD && isString(x.Type()) {
			return e.escapes(x.X).concat(e.escapes(x.Y))
		}
	case *ssa.ChangeType:
		return e.escapes(x.X)
	case *ssa.Convert:
		if isString(x.X.Type()) || isBytes(x.X.Type()) {
			return e.escapes(x.X)
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return e.callEscapes(&call.Call, x.Index)
		}
	case *ssa.Call:
		return e.callEscapes(&x.Call, 0)
	}
	if libmodel.SafeType(v.Type()) {
		return escAll
	}
	return escNone
}

// callEscapes is what result i of a call is known to hold.
func (e *engine) callEscapes(c *ssa.CallCommon, i int) escState {
	callee := ssaprog.Callee(c)
	if callee == nil {
		return escNone
	}
	if i == 0 {
		if r, ok := libmodel.TextReplaceOf(callee); ok {
			old, ok1 := ssaprog.ConstString(ssaprog.Arg(c, r.Old))
			new, ok2 := ssaprog.ConstString(ssaprog.Arg(c, r.New))
			if !ok1 || !ok2 || old == "" {
				return escNone
			}
			if r.Count >= 0 && !negativeConst(ssaprog.Arg(c, r.Count)) {
				return escNone // only the first n replaced
			}
			return replaceStep(e.escapes(ssaprog.Arg(c, r.Subject)), old, new)
		}
		if libmodel.IsReplacerReplace(callee) {
			pairs, ok := e.replacerPairs(ssaprog.Recv(c))
			if !ok {
				return escNone
			}
			return replacerStep(e.escapes(ssaprog.Arg(c, 0)), pairs)
		}
	}
	if fn, _ := e.resolve(c); fn != nil && !c.IsInvoke() {
		return e.funcEscapes(fn, i)
	}
	return escNone
}

func negativeConst(v ssa.Value) bool {
	c, ok := ssaprog.Unwrap(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(c.Value)
	return exact && n < 0
}

// replacerPairs returns the old, new pairs of a *strings.Replacer made by
// strings.NewReplacer with constant arguments, directly or kept in a
// variable of the package stored once.
func (e *engine) replacerPairs(r ssa.Value) ([][2]string, bool) {
	r = ssaprog.Unwrap(r)
	if ld, ok := r.(*ssa.UnOp); ok && ld.Op == token.MUL {
		g, ok := ld.X.(*ssa.Global)
		if !ok {
			return nil, false
		}
		st := e.storesOf(g)
		if len(st) != 1 {
			return nil, false
		}
		r = ssaprog.Unwrap(st[0])
	}
	call, ok := r.(*ssa.Call)
	if !ok || !libmodel.IsNewReplacer(ssaprog.Callee(&call.Call)) || len(call.Call.Args) != 1 {
		return nil, false
	}
	elems, complete := e.prog.SliceElems(call.Call.Args[0])
	if !complete || len(elems)%2 != 0 {
		return nil, false
	}
	var pairs [][2]string
	for i := 0; i < len(elems); i += 2 {
		old, ok1 := ssaprog.ConstString(elems[i])
		new, ok2 := ssaprog.ConstString(elems[i+1])
		if !ok1 || !ok2 {
			return nil, false
		}
		pairs = append(pairs, [2]string{old, new})
	}
	return pairs, true
}

// funcEscapes is what result i of fn is known to hold: for a function of
// the package, what every return gives it; for another package's, its
// EscapeFact.
func (e *engine) funcEscapes(fn *ssa.Function, i int) escState {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if i != 0 || fn.Signature.Results().Len() == 0 || !isString(fn.Signature.Results().At(0).Type()) {
		return escNone
	}
	if fn.Pkg != e.prog.Pkg || fn.Blocks == nil {
		obj, ok := fn.Object().(*types.Func)
		var f EscapeFact
		if ok && e.pass.ImportObjectFact(obj, &f) {
			return escState(f)
		}
		return escNone
	}
	if st, ok := e.funcEsc[fn]; ok {
		return st
	}
	e.funcEsc[fn] = escNone // recursion proves nothing
	st := escAll
	returns := false
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			st = st.meet(e.escapes(ret.Results[0]))
			returns = true
		}
	}
	if !returns {
		st = escNone
	}
	e.funcEsc[fn] = st
	return st
}

// EscapeFact says which quote characters the (first, string) result of a
// function can only hold escaped (each single quote doubled by a
// strings.ReplaceAll, say), so
// that importers pasting it between quotes prove the text safe.
type EscapeFact escState

func (*EscapeFact) AFact() {}

func (f *EscapeFact) String() string {
	var b strings.Builder
	b.WriteString("escapes(")
	for i := range len(quoteChars) {
		switch {
		case f.Dbl&(1<<i) != 0:
			b.WriteString(quoteChars[i:i+1] + quoteChars[i:i+1])
		case f.Bsq&(1<<i) != 0:
			b.WriteString(`\` + quoteChars[i:i+1])
		}
	}
	return b.String() + ")"
}

// exportEscapes publishes the EscapeFacts of the package's functions that
// transform a string argument.
func (e *engine) exportEscapes() {
	for _, fn := range e.prog.Funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != e.pass.Pkg || fn.Signature.Params().Len() == 0 {
			continue
		}
		st := e.funcEscapes(fn, 0)
		if st.protected() != 0 && st != escAll {
			f := EscapeFact(st)
			e.pass.ExportObjectFact(obj, &f)
		}
	}
}

// A textPart is a piece of SQL text being put together: constant text, or
// a value pasted (printed with %x: hex digits only).
type textPart struct {
	text string
	v    ssa.Value
	arg  int // for a printf operand, its index among the call's arguments
	hex  bool
}

// maxParts bounds the parts read per concatenation or format.
const maxParts = 64

// protectedParts reads parts as SQL text from its start and reports which
// non-constant parts are pasted where they cannot end the region they are
// in (nil when none is).
func (e *engine) protectedParts(parts []textPart) []bool {
	var prot []bool
	var lx sqlLexer
	for i, p := range parts {
		if p.v == nil {
			lx.scan(p.text)
			continue
		}
		lx.last = 0
		ok := p.hex
		if q := lx.closing(); !ok && q != 0 {
			ok = e.escapes(p.v).protected()&quoteBit(q) != 0
		}
		if ok {
			if prot == nil {
				prot = make([]bool, len(parts))
			}
			prot[i] = true
		}
	}
	return prot
}

// concatInfo is a concatenation read as text: its parts, and which of them
// are proven safe where they are pasted (nil: none).
type concatInfo struct {
	parts []textPart
	prot  []bool
}

// concat reads the concatenation x is the result of, down through the
// concatenations it is made of.
func (e *engine) concat(x *ssa.BinOp) *concatInfo {
	if ci, ok := e.concatMemo[x]; ok {
		return ci
	}
	var parts []textPart
	ok := true
	var flatten func(v ssa.Value)
	flatten = func(v ssa.Value) {
		if !ok {
			return
		}
		if b, isAdd := v.(*ssa.BinOp); isAdd && b.Op == token.ADD && isString(b.Type()) {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		if len(parts) == maxParts {
			ok = false
			return
		}
		if s, isConst := ssaprog.ConstString(v); isConst {
			parts = append(parts, textPart{text: s})
		} else {
			parts = append(parts, textPart{v: v})
		}
	}
	flatten(x)
	ci := &concatInfo{}
	if ok {
		if prot := e.protectedParts(parts); prot != nil {
			ci.parts, ci.prot = parts, prot
		}
	}
	e.concatMemo[x] = ci
	return ci
}

// printfProtected returns which arguments of a printf-like call (format at
// argument index format) are proven safe where the format pastes them,
// indexed by argument; nil when none is or the format is not constant.
func (e *engine) printfProtected(instr ssa.CallInstruction, c *ssa.CallCommon, format int) []bool {
	if p, ok := e.printfMemo[instr]; ok {
		return p
	}
	var prot []bool
	if f, ok := ssaprog.ConstString(ssaprog.Arg(c, format)); ok {
		var operands []ssa.Value
		if n := ssaprog.NumArgs(c); n == format+2 {
			// The variadic operands: a slice of the call's ...any.
			var complete bool
			if operands, complete = e.prog.SliceElems(ssaprog.Arg(c, format+1)); !complete {
				operands = nil
			}
		}
		if parts, ok := parseFormat(f, operands); ok {
			if pp := e.protectedParts(parts); pp != nil {
				prot = make([]bool, len(operands))
				for i, p := range parts {
					if p.v != nil && pp[i] {
						prot[p.arg] = true
					}
				}
				// An operand pasted twice is safe only if safe at both.
				for i, p := range parts {
					if p.v != nil && !pp[i] {
						prot[p.arg] = false
					}
				}
			}
		}
	}
	e.printfMemo[instr] = prot
	return prot
}

// parseFormat splits a printf format into text and operands; ok is false
// for formats it does not follow (then nothing is proven).
func parseFormat(f string, operands []ssa.Value) (parts []textPart, ok bool) {
	arg := 0
	var text strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			text.WriteByte(f[i])
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			text.WriteByte('%')
			continue
		}
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		if i < len(f) && f[i] == '[' {
			j := strings.IndexByte(f[i:], ']')
			if j < 0 {
				return nil, false
			}
			n := 0
			for _, d := range f[i+1 : i+j] {
				if d < '0' || d > '9' {
					return nil, false
				}
				n = n*10 + int(d-'0')
			}
			arg = n - 1
			i += j + 1
		}
		for i < len(f) && (f[i] >= '0' && f[i] <= '9' || f[i] == '.') {
			i++
		}
		if i >= len(f) || f[i] == '*' || f[i] == '[' || arg < 0 || arg >= len(operands) {
			return nil, false
		}
		if text.Len() > 0 {
			parts = append(parts, textPart{text: text.String()})
			text.Reset()
		}
		v := operands[arg]
		if mi, isIface := v.(*ssa.MakeInterface); isIface {
			v = mi.X
		}
		parts = append(parts, textPart{v: v, arg: arg, hex: f[i] == 'x' || f[i] == 'X'})
		if len(parts) > maxParts {
			return nil, false
		}
		arg++
	}
	if text.Len() > 0 {
		parts = append(parts, textPart{text: text.String()})
	}
	return parts, true
}

// sqlLexer follows SQL text far enough to know whether a point of it lies
// inside a quoted literal or identifier: quotes (doubled quotes inside
// them), bracketed identifiers, line and block comments.
type sqlLexer struct {
	state byte // 0 outside; the closing quote inside a region; '-' a line comment; '*' a block comment
	last  byte // the previous byte, to see two-byte tokens split across parts
}

func (l *sqlLexer) closing() byte {
	if l.state == '-' || l.state == '*' {
		return 0
	}
	return l.state
}

func (l *sqlLexer) scan(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		prev := l.last
		l.last = c
		switch l.state {
		case 0:
			switch c {
			case '\'', '"', '`':
				l.state = c
			case '[':
				l.state = ']'
			case '-':
				if prev == '-' {
					l.state, l.last = '-', 0
				}
			case '*':
				if prev == '/' {
					l.state, l.last = '*', 0
				}
			}
		case '-':
			if c == '\n' {
				l.state = 0
			}
		case '*':
			if c == '/' && prev == '*' {
				l.state, l.last = 0, 0
			}
		default:
			if c == l.state {
				// A doubled quote stays inside; one alone ends the region.
				if i+1 < len(s) && s[i+1] == c {
					i++
					l.last = 0
					continue
				}
				l.state = 0
				l.last = 0
			}
		}
	}
}
