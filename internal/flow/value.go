package flow

import (
	"cmp"
	"go/token"
	"slices"
	"strings"
)

// Label is a provenance class.
type Label uint8

const (
	// Safe: constants, numbers, booleans, values chosen from constant sets,
	// quoted identifiers: cannot carry SQL syntax.
	Safe Label = 1 << iota
	// Unknown: not proven safe, and of no known kind of input (results of
	// calls the engine cannot see into, other packages' variables...).
	Unknown
	// Remote: data of a request (HTTP handlers, gRPC and connect messages,
	// serverless events).
	Remote
	// Program: input of the program (command-line arguments and flags, the
	// environment, standard input and other readers, file contents).
	Program
	// Stored: data read back from the database (second-order injection).
	Stored
	// Token: claims, header values or the raw string of a JWT.
	Token
	// Unverified: data of a token whose signature was not verified.
	Unverified
	// Forgeable: token data whoever made the token chooses, verified or
	// not: header values (kid, jku, x5u...), the claims of a token that was
	// not verified (an unverified decode, a key function's token). Set
	// wherever Unverified is. jwtheader follows it into locations (URLs,
	// key-set fetches, file paths); a location guard (a host allow-list, a
	// safe-character pattern...) or a confining function (filepath.Base)
	// takes it away without making the value safe for SQL.
	Forgeable
)

// Untrusted are the labels of data not proven safe to paste into SQL text
// (token data aside, which jwtsql judges).
const Untrusted = Unknown | Remote | Program | Stored

// unsafeLabels are the labels that make pasting a value into SQL text a risk.
const unsafeLabels = Untrusted | Token | Unverified | Forgeable

// InputKinds lists the kinds of untrusted input from the most to the least
// severe: a value carrying several is reported as the first it carries.
var InputKinds = []Label{Remote, Stored, Program, Unknown}

// InputPhrase is how messages name a kind of input. finding.InputKind
// reads the kind back from these phrases (drivers that see only a
// message, go vet's JSON, need it for SARIF levels).
func InputPhrase(l Label) string {
	switch l {
	case Remote:
		return "remote input"
	case Program:
		return "program input"
	case Stored:
		return "stored input"
	}
	return "a value not proven safe"
}

// KindName is how messages, SARIF and the -untrusted flag name a label.
func KindName(l Label) string {
	switch l {
	case Remote:
		return "remote"
	case Program:
		return "program"
	case Stored:
		return "stored"
	case Token, Unverified, Forgeable:
		return "token"
	}
	return "unknown"
}

// Source describes where data comes from, for messages: token data (the
// claim read, the parse) or untrusted input (the request read, the
// environment variable, the row scanned).
type Source struct {
	// What: `claim "sub"`, `header "kid"`, `the raw token`, `claims`, or for
	// input `request data ((*http.Request).FormValue)`, `os.Getenv`...
	What string
	// Origin: "jwt.Parse at auth.go:42", "auth.Claims".
	Origin string
	// Pos is where the data is read (claim lookup, field read, call), when
	// it is in the current package; OriginPos the parse call.
	Pos, OriginPos token.Pos
	// Param: the source is a parameter of a request type; the first call
	// reading it names the source more precisely.
	Param bool
	// Kind is the kind of input an input source is (Remote, Program...).
	Kind Label
}

// IsHeader reports whether the source is the token's header or one of its
// values (kid, jku), which select keys rather than grant anything.
func (s *Source) IsHeader() bool {
	return s != nil && (s.What == "header" || strings.HasPrefix(s.What, `header "`))
}

// Describe renders the source for a message: `claim "sub" from jwt.Parse at auth.go:42`.
func (s *Source) Describe() string {
	if s == nil {
		return "token data"
	}
	if s.Origin == "" {
		return s.What
	}
	if strings.Contains(s.Origin, " at ") {
		return s.What + " from " + s.Origin
	}
	return s.What + " of " + s.Origin
}

// FieldDep is a dependency on a field path of a parameter: the value is
// (or is derived from) what `p.f.g` holds, not p as a whole.
type FieldDep struct {
	Param int
	Path  string // ".0.2": struct field indices below what the parameter is or points to
}

// Value is the abstract value of an SSA value.
type Value struct {
	L Label
	// Params: the value depends on these parameters of its function as a
	// whole (bit i = parameter i; parameters past 63 are not tracked).
	Params uint64
	// LocParams are the parameters among Params whose use as a location
	// (URL, file path) is not confined by a location guard or a confining
	// function on the way: a wrapper reaching a location sink through them
	// passes its callers' data there.
	LocParams uint64
	// Fields: the value depends on these field paths of parameters.
	Fields []FieldDep
	// Built: a string-building step combined parts not proven safe.
	Built bool
	// BuiltAt is the first such step in this package, BuiltBy its kind
	// ("fmt.Sprintf", "+", "strings.Builder"...).
	BuiltAt token.Pos
	BuiltBy string
	// Src is the first token source the value carries, In the first
	// source of untrusted input.
	Src, In *Source
}

