package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp/syntax"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Location guards: branch conditions after which a value can no longer
// choose where a request goes or which file is opened, though it may still
// carry SQL syntax (so they confine it, see Value.confined, rather than
// prove it safe):
//
//   - equality with, or membership in, values that are not token data: a
//     constant, a configured issuer or JWKS URL, a map or slice of trusted
//     values however it was filled (`if iss != cfg.Issuer`, `if _, ok :=
//     trusted[iss]; !ok`, slices.Contains(cfg.Issuers, iss));
//   - the host of the URL parsed from the value compared with such values
//     (`u, _ := url.Parse(jku); if u.Host != "idp.example.com"`, also
//     u.Hostname());
//   - strings.HasPrefix(v, p) where p is a constant naming a scheme, a host
//     and the slash after it ("https://idp.example.com/"): a prefix without
//     that slash admits idp.example.com.evil.net, and a prefix only known at
//     run time cannot be checked, so neither is a guard;
//   - for paths: strings.HasPrefix(p, dir) where p is a cleaned path
//     (filepath.Join, filepath.Clean, filepath.Abs and their path
//     counterparts); filepath.IsLocal(v); v rejected when it contains "/"
//     or ".." (strings.Contains, ContainsAny, ContainsRune);
//   - a match of an anchored regular expression (^...$) whose every
//     character is a letter, a digit or one of . _ - ~ + = (a kid pattern
//     such as ^[A-Za-z0-9_-]{1,64}$): such a value is one path element and
//     names no host.
//
// A constant-set membership (guards.go) proves a value safe, which
// confines it too.

// locGuarded reports whether, on every path into b, v was confined by a
// location guard.
func (e *engine) locGuarded(v ssa.Value, b *ssa.BasicBlock) bool {
	if b == nil || v == nil {
		return false
	}
	if isString(v.Type()) && e.guarded(v, b) {
		return true
	}
	k, ok := canonical(v)
	if !ok || !e.locTestedIn(b.Parent())[k] {
		return false
	}
	if e.locGuards == nil {
		e.locGuards = map[guardKey]bool{}
	}
	return e.locGuardedFrom(v, b, defBlock(k.root))
}

func (e *engine) locGuardedFrom(v ssa.Value, b, def *ssa.BasicBlock) bool {
	k := guardKey{v, b}
	if g, ok := e.locGuards[k]; ok {
		return g
	}
	e.locGuards[k] = false // cycles are not guards
	g := len(b.Preds) > 0 && b != def
	for _, p := range b.Preds {
		if !g {
			break
		}
		if !e.locEdgeGuards(p, b, v) && !e.locGuardedFrom(v, p, def) {
			g = false
		}
	}
	e.locGuards[k] = g
	return g
}

// locEdgeGuards reports whether taking the edge p→b confines v.
func (e *engine) locEdgeGuards(p, b *ssa.BasicBlock, v ssa.Value) bool {
	ifInstr, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
	if !ok || p.Succs[0] == p.Succs[1] {
		return false
	}
	want := p.Succs[0] == b
	return e.membership(ifInstr.Cond, v, want) || e.locCondition(ifInstr.Cond, v, want)
}

// locCondition reports whether cond being want confines v.
func (e *engine) locCondition(cond, v ssa.Value, want bool) bool {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			return e.locCondition(c.X, v, !want)
		}
	case *ssa.BinOp:
		if (c.Op != token.EQL && c.Op != token.NEQ) || want != (c.Op == token.EQL) {
			return false
		}
		return e.locates(c.X, v) && e.trusted(c.Y) || e.locates(c.Y, v) && e.trusted(c.X)
	case *ssa.Extract:
		if call, ok := c.Tuple.(*ssa.Call); ok && c.Index == 0 {
			return e.locCall(call, v, want) // ok, err := regexp.MatchString(...)
		}
		lk, ok := c.Tuple.(*ssa.Lookup)
		return ok && want && c.Index == 1 && lk.CommaOk && e.locates(lk.Index, v) && e.trustedContainer(lk.X)
	case *ssa.Lookup:
		return want && !c.CommaOk && isBool(c.Type()) && e.locates(c.Index, v) && e.trustedContainer(c.X)
	case *ssa.Call:
		return e.locCall(c, v, want)
	}
	return false
}

