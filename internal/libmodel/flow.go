package libmodel

import (
	"go/types"
)

// FlowKind says how a library call moves data from its arguments to its
// result or to memory it writes.
type FlowKind int

const (
	// Propagate: the result carries the data of Args unchanged (ToLower,
	// TrimSpace, Repeat, sqlx.Rebind...).
	Propagate FlowKind = iota + 1
	// Build: the result is a string built from Args (fmt.Sprintf,
	// strings.Join, strings.Replace); sqlstring cares about such steps.
	Build
	// Sanitize: the result is safe to paste into SQL text (numbers,
	// quoted identifiers and literals, UUIDs).
	Sanitize
	// Write: the data of Args is written into the buffer Target points to
	// (strings.Builder.WriteString, fmt.Fprintf, template.Execute).
	Write
	// Read: the result is the content of the buffer Target points to
	// (strings.Builder.String, bytes.Buffer.String).
	Read
	// Confine: the result carries the data of Args, confined to one path
	// element or escaped so that it cannot leave one (filepath.Base,
	// url.PathEscape): it can no longer choose the host a URL names or
	// the directory a path opens, though it is still text for SQL.
	Confine
)

// Receiver is the Args/Target index denoting a method's receiver.
const ReceiverArg = -1

// FlowRule models one library function for the value-flow engine.
type FlowRule struct {
	Kind   FlowKind
	Args   []int // parameter indices (ReceiverArg for the receiver)
	Target int   // for Write and Read
	// Rest: Args[len(Args)-1] and every following argument are included.
	Rest bool
}

var flowRules = map[string]FlowRule{}

func rule(key string, r FlowRule) { flowRules[key] = r }

