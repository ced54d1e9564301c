// Package finding is the currency between jwtlint's checks and its bundle:
// each check's analyzer returns a *Result of Findings instead of reporting,
// and the bundle (analyzers/jwtlint) filters, de-duplicates and reports them.
//
// It also keeps failures apart: a panic in a recogniser (SSA, the parse
// recogniser, the flow engine) or in a check becomes an *InternalError in
// the results of what depends on it, and every other check still reports
// (see Run, Recover and Collector.Depend).
package finding

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Finding is one diagnostic of one check.
type Finding struct {
	Check   string // check name; also the diagnostic Category
	Pos     token.Pos
	End     token.Pos
	Message string // without the "check: " prefix; Diagnostic() adds it
	Related []analysis.RelatedInformation
	Fixes   []analysis.SuggestedFix

	// Flaw identifies the underlying defect for the one-finding-per-flaw rule:
	// findings of different checks with equal non-empty Flaw keys are the
	// same flaw, and the bundle keeps the one of the higher-priority check.
	Flaw string
}

// Diagnostic renders the finding as an analysis.Diagnostic.
func (f Finding) Diagnostic() analysis.Diagnostic {
	return analysis.Diagnostic{
		Pos:            f.Pos,
		End:            f.End,
		Category:       f.Check,
		Message:        f.Check + ": " + f.Message,
		Related:        f.Related,
		SuggestedFixes: f.Fixes,
	}
}

// Result is the Result type of every check analyzer.
type Result struct {
	Findings []Finding
	// Err holds internal errors of the check, or of the recognisers it
	// depends on, on this package: its findings for the package may be
	// incomplete. Findings computed before or without the failure are kept.
	Err error
}

// ResultType is the reflect.Type every check declares as ResultType.
var ResultType = reflect.TypeFor[*Result]()

// Collector accumulates the findings of one check on one package.
type Collector struct {
	Check string
	res   Result
}

// Reportf adds a finding at [pos, end).
func (c *Collector) Reportf(pos, end token.Pos, format string, args ...any) *Finding {
	c.res.Findings = append(c.res.Findings, Finding{Check: c.Check, Pos: pos, End: end, Message: fmt.Sprintf(format, args...)})
	return &c.res.Findings[len(c.res.Findings)-1]
}

// Depend records the failure of a recogniser the check depends on (the
// Err of its result; nil is ignored). The check goes on with what the
// recogniser could compute.
func (c *Collector) Depend(err error) { c.fail(err) }

func (c *Collector) fail(err error) {
	if err != nil && !slices.ContainsFunc(flatten(c.res.Err), func(e error) bool { return e == err }) {
		c.res.Err = errors.Join(append(flatten(c.res.Err), err)...)
	}
}

// Run wraps a check's body: findings go to the collector; an error of the
// body or a panic becomes Result.Err for this package instead of failing
// the analysis (which would make the bundle, and with it every other
// check, skip the package).
func Run(check string, pass *analysis.Pass, body func(*Collector) error) (any, error) {
	c := &Collector{Check: check}
	var panicErr error
	func() {
		defer Recover(check, pass, &panicErr)
		Inject(check)
		c.fail(body(c))
	}()
	c.fail(panicErr)
	return &c.res, nil
}

// Recover, deferred, turns a panic into an *InternalError of the named
// component (a check or recogniser) on the pass's package, stored in *errp.
func Recover(component string, pass *analysis.Pass, errp *error) {
	if r := recover(); r != nil {
		pkg := "?"
		if pass != nil && pass.Pkg != nil {
			pkg = pass.Pkg.Path()
		}
		*errp = &InternalError{Check: component, Pkg: pkg, Value: r, Stack: string(debug.Stack())}
	}
}

// InjectEnv names the environment variable that makes the listed
// components (comma-separated: ssa, jwtparse, flow, jwtalg, ...) panic on
// every package: the way tests prove that one failure hides nothing else.
const InjectEnv = "JWTLINT_INJECT_PANIC"

// Inject panics if the environment asks for a failure of component.
func Inject(component string) {
	if v := os.Getenv(InjectEnv); v != "" && slices.Contains(strings.Split(v, ","), component) {
		panic("injected failure of " + component + " (" + InjectEnv + ")")
	}
}

// InternalError is a recovered panic inside a check or recogniser: always
// a jwtlint bug.
type InternalError struct {
	Check, Pkg string // the component that failed, and the package
	Value      any
	Stack      string
}

// Error is one line: the component, the package, the panic, and the
// innermost frame of jwtlint's own code.
func (e *InternalError) Error() string {
	msg := fmt.Sprintf("internal error in %s on package %s: %v", e.Check, e.Pkg, e.Value)
	if frames := ownFrames(e.Stack, 1); len(frames) > 0 {
		msg += " at " + frames[0]
	}
	return msg + " (please report it)"
}

// Frames returns jwtlint's own frames of the stack, innermost first.
func (e *InternalError) Frames() []string { return ownFrames(e.Stack, 8) }

// InternalCategory is the diagnostic Category of an internal error that the
// bundle reports: drivers print it as an error (exit status 1), not as a
// finding.
const InternalCategory = "jwtlint-internal-error"

// Errors lists the distinct errors held in err (joined or single).
func Errors(err error) []error { return flatten(err) }

func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// ownFrames picks from a goroutine stack the frames of jwtlint's own code
// below the recovery, as "function (file:line)": enough to file a bug.
func ownFrames(stack string, max int) []string {
	lines := strings.Split(stack, "\n")
	var frames []string
	for i := 0; i+1 < len(lines) && len(frames) < max; i++ {
		fn := lines[i]
		if !strings.Contains(fn, "jwtlint/") || strings.HasPrefix(fn, "\t") ||
			strings.Contains(fn, "internal/finding.") || strings.Contains(fn, "runtime/debug") {
			continue
		}
		loc := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(loc, " +0x"); j > 0 {
			loc = loc[:j]
		}
		// The file's package directory and name are enough to find it.
		loc = filepath.Join(filepath.Base(filepath.Dir(loc)), filepath.Base(loc))
		if k := strings.LastIndex(fn, "("); k > 0 {
			fn = fn[:k]
		}
		if j := strings.LastIndex(fn, "/"); j >= 0 {
			fn = fn[j+1:]
		}
		frames = append(frames, fn+" ("+loc+")")
	}
	return frames
}

// InputKind returns the kind of untrusted input a data-flow finding is
// about, read from its message (drivers that see only the message, go
// vet's JSON, need it): "remote", "program", "stored", "unknown" for
// sqlstring, "token" for jwtsql and jwtheader, "" for other checks.
func InputKind(check, message string) string {
	switch check {
	case "jwtsql", "jwtheader":
		return "token"
	case "sqlstring":
		for _, k := range []string{"remote", "stored", "program"} {
			if strings.Contains(message, k+" input") {
				return k
			}
		}
		return "unknown"
	}
	return ""
}

// Level is the SARIF level of a finding: "warning" for input the program's
// operator or its own database supplies (program, stored) and values of
// no known kind, "error" otherwise.
func Level(check, message string) string {
	switch InputKind(check, message) {
	case "program", "stored", "unknown":
		return "warning"
	}
	return "error"
}