// locCall judges a call in a branch condition: a prefix test, a pattern
// match, a containment test.
func (e *engine) locCall(c *ssa.Call, v ssa.Value, want bool) bool {
	fn := ssaprog.Callee(&c.Call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	arg := func(i int) ssa.Value { return ssaprog.Arg(&c.Call, i) }
	switch libmodel.FuncKey(fn) {
	case "strings.HasPrefix":
		if !want || !e.sameValue(arg(0), v) {
			return false
		}
		if p, ok := ssaprog.ConstString(arg(1)); ok && originPrefix(p) {
			return true
		}
		return cleanedPath(arg(0)) && e.trusted(arg(1))
	case "path/filepath.IsLocal":
		return want && e.sameValue(arg(0), v)
	case "strings.Contains":
		sub, ok := ssaprog.ConstString(arg(1))
		return ok && !want && e.sameValue(arg(0), v) && (strings.Contains(sub, "/") || sub == "..")
	case "strings.ContainsAny":
		chars, ok := ssaprog.ConstString(arg(1))
		return ok && !want && e.sameValue(arg(0), v) && strings.Contains(chars, "/")
	case "strings.ContainsRune":
		r, ok := ssaprog.Unwrap(arg(1)).(*ssa.Const)
		return ok && !want && e.sameValue(arg(0), v) && r.Value != nil && r.Value.Kind() == constant.Int && r.Int64() == '/'
	case "slices.Contains":
		return want && e.locates(arg(1), v) && e.trustedContainer(arg(0))
	case "regexp.MatchString":
		p, ok := ssaprog.ConstString(arg(0))
		return ok && want && e.sameValue(arg(1), v) && confiningPattern(p)
	case "(*regexp.Regexp).MatchString", "(*regexp.Regexp).Match":
		if !want || !e.sameValue(arg(0), v) {
			return false
		}
		p, ok := e.compiledPattern(ssaprog.Recv(&c.Call))
		return ok && confiningPattern(p)
	}
	return false
}

// locates reports whether x is v, or the host of the URL parsed from v.
func (e *engine) locates(x, v ssa.Value) bool {
	if e.sameValue(x, v) {
		return true
	}
	u, ok := hostOf(x)
	if !ok {
		return false
	}
	if e.sameValue(u, v) {
		return true
	}
	from, ok := parsedFrom(u)
	return ok && e.sameValue(from, v)
}

// hostOf returns the *url.URL whose host x reads (u.Host, u.Hostname()).
func hostOf(x ssa.Value) (ssa.Value, bool) {
	switch h := x.(type) {
	case *ssa.UnOp:
		if fa, ok := h.X.(*ssa.FieldAddr); ok && h.Op == token.MUL && isURLField(fa.X.Type(), fa.Field, "Host") {
			return fa.X, true
		}
	case *ssa.Call:
		if fn := ssaprog.Callee(&h.Call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && fn.Name() == "Hostname" {
			if r := ssaprog.Recv(&h.Call); r != nil {
				return r, true
			}
		}
	}
	return nil, false
}

func isURLField(t types.Type, i int, name string) bool {
	f := ssaprog.FieldVar(t, i)
	return f != nil && f.Pkg() != nil && f.Pkg().Path() == "net/url" && f.Name() == name
}

// parsedFrom returns the string a *url.URL was parsed from (url.Parse,
// url.ParseRequestURI).
func parsedFrom(u ssa.Value) (ssa.Value, bool) {
	ext, ok := u.(*ssa.Extract)
	if !ok || ext.Index != 0 {
		return nil, false
	}
	call, ok := ext.Tuple.(*ssa.Call)
	if !ok {
		return nil, false
	}
	fn := ssaprog.Callee(&call.Call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" || fn.Name() != "Parse" && fn.Name() != "ParseRequestURI" {
		return nil, false
	}
	if fn.Signature().Recv() != nil {
		return nil, false // (*url.URL).Parse resolves a reference
	}
	return ssaprog.Arg(&call.Call, 0), true
}

// trusted reports whether a comparand is not token data: a constant other
// than nil and "", or a value carrying no token data.
func (e *engine) trusted(v ssa.Value) bool {
	if c, ok := ssaprog.Unwrap(v).(*ssa.Const); ok {
		if s, isStr := ssaprog.ConstString(c); isStr {
			return s != ""
		}
		return !c.IsNil()
	}
	return e.value(v).L&(Token|Forgeable) == 0
}

// trustedContainer reports whether a map or slice of allowed values holds
// no token data.
func (e *engine) trustedContainer(v ssa.Value) bool {
	return e.contentOf(v).L&(Token|Forgeable) == 0
}

// cleanedPath reports whether v is the result of a function returning a
// cleaned path (no "..": a prefix test on it holds for the file opened).
func cleanedPath(v ssa.Value) bool {
	var call *ssa.Call
	switch x := v.(type) {
	case *ssa.Call:
		call = x
	case *ssa.Extract:
		call, _ = x.Tuple.(*ssa.Call)
	}
	if call == nil {
		return false
	}
	fn := ssaprog.Callee(&call.Call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "path/filepath.Join", "path/filepath.Clean", "path/filepath.Abs", "path.Join", "path.Clean":
		return true
	}
	return false
}

// originPrefix reports whether p names a scheme, a host and the slash
// after the host ("https://idp.example.com/..."), so that every string
// starting with it is a URL of that host.
func originPrefix(p string) bool {
	scheme, rest, ok := strings.Cut(p, "://")
	if !ok || scheme == "" || strings.ContainsAny(scheme, "/?#@") {
		return false
	}
	host, _, ok := strings.Cut(rest, "/")
	return ok && host != "" && !strings.ContainsAny(host, "?#@\\")
}

// confiningPattern reports whether a regular expression, anchored at both
// ends, only matches strings of letters, digits and . _ - ~ + =.
func confiningPattern(p string) bool {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return false
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return false
	}
	first, last := re.Sub[0], re.Sub[len(re.Sub)-1]
	if first.Op != syntax.OpBeginText && first.Op != syntax.OpBeginLine ||
		last.Op != syntax.OpEndText && last.Op != syntax.OpEndLine {
		return false
	}
	return safeChars(re)
}

func safeChars(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if !safeRune(r) || re.Flags&syntax.FoldCase != 0 && !safeRune(r^0x20) {
				return false
			}
		}
		return true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 128 {
				return false
			}
			for r := lo; r <= hi; r++ {
				if !safeRune(r) {
					return false
				}
			}
		}
		return true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, s := range re.Sub {
		if !safeChars(s) {
			return false
		}
	}
	return true
}