func init() {
	for _, f := range []string{"Sprintf", "Sprint", "Sprintln"} {
		rule(funcName("fmt", f), FlowRule{Kind: Build, Args: []int{0}, Rest: true})
	}
	for _, f := range []string{"Fprintf", "Fprint", "Fprintln"} {
		rule(funcName("fmt", f), FlowRule{Kind: Write, Target: 0, Args: []int{1}, Rest: true})
	}
	rule(funcName("strings", "Join"), FlowRule{Kind: Build, Args: []int{0, 1}})
	rule(funcName("strings", "Replace"), FlowRule{Kind: Build, Args: []int{0, 2}})
	rule(funcName("strings", "ReplaceAll"), FlowRule{Kind: Build, Args: []int{0, 2}})
	rule(funcName("strings", "Concat"), FlowRule{Kind: Build, Args: []int{0}, Rest: true})
	for _, f := range []string{"ToLower", "ToUpper", "ToTitle", "Title", "TrimSpace", "Trim", "TrimLeft",
		"TrimRight", "TrimPrefix", "TrimSuffix", "Clone", "Repeat", "Split", "SplitN", "Fields", "ToValidUTF8"} {
		rule(funcName("strings", f), FlowRule{Kind: Propagate, Args: []int{0}})
	}
	for _, f := range []string{"ToLower", "ToUpper", "TrimSpace", "Trim", "TrimPrefix", "TrimSuffix", "Repeat", "Join"} {
		rule(funcName("bytes", f), FlowRule{Kind: Propagate, Args: []int{0}})
	}
	for _, f := range []string{"Quote", "QuoteToASCII", "Unquote"} {
		rule(funcName("strconv", f), FlowRule{Kind: Propagate, Args: []int{0}})
	}
	for _, f := range []string{"Itoa", "FormatInt", "FormatUint", "FormatFloat", "FormatBool", "FormatComplex",
		"AppendInt", "AppendUint", "AppendFloat", "AppendBool"} {
		rule(funcName("strconv", f), FlowRule{Kind: Sanitize})
	}
	for _, f := range []string{"QueryUnescape", "PathUnescape"} {
		rule(funcName("net/url", f), FlowRule{Kind: Propagate, Args: []int{0}})
	}
	for _, f := range []string{"QueryEscape", "PathEscape"} {
		rule(funcName("net/url", f), FlowRule{Kind: Confine, Args: []int{0}})
	}
	rule(funcName("path/filepath", "Base"), FlowRule{Kind: Confine, Args: []int{0}})
	rule(funcName("path", "Base"), FlowRule{Kind: Confine, Args: []int{0}})

	// Buffers.
	for _, recv := range []struct{ pkg, typ string }{{"strings", "*Builder"}, {"bytes", "*Buffer"}} {
		for _, m := range []string{"WriteString", "Write", "WriteByte", "WriteRune"} {
			rule(methodName(recv.pkg, recv.typ, m), FlowRule{Kind: Write, Target: ReceiverArg, Args: []int{0}})
		}
		rule(methodName(recv.pkg, recv.typ, "String"), FlowRule{Kind: Read, Target: ReceiverArg})
	}
	rule(methodName("bytes", "*Buffer", "Bytes"), FlowRule{Kind: Read, Target: ReceiverArg})
	rule(funcName("io", "WriteString"), FlowRule{Kind: Write, Target: 0, Args: []int{1}})
	for _, pkg := range []string{"text/template", "html/template"} {
		rule(methodName(pkg, "*Template", "Execute"), FlowRule{Kind: Write, Target: 0, Args: []int{1}})
		rule(methodName(pkg, "*Template", "ExecuteTemplate"), FlowRule{Kind: Write, Target: 0, Args: []int{1, 2}})
	}

	// Query builders carry their inputs' provenance.
	const sqlx = "github.com/jmoiron/sqlx"
	rule(funcName(sqlx, "In"), FlowRule{Kind: Propagate, Args: []int{0}})
	rule(funcName(sqlx, "Named"), FlowRule{Kind: Propagate, Args: []int{0}})
	rule(funcName(sqlx, "Rebind"), FlowRule{Kind: Propagate, Args: []int{1}})
	rule(funcName(sqlx, "BindNamed"), FlowRule{Kind: Propagate, Args: []int{1}})
	for _, recv := range []string{"*DB", "*Tx", "*Conn"} {
		rule(methodName(sqlx, recv, "Rebind"), FlowRule{Kind: Propagate, Args: []int{0}})
		rule(methodName(sqlx, recv, "BindNamed"), FlowRule{Kind: Propagate, Args: []int{0}})
	}
	// squirrel's ToSql: unsafe text given to the builder is reported where
	// it enters the builder (Where, Suffix, Expr...), so the SQL it renders is
	// not reported again at the database call.
	for _, b := range []string{"SelectBuilder", "UpdateBuilder", "DeleteBuilder", "InsertBuilder"} {
		rule(methodName("github.com/Masterminds/squirrel", b, "ToSql"), FlowRule{Kind: Sanitize})
	}

	// Quoting and parsing sanitizers.
	rule(funcName("github.com/lib/pq", "QuoteIdentifier"), FlowRule{Kind: Sanitize})
	rule(funcName("github.com/lib/pq", "QuoteLiteral"), FlowRule{Kind: Sanitize})
	rule(methodName("github.com/jackc/pgx/v5", "Identifier", "Sanitize"), FlowRule{Kind: Sanitize})
	rule(methodName("github.com/jackc/pgx/v4", "Identifier", "Sanitize"), FlowRule{Kind: Sanitize})
	rule(methodName("github.com/google/uuid", "UUID", "String"), FlowRule{Kind: Sanitize})
	rule(methodName("time", "Time", "Format"), FlowRule{Kind: Sanitize})
	rule(methodName("time", "Duration", "String"), FlowRule{Kind: Sanitize})
	// Reflection on types: a table name derived from a model's Go type is
	// not data.
	rule(funcName("reflect", "TypeOf"), FlowRule{Kind: Sanitize})
	rule(methodName("reflect", "Value", "Type"), FlowRule{Kind: Sanitize})
}

// FlowRuleOf returns the flow model of a library function.
func FlowRuleOf(fn *types.Func) (FlowRule, bool) {
	r, ok := flowRules[FuncKey(fn)]
	return r, ok
}

// SafeType reports whether values of type t cannot carry SQL syntax:
// numbers, booleans, UUIDs, times.
func SafeType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsNumeric|types.IsBoolean) != 0
	}
	pkg, name, ok := TypeOrigin(t)
	if !ok {
		return false
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return false
	}
	switch pkg + "." + name {
	case "github.com/google/uuid.UUID", "time.Time", "time.Duration":
		return true
	}
	return false
}

// MayWriteArgs reports whether a call of fn (nil: a function value of
// unknown origin) may write into what its pointer arguments point to. The
// standard functions that do (decoders, scanners, readers) are input rules
// (trust.go), applied before this question is asked; other standard
// functions only read their arguments (strings, slices, sort, fmt's
// printers...), so passing a value to them leaves it as it was.
func MayWriteArgs(fn *types.Func) bool {
	return fn == nil || fn.Pkg() == nil || !IsStd(fn)
}

// IsStd reports whether fn belongs to the standard library.
func IsStd(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	return IsStdPath(fn.Pkg().Path())
}
