package flow

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ParamSink records that a parameter reaches an SQL call: the function is a
// wrapper, and the finding belongs to its callers.
type ParamSink struct {
	Param int    // index in the function's SSA parameters (receiver first)
	Path  string // a field path below the parameter; "" for the whole value
	Sink  string // the SQL call finally reached, e.g. "(*sql.DB).QueryContext"
	Where string // "store.go:42", the SQL call (or wrapper call) inside
	// Text: the parameter reaches the query text (else only bind arguments).
	Text bool
	// Built: the wrapper builds the query text around the parameter.
	Built   bool
	BuiltBy string
	// Inner are the kinds of untrusted input the text holds inside the
	// wrapper whatever the parameter is (a value of an opaque call, a row
	// scanned there): the SQL call inside is reported for them, and a
	// caller is not reported again for the same text.
	Inner Label
	// Kind is SinkSQL for SQL calls, else the kind of location the
	// parameter reaches (a URL, a key-set fetch, a file path).
	Kind SinkKind
}

// ParamWrite records that a function writes into memory reached through
// one of its parameters (json.Unmarshal-like helpers, builders filled by a
// helper): the value appears in the caller's object.
type ParamWrite struct {
	Param int
	Path  string // field path below what the parameter points to
	Val   Value
}

// ResultField records what a field of a returned struct holds: the
// constructor `NewRepo(db, table)` returns a *Repo whose field .1 holds
// parameter 1.
type ResultField struct {
	Result int
	Path   string // field path below what the result points to
	Val    Value
}

// Summary is a function's value-flow summary.
type Summary struct {
	// Returns are the abstract values of the results; Params bits refer to
	// the function's SSA parameters.
	Returns      []Value
	Sinks        []ParamSink
	Writes       []ParamWrite
	ResultFields []ResultField
	// SameAs: for each result, j+1 when it is parameter j on every return
	// path (a builder method returning its receiver), else 0; nil when no
	// result is (alias.go).
	SameAs []int
	// globals are the package's variables the function writes values
	// depending on its parameters into; callers in the package replay them
	// with their arguments (memory.go). Not part of the fact: another
	// package's variables are read through GlobalFacts.
	globals []globalWrite
	// fieldIndex finds a result field's entry in ResultFields (generated
	// converters return structs with hundreds of field paths, looked up on
	// every pass of the solver).
	fieldIndex map[resultPath]int
}

type resultPath struct {
	result int
	path   string
}

// globalWrite records that a function stores, at path below a variable of
// its package, a value depending on its parameters.
type globalWrite struct {
	g    *ssa.Global
	path string
	val  Value
}

// addGlobal records a write into a variable; it reports whether it is new.
func (s *Summary) addGlobal(w globalWrite) bool {
	for i, old := range s.globals {
		if old.g == w.g && old.path == w.path {
			nv := old.val.join(w.val)
			if nv.equal(old.val) {
				return false
			}
			s.globals[i].val = nv
			return true
		}
	}
	s.globals = append(s.globals, w)
	return true
}

// addResultField records what a field of a result holds; it reports
// whether that is new.
func (s *Summary) addResultField(rf ResultField) bool {
	s.indexFields()
	k := resultPath{rf.Result, rf.Path}
	if _, known := s.fieldIndex[k]; !known && len(s.ResultFields) >= maxResultFields {
		// Past the bound, a field counts for its nearest ancestor the
		// summary keeps (callers reading the field join what its
		// ancestors hold), depending on the first fields of the
		// parameters' paths it depends on.
		k.path = s.keptAncestor(k)
		rf.Path, rf.Val = k.path, rf.Val.shallowFields()
	}
	return s.setResultField(k, rf)
}

// keptAncestor returns the longest proper ancestor of a result's field
// path that the summary has an entry for, else the path cut after its
// second field (".1*.0*" for ".1*.0*.2*.3": entries for two levels of
// fields at most), so that what is folded stays apart from the result's
// other fields and from the fields of the first two levels.
func (s *Summary) keptAncestor(k resultPath) string {
	for i := strings.LastIndexByte(k.path, '.'); i > 0; i = strings.LastIndexByte(k.path[:i], '.') {
		if _, ok := s.fieldIndex[resultPath{k.result, k.path[:i]}]; ok {
			return k.path[:i]
		}
	}
	return leadingFields(k.path, 2)
}

// maxResultFields bounds the field paths a summary keeps for its results:
// converters between two syntax trees return structs whose nested fields
// number in the hundreds of thousands.
const maxResultFields = 1024

func (s *Summary) indexFields() {
	if s.fieldIndex == nil || len(s.fieldIndex) != len(s.ResultFields) {
		s.fieldIndex = make(map[resultPath]int, len(s.ResultFields))
		for i, old := range s.ResultFields {
			s.fieldIndex[resultPath{old.Result, old.Path}] = i
		}
	}
}

func (s *Summary) setResultField(k resultPath, rf ResultField) bool {
	if i, ok := s.fieldIndex[k]; ok {
		old := s.ResultFields[i]
		nv := old.Val.join(rf.Val)
		if nv.equal(old.Val) {
			return false
		}
		s.ResultFields[i].Val = nv
		return true
	}
	s.fieldIndex[k] = len(s.ResultFields)
	s.ResultFields = append(s.ResultFields, rf)
	return true
}

