package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

// Sink is an SQL call or a location call (an HTTP request, a key-set
// fetch, a file opened), or a call of a wrapper around one, with the values
// its arguments carry.
type Sink struct {
	Call     ssa.CallInstruction
	Pos, End token.Pos // the call expression
	Uses     []SinkUse
}

// SinkKind tells SQL sinks from location sinks.
type SinkKind uint8

const (
	// SinkSQL: SQL text or bind arguments (the zero value).
	SinkSQL SinkKind = iota
	// SinkURL: the URL of an HTTP request.
	SinkURL
	// SinkKeys: the URL a key set, certificate or discovery document is
	// fetched from.
	SinkKeys
	// SinkPath: the path of a file opened or read.
	SinkPath
)

func (k SinkKind) String() string {
	switch k {
	case SinkURL:
		return "url"
	case SinkKeys:
		return "keys"
	case SinkPath:
		return "path"
	}
	return "sql"
}

func sinkKindOf(k libmodel.LocationKind) SinkKind {
	switch k {
	case libmodel.LocURL:
		return SinkURL
	case libmodel.LocKeys:
		return SinkKeys
	}
	return SinkPath
}

// SinkUse is one argument of a sink call.
type SinkUse struct {
	Val Value
	// Sink is the SQL call reached, e.g. "(*pgx.Conn).Query".
	Sink string
	// Via is the wrapper called here ("store.FindUsers") and Where the SQL
	// call inside it; both empty for a direct SQL call.
	Via, Where string
	// Text: the argument is (or is pasted into) the query text.
	Text bool
	// BuiltInside: the wrapper builds the text around the argument.
	BuiltInside bool
	BuiltBy     string
	// Kind is SinkSQL, or the kind of location the argument is.
	Kind SinkKind
	// Guarded: a location argument a guard confines at the call (a host
	// allow-list, a safe-character pattern...).
	Guarded bool
}

// sinkUses lists the SQL-relevant arguments of a call, or its location
// arguments (kinds other than SinkSQL).
func (e *engine) sinkUses(instr ssa.CallInstruction) []SinkUse {
	c := instr.Common()
	callee := ssaprog.Callee(c)
	if ls := libmodel.LocationSinkOf(callee); ls != nil {
		return e.locationUses(instr, ls)
	}
	var uses []SinkUse
	sk := e.sqlSink(callee)
	if sk == nil && c.IsInvoke() {
		// An interface call whose receiver's dynamic type is known: the
		// concrete method may be a sink (an execer interface holding *sql.DB).
		if fn, _ := e.resolve(c); fn != nil {
			if obj, ok := fn.Object().(*types.Func); ok {
				sk = e.sqlSink(obj)
			}
		}
	}
	if sk != nil {
		for i := 0; i < ssaprog.NumArgs(c); i++ {
			a := ssaprog.Arg(c, i)
			if isContext(a.Type()) {
				continue // a context is not SQL, nor a bind argument
			}
			text := i == sk.Text
			if text && sk.TextIfString {
				if mi, ok := a.(*ssa.MakeInterface); ok && isString(mi.X.Type()) {
					a = mi.X
				} else if !isString(a.Type()) {
					text = false
				}
			}
			uses = append(uses, SinkUse{Val: e.argValue(a, instr), Sink: sk.Display, Text: text})
		}
		return uses
	}
	fn, args := e.resolve(c)
	if fn == nil {
		impls, args := e.dispatch(c)
		for _, impl := range impls {
			uses = append(uses, e.wrapperUses(instr, impl.summary, args, funcObjDisplay(impl.method))...)
		}
		return uses
	}
	s := e.calleeSummary(fn)
	if s == nil {
		return nil
	}
	return e.wrapperUses(instr, s, args, funcDisplay(fn))
}

// wrapperUses lists the arguments of a call of a wrapper (a function whose
// summary has parameters reaching SQL) that reach SQL inside it.
func (e *engine) wrapperUses(instr ssa.CallInstruction, s *Summary, args []ssa.Value, via string) []SinkUse {
	var uses []SinkUse
	for _, ps := range s.Sinks {
		if ps.Param >= len(args) {
			continue
		}
		var val Value
		guarded := false
		switch {
		case ps.Path != "":
			val = e.argField(args[ps.Param], ps.Path, instr)
		case ps.Kind != SinkSQL:
			val, guarded = e.locOperand(args[ps.Param], instr)
		default:
			val = e.argValue(args[ps.Param], instr)
		}
		uses = append(uses, SinkUse{
			Val: val, Sink: ps.Sink, Via: via, Where: ps.Where,
			Text: ps.Text, BuiltInside: ps.Built, BuiltBy: ps.BuiltBy,
			Kind: ps.Kind, Guarded: guarded,
		})
	}
	return uses
}

