package flow

import (
	"go/token"
	"strings"
)

// Label is a provenance class.
type Label uint8

const (
	// Safe: constants, numbers, booleans, values chosen from constant sets,
	// quoted identifiers: cannot carry SQL syntax.
	Safe Label = 1 << iota
	// Unknown: not proven safe (request data, results of unknown calls...).
	Unknown
	// Token: claims, header values or the raw string of a JWT.
	Token
	// Unverified: data of a token whose signature was not verified.
	Unverified
)

// unsafeLabels are the labels that make pasting a value into SQL text a risk.
const unsafeLabels = Unknown | Token | Unverified

// Source describes where token data comes from, for messages.
type Source struct {
	// What: `claim "sub"`, `header "kid"`, `the raw token`, `claims`.
	What string
	// Origin: "jwt.Parse at auth.go:42", "auth.Claims".
	Origin string
	// Pos is where the data is read (claim lookup, field read), when it is
	// in the current package; OriginPos the parse call.
	Pos, OriginPos token.Pos
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

// Value is the abstract value of an SSA value.
type Value struct {
	L Label
	// Params: the value depends on these parameters of its function
	// (bit i = parameter i; parameters past 63 are not tracked).
	Params uint64
	// Built: a string-building step combined parts not proven safe.
	Built bool
	// BuiltAt is the first such step in this package, BuiltBy its kind
	// ("fmt.Sprintf", "+", "strings.Builder"...).
	BuiltAt token.Pos
	BuiltBy string
	// Src is the first token source the value carries.
	Src *Source
}

// Unsafe reports whether the value carries anything not proven safe.
func (v Value) Unsafe() bool { return v.L&unsafeLabels != 0 }

// pure reports whether the value is proven safe without any dependency.
func (v Value) pure() bool { return !v.Unsafe() && v.Params == 0 }

func (v Value) join(o Value) Value {
	v.L |= o.L
	v.Params |= o.Params
	if o.Built && !v.Built {
		v.Built, v.BuiltAt, v.BuiltBy = true, o.BuiltAt, o.BuiltBy
	}
	if v.Src == nil {
		v.Src = o.Src
	}
	return v
}

func (v Value) equal(o Value) bool {
	return v.L == o.L && v.Params == o.Params && v.Built == o.Built && (v.Src == nil) == (o.Src == nil)
}

// built marks the value as the result of a building step at pos when some
// part is not proven safe.
func (v Value) built(pos token.Pos, by string) Value {
	if !v.pure() && !v.Built {
		v.Built, v.BuiltAt, v.BuiltBy = true, pos, by
	}
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
	return Value{Params: 1 << i}
}