func safeRune(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("._-~+=", r)
}

// compiledPattern returns the constant pattern a *regexp.Regexp was
// compiled from: a regexp.MustCompile or regexp.Compile call, or a
// package-level variable every store of which is one.
func (e *engine) compiledPattern(re ssa.Value) (string, bool) {
	switch x := ssaprog.Unwrap(re).(type) {
	case *ssa.Call:
		fn := ssaprog.Callee(&x.Call)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "regexp" &&
			(fn.Name() == "MustCompile" || fn.Name() == "MustCompilePOSIX") {
			return ssaprog.ConstString(ssaprog.Arg(&x.Call, 0))
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			fn := ssaprog.Callee(&call.Call)
			if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "regexp" && (fn.Name() == "Compile" || fn.Name() == "CompilePOSIX") {
				return ssaprog.ConstString(ssaprog.Arg(&call.Call, 0))
			}
		}
	case *ssa.UnOp:
		g, ok := x.X.(*ssa.Global)
		if !ok || x.Op != token.MUL || g.Pkg != e.prog.Pkg {
			return "", false
		}
		stores := e.prog.Stores(g)
		if len(stores) == 0 {
			return "", false
		}
		var pat string
		for i, s := range stores {
			p, ok := e.compiledPattern(s)
			if !ok || i > 0 && p != pat {
				return "", false
			}
			pat = p
		}
		return pat, true
	}
	return "", false
}

// locTestedIn indexes the values a function's branch conditions may
// confine, so that locGuarded walks only for them.
func (e *engine) locTestedIn(fn *ssa.Function) map[valueKey]bool {
	if e.locTested == nil {
		e.locTested = map[*ssa.Function]map[valueKey]bool{}
	}
	if t, ok := e.locTested[fn]; ok {
		return t
	}
	t := map[valueKey]bool{}
	add := func(v ssa.Value) {
		if v == nil {
			return
		}
		if k, ok := canonical(v); ok {
			t[k] = true
		}
		if u, ok := hostOf(v); ok {
			add2(t, u)
			if from, ok := parsedFrom(u); ok {
				add2(t, from)
			}
		}
	}
	var walk func(cond ssa.Value)
	walk = func(cond ssa.Value) {
		switch c := cond.(type) {
		case *ssa.UnOp:
			if c.Op == token.NOT {
				walk(c.X)
			}
		case *ssa.BinOp:
			add(c.X)
			add(c.Y)
		case *ssa.Call:
			for _, a := range c.Call.Args {
				add(a)
			}
		case *ssa.Extract:
			if lk, ok := c.Tuple.(*ssa.Lookup); ok {
				add(lk.Index)
			}
			if call, ok := c.Tuple.(*ssa.Call); ok {
				for _, a := range call.Call.Args {
					add(a)
				}
			}
		case *ssa.Lookup:
			add(c.Index)
		}
	}
	for _, b := range fn.Blocks {
		if ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			walk(ifInstr.Cond)
		}
	}
	e.locTested[fn] = t
	return t
}

func add2(t map[valueKey]bool, v ssa.Value) {
	if k, ok := canonical(v); ok {
		t[k] = true
	}
}

// fixedOrigin confines a concatenation whose leading constant fixes the
// URL's origin: token data after it chooses a path on a host the code
// names (a tenant's issuer URL), not where the request goes.
func fixedOrigin(x *ssa.BinOp, v Value) Value {
	var first ssa.Value = x
	for {
		b, ok := first.(*ssa.BinOp)
		if !ok || b.Op != token.ADD || !isString(b.Type()) {
			break
		}
		first = b.X
	}
	if s, ok := ssaprog.ConstString(first); ok && originPrefix(s) {
		return v.confined()
	}
	return v
}