// empty reports whether the summary says nothing a caller needs: results
// proven safe, no sinks, no writes. Functions of analysed packages without
// a fact have such a summary.
func (s *Summary) empty() bool {
	if len(s.Sinks) > 0 || len(s.Writes) > 0 || len(s.globals) > 0 || len(s.SameAs) > 0 {
		return false
	}
	for _, rf := range s.ResultFields {
		if rf.Val.Unsafe() || rf.Val.depends() {
			return false
		}
	}
	for _, r := range s.Returns {
		if r.Unsafe() || r.depends() || r.LocParams != 0 || r.Built {
			return false
		}
	}
	return true
}

// addWrite records a write through a parameter; it reports whether it is new.
func (s *Summary) addWrite(w ParamWrite) bool {
	for i, old := range s.Writes {
		if old.Param == w.Param && old.Path == w.Path {
			nv := old.Val.join(w.Val)
			if nv.equal(old.Val) {
				return false
			}
			s.Writes[i].Val = nv
			return true
		}
	}
	s.Writes = append(s.Writes, w)
	return true
}

// addSink records a parameter sink; it reports whether it is new.
func (s *Summary) addSink(ps ParamSink) bool {
	for i, old := range s.Sinks {
		if old.Param == ps.Param && old.Path == ps.Path && old.Sink == ps.Sink && old.Where == ps.Where && old.Kind == ps.Kind {
			if (old.Text == ps.Text && old.Built == ps.Built || old.Text && old.Built) && old.Inner|ps.Inner == old.Inner {
				return false
			}
			s.Sinks[i].Text = old.Text || ps.Text
			if ps.Built && !old.Built {
				s.Sinks[i].Built, s.Sinks[i].BuiltBy = true, ps.BuiltBy
			}
			s.Sinks[i].Inner |= ps.Inner
			return true
		}
	}
	s.Sinks = append(s.Sinks, ps)
	return true
}

// SummaryFact carries a Summary across packages. Positions are dropped
// (they mean nothing in another package); descriptions keep file:line.
type SummaryFact struct{ Summary }

func (*SummaryFact) AFact() {}

func (f *SummaryFact) String() string {
	var parts []string
	for i, r := range f.Returns {
		if d := r.describe(); d != "" {
			parts = append(parts, fmt.Sprintf("ret%d=%s", i, d))
		}
	}
	sinks := append([]ParamSink(nil), f.Sinks...)
	sort.Slice(sinks, func(i, j int) bool {
		return sinks[i].Param < sinks[j].Param || sinks[i].Param == sinks[j].Param && sinks[i].Path < sinks[j].Path
	})
	for _, s := range sinks {
		kind := "args"
		if s.Text {
			kind = "text"
		}
		if s.Kind != SinkSQL {
			kind = s.Kind.String()
		}
		if s.Built {
			kind += "+built"
		}
		parts = append(parts, fmt.Sprintf("p%d%s->%s(%s)", s.Param, s.Path, s.Sink, kind))
	}
	for _, w := range f.Writes {
		if d := w.Val.describe(); d != "" {
			parts = append(parts, fmt.Sprintf("*p%d%s=%s", w.Param, w.Path, d))
		}
	}
	fields := append([]ResultField(nil), f.ResultFields...)
	sort.Slice(fields, func(i, j int) bool {
		return fields[i].Result < fields[j].Result || fields[i].Result == fields[j].Result && fields[i].Path < fields[j].Path
	})
	for _, rf := range fields {
		if d := rf.Val.describe(); d != "" {
			parts = append(parts, fmt.Sprintf("*ret%d%s=%s", rf.Result, rf.Path, d))
		}
	}
	return "flow(" + strings.Join(parts, " ") + ")"
}

func (v Value) describe() string {
	var parts []string
	for _, l := range []struct {
		l    Label
		name string
	}{{Safe, "safe"}, {Unknown, "unknown"}, {Remote, "remote"}, {Program, "program"}, {Stored, "stored"}, {Token, "token"}, {Unverified, "unverified"}, {Forgeable, "forgeable"}} {
		if v.L&l.l != 0 {
			parts = append(parts, l.name)
		}
	}
	for i := range 64 {
		if v.Params&(1<<i) != 0 {
			parts = append(parts, fmt.Sprintf("p%d", i))
		}
	}
	for _, f := range v.Fields {
		parts = append(parts, fmt.Sprintf("p%d%s", f.Param, f.Path))
	}
	if v.Built {
		parts = append(parts, "built")
	}
	if v.L&^Safe == 0 && !v.depends() && !v.Built {
		return ""
	}
	return strings.Join(parts, "|")
}

// exported strips positions for the fact.
func (v Value) exported() Value {
	v.BuiltAt = 0
	v.Src, v.In = v.Src.exported(), v.In.exported()
	return v
}

func (s *Source) exported() *Source {
	if s == nil {
		return nil
	}
	c := *s
	c.Pos, c.OriginPos = 0, 0
	return &c
}

// packageFact marks a package the engine analysed: a function of it without
// a SummaryFact has nothing to tell its callers (safe results, no sinks),
// and a variable without a GlobalFact holds only constants.
type packageFact struct{}

func (*packageFact) AFact() {}

func (*packageFact) String() string { return "flow-analysed" }

// GlobalFact summarises what a package-level variable may hold when some
// of it is not proven safe (a variable of an analysed package without this
// fact holds only constants): importers read it like the package itself.
type GlobalFact struct{ Val Value }

func (*GlobalFact) AFact() {}

func (f *GlobalFact) String() string { return "global(" + f.Val.describe() + ")" }