// locationUses lists the location arguments of a call of a location sink.
func (e *engine) locationUses(instr ssa.CallInstruction, ls *libmodel.LocationSink) []SinkUse {
	c := instr.Common()
	var uses []SinkUse
	for _, i := range ls.Args {
		a := ssaprog.Arg(c, i)
		if a == nil {
			continue
		}
		val, guarded := e.locOperand(a, instr)
		uses = append(uses, SinkUse{Val: val, Sink: ls.Display, Text: true, Kind: sinkKindOf(ls.Kind), Guarded: guarded})
	}
	return uses
}

// locOperand is the value of a location argument at a call: a string, a
// *url.URL (what it was parsed from), or the URLs of a slice; confined
// when a location guard holds for it there.
func (e *engine) locOperand(a ssa.Value, at ssa.Instruction) (Value, bool) {
	val := e.contentOperand(a, at)
	if (val.L&Forgeable != 0 || val.LocParams != 0) && e.locGuarded(ssaprog.Unwrap(a), at.Block()) {
		return val.confined(), true
	}
	return val, false
}

// argValue is an argument's value at a call; for variadic bind arguments
// (a []any) it is their content.
func (e *engine) argValue(a ssa.Value, at ssa.Instruction) Value {
	if _, ok := a.Type().Underlying().(*types.Slice); ok && !isString(a.Type()) {
		return e.contentOperand(a, at)
	}
	if mi, ok := a.(*ssa.MakeInterface); ok {
		return e.operand(mi.X, at)
	}
	return e.operand(a, at)
}

// sqlSink returns the model of a call that runs SQL: a library sink or one
// named with -sinks.
func (e *engine) sqlSink(fn *types.Func) *libmodel.SQLSink {
	if fn == nil {
		return nil
	}
	if sk := libmodel.SQLSinkOf(fn); sk != nil {
		return sk
	}
	if fn.Pkg() == nil {
		return nil
	}
	_, recv := libmodel.Receiver(fn)
	for _, r := range e.cfg.Sinks {
		if r.Matches(fn.Pkg().Path(), recv, fn.Name()) {
			return &libmodel.SQLSink{Display: funcObjDisplay(fn), Text: r.Arg}
		}
	}
	return nil
}

// recordParamSinks adds to the enclosing function's summary the
// parameters that reach SQL through this call.
func (e *engine) recordParamSinks(instr ssa.CallInstruction) {
	uses := e.sinkUses(instr)
	if len(uses) == 0 {
		return
	}
	s := e.summary(instr.Parent())
	for _, u := range uses {
		if u.Kind != SinkSQL {
			e.recordLocationSink(instr, s, u)
			continue
		}
		if !u.Val.depends() {
			continue
		}
		where := u.Where
		if where == "" {
			where = e.where(instr.Pos())
		}
		add := func(j int, path string) {
			text := u.Text
			if text && u.Val.L&Token != 0 && tokenParam(instr.Parent(), j) {
				// Claims read from a token/claims parameter and pasted into
				// the text are reported here; callers passing the claims in
				// are only concerned if they were not verified (any argument).
				text = false
			}
			ps := ParamSink{Param: j, Path: path, Sink: u.Sink, Where: where, Text: text, Built: u.BuiltInside || u.Val.Built, BuiltBy: u.BuiltBy}
			if u.Val.Built && !u.BuiltInside {
				ps.BuiltBy = u.Val.BuiltBy
			}
			if s.addSink(ps) {
				e.changed = true
			}
		}
		for j := range 64 {
			if u.Val.Params&(1<<j) != 0 {
				add(j, "")
			}
		}
		for _, f := range u.Val.Fields {
			add(f.Param, f.Path)
		}
	}
}