// Unsafe reports whether the value carries anything not proven safe.
func (v Value) Unsafe() bool { return v.L&unsafeLabels != 0 }

// Kind returns the most severe kind of untrusted input the value carries,
// among the kinds in enabled; 0 if none.
func (v Value) Kind(enabled Label) Label {
	for _, k := range InputKinds {
		if v.L&k&enabled != 0 {
			return k
		}
	}
	return 0
}

// depends reports whether the value depends on a parameter.
func (v Value) depends() bool { return v.Params != 0 || len(v.Fields) > 0 }

// pure reports whether the value is proven safe without any dependency.
func (v Value) pure() bool { return !v.Unsafe() && !v.depends() }

func (v Value) join(o Value) Value {
	v.L |= o.L
	v.Params |= o.Params
	v.LocParams |= o.LocParams
	v.Fields = unionFields(v.Fields, o.Fields)
	if o.Built && !v.Built {
		v.Built, v.BuiltAt, v.BuiltBy = true, o.BuiltAt, o.BuiltBy
	}
	if v.Src == nil {
		v.Src = o.Src
	}
	if v.In == nil {
		v.In = o.In
	}
	return v
}

func (v Value) equal(o Value) bool {
	return v.L == o.L && v.Params == o.Params && v.LocParams == o.LocParams && v.Built == o.Built && slices.Equal(v.Fields, o.Fields) &&
		(v.Src == nil) == (o.Src == nil) && (v.In == nil) == (o.In == nil)
}

// unionFields merges two sorted dependency lists into a new one (never
// writing into either's array, which other values share).
func unionFields(a, b []FieldDep) []FieldDep {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]FieldDep, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && lessField(a[i], b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || lessField(b[j], a[i]):
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

func lessField(a, b FieldDep) bool {
	return a.Param < b.Param || a.Param == b.Param && a.Path < b.Path
}

// built marks the value as the result of a building step at pos when some
// part is not proven safe.
func (v Value) built(pos token.Pos, by string) Value {
	if !v.pure() && !v.Built {
		v.Built, v.BuiltAt, v.BuiltBy = true, pos, by
	}
	return v
}

// dropDep removes the dependency on parameter i (path "") or on a field
// path of it, reporting whether the value had it.
func (v *Value) dropDep(i int, path string) bool {
	if path == "" {
		had := v.Params&(1<<i) != 0
		v.Params &^= 1 << i
		v.LocParams &^= 1 << i
		return had
	}
	j := slices.Index(v.Fields, FieldDep{Param: i, Path: path})
	if j < 0 {
		return false
	}
	v.Fields = slices.Delete(slices.Clone(v.Fields), j, j+1)
	return true
}

// shallowFields cuts the value's dependencies on parameters' field paths
// to the first field of each path (".1*" for ".1*.0*.3"): a coarser value,
// whose size no longer grows with the paths it was joined from, that still
// reads what lies below that field at each call.
func (v Value) shallowFields() Value {
	if len(v.Fields) == 0 {
		return v
	}
	cut := make([]FieldDep, 0, len(v.Fields))
	for _, f := range v.Fields {
		f.Path = leadingFields(f.Path, 1)
		cut = append(cut, f)
	}
	slices.SortFunc(cut, func(a, b FieldDep) int {
		return cmp.Or(cmp.Compare(a.Param, b.Param), strings.Compare(a.Path, b.Path))
	})
	v.Fields = slices.Compact(cut)
	return v
}

// leadingFields returns the first n fields of a field path: ".1*.0*" for
// ".1*.0*.3" and n = 2; a path of n fields or fewer is returned whole.
func leadingFields(path string, n int) string {
	for i := 1; i < len(path); i++ {
		if path[i] == '.' {
			if n--; n == 0 {
				return path[:i]
			}
		}
	}
	return path
}

// withoutDeps returns the value's own labels, dropping what it depends on.
func (v Value) withoutDeps() Value {
	v.Params, v.LocParams, v.Fields = 0, 0, nil
	return v
}

// confined returns the value as a location guard or a confining function
// leaves it: not forgeable, and its parameters no longer reach locations
// through it.
func (v Value) confined() Value {
	v.L &^= Forgeable
	v.LocParams = 0
	return v
}

var (
	safe    = Value{L: Safe}
	unknown = Value{L: Unknown}
)

func param(i int) Value {
	if i >= 64 {
		return unknown
	}
	return Value{Params: 1 << i, LocParams: 1 << i}
}

func fieldParam(i int, path string) Value {
	if i >= 64 {
		return unknown
	}
	return Value{Fields: []FieldDep{{Param: i, Path: path}}}
}
