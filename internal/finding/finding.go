// Package finding is the currency between jwtlint's checks and its bundle:
// each check's analyzer returns a *Result of Findings instead of reporting,
// and the bundle (analyzers/jwtlint) filters, de-duplicates and reports them.
package finding

import (
	"fmt"
	"go/token"
	"reflect"
	"runtime/debug"
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
	// Err is an internal error of the check on this package (a recovered
	// panic): the check's findings for the package are incomplete.
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

// Add appends a prepared finding, stamping the check name.
func (c *Collector) Add(f Finding) {
	f.Check = c.Check
	c.res.Findings = append(c.res.Findings, f)
}

// Run wraps a check's body: findings go to the collector, and a panic
// becomes Result.Err for this package instead of crashing the driver.
func Run(check string, pass *analysis.Pass, body func(*Collector) error) (res any, err error) {
	c := &Collector{Check: check}
	defer func() {
		if r := recover(); r != nil {
			c.res.Err = &InternalError{Check: check, Pkg: pass.Pkg.Path(), Value: r, Stack: string(debug.Stack())}
			res, err = &c.res, nil
		}
	}()
	if err := body(c); err != nil {
		return nil, err
	}
	return &c.res, nil
}

// InternalError is a recovered panic inside a check: always a jwtlint bug.
type InternalError struct {
	Check, Pkg string
	Value      any
	Stack      string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error in check %s on package %s (please report it): %v\n\t%s",
		e.Check, e.Pkg, e.Value, strings.Join(ownFrames(e.Stack, 6), "\n\t"))
}

// ownFrames picks from a goroutine stack the frames of jwtlint's own code
// below the recovery, as "function (file:line)": enough to file a bug.
func ownFrames(stack string, max int) []string {
	lines := strings.Split(stack, "\n")
	var frames []string
	for i := 0; i+1 < len(lines) && len(frames) < max; i++ {
		fn := lines[i]
		if !strings.Contains(fn, "jwtlint/") || strings.HasPrefix(fn, "\t") ||
			strings.Contains(fn, "internal/finding.Run") || strings.Contains(fn, "runtime/debug") {
			continue
		}
		loc := strings.TrimSpace(lines[i+1])
		if j := strings.LastIndex(loc, " +0x"); j > 0 {
			loc = loc[:j]
		}
		if k := strings.LastIndex(fn, "("); k > 0 {
			fn = fn[:k]
		}
		frames = append(frames, fn+" ("+loc+")")
	}
	return frames
}