// recordLocationSink adds to the enclosing function's summary the
// parameters that reach a location through this call, unless a guard
// confines them on the way, or the call already receives forgeable token
// data (it is reported here, not at the callers).
func (e *engine) recordLocationSink(instr ssa.CallInstruction, s *Summary, u SinkUse) {
	if u.Guarded || u.Val.L&Forgeable != 0 {
		return
	}
	where := u.Where
	if where == "" {
		where = e.where(instr.Pos())
	}
	fn := instr.Parent()
	add := func(j int, path string) {
		if path == "" && j < len(fn.Params) && e.locGuarded(fn.Params[j], instr.Block()) {
			return
		}
		if s.addSink(ParamSink{Param: j, Path: path, Sink: u.Sink, Where: where, Text: true, Kind: u.Kind}) {
			e.changed = true
		}
	}
	for j := range 64 {
		if u.Val.LocParams&(1<<j) != 0 {
			add(j, "")
		}
	}
	for _, f := range u.Val.Fields {
		add(f.Param, f.Path)
	}
}

// tokenParam reports whether parameter j of fn holds a token or claims
// (jwt.MapClaims, a claims struct, *jwt.Token).
func tokenParam(fn *ssa.Function, j int) bool {
	if j >= len(fn.Params) {
		return false
	}
	t := fn.Params[j].Type()
	return libmodel.IsClaimsType(t) || libmodel.IsToken(t)
}

// collectSinks returns the SQL calls whose arguments carry something a
// check may report (token data, unverified data, unsafe built text), and
// the location calls receiving forgeable token data.
func (e *engine) collectSinks() (sql, locs []*Sink) {
	for _, fn := range e.prog.Funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				var sqlUses, locUses []SinkUse
				keep, keepLoc := false, false
				for _, u := range e.sinkUses(call) {
					if u.Kind != SinkSQL {
						locUses = append(locUses, u)
						keepLoc = keepLoc || u.Val.L&Forgeable != 0
						continue
					}
					sqlUses = append(sqlUses, u)
					keep = keep || u.Val.L&(Token|Unverified) != 0 ||
						u.Text && u.Val.L&Untrusted != 0 && (u.Val.Built || u.BuiltInside || u.Val.L&Remote != 0)
				}
				if keep {
					sql = append(sql, e.newSink(call, sqlUses))
				}
				if keepLoc {
					locs = append(locs, e.newSink(call, locUses))
				}
			}
		}
	}
	return sql, locs
}

func (e *engine) newSink(call ssa.CallInstruction, uses []SinkUse) *Sink {
	sk := &Sink{Call: call, Pos: call.Pos(), Uses: uses}
	if ce := e.prog.CallExpr(call); ce != nil {
		sk.Pos, sk.End = ce.Pos(), ce.End()
	}
	return sk
}

func funcDisplay(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return funcObjDisplay(obj)
	}
	return fn.Name()
}

func funcObjDisplay(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	if _, recv := libmodel.Receiver(fn); recv != "" {
		star := ""
		if _, isPtr := fn.Signature().Recv().Type().(*types.Pointer); isPtr {
			star = "*"
		}
		return "(" + star + fn.Pkg().Name() + "." + recv + ")." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// Related points at where the data of a sink argument comes from: for
// token data (jwtsql) the claim read and the parse, for untrusted input
// (sqlstring) where it was read; and the step that built the text. Only
// positions in the current package are given.
func Related(u SinkUse, tokenData bool) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if s := u.Val.Src; tokenData && s != nil && u.Val.L&(Token|Unverified) != 0 {
		if s.Pos.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: s.Pos, Message: s.What + " read here"})
		}
		if s.OriginPos.IsValid() && s.OriginPos != s.Pos {
			rel = append(rel, analysis.RelatedInformation{Pos: s.OriginPos, Message: "token parsed here"})
		}
	}
	if s := u.Val.In; !tokenData && s != nil && u.Val.L&Untrusted != 0 && s.Pos.IsValid() {
		rel = append(rel, analysis.RelatedInformation{Pos: s.Pos, Message: InputPhrase(s.Kind) + " read here (" + s.What + ")"})
	}
	if u.Val.Built && u.Val.BuiltAt.IsValid() {
		rel = append(rel, analysis.RelatedInformation{Pos: u.Val.BuiltAt, Message: "query text built here (" + u.Val.BuiltBy + ")"})
	}
	return rel
}

func isContext(t types.Type) bool {
	return libmodel.NamedType(t, "context", "Context")
}
