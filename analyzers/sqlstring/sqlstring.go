package sqlstring

import (
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/flow"
	"github.com/jwtlint/jwtlint/internal/sqlfix"
)

//go:embed doc.go
var docGo string

// Check documents sqlstring.
var Check = checkdoc.New("sqlstring", "SQL text built from non-constant strings",
	[]string{"CWE-89"}, checkdoc.High, docGo)

// Analyzer reports SQL text built from values not proven safe, and SQL
// text that is request data as it came.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{flow.Analyzer, config.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		c.Depend(res.Err)
		var enabled flow.Label
		for _, k := range flow.InputKinds {
			if cfg.Untrusted(flow.KindName(k)) {
				enabled |= k
			}
		}
		fx := sqlfix.New(pass, cfg)
		for _, sk := range res.Sinks {
			for _, u := range sk.Uses {
				if judge(c, fx, sk, u, enabled) {
					break
				}
			}
		}
		return nil
	})
}

// judge reports one argument of an SQL call: query text built from input
// not proven safe, or request data used as the query text unchanged.
// Unbuilt text from a parameter is the caller's to judge (the call is a
// wrapper), and unbuilt text from configuration or program input (a
// migration tool running a file) is how such programs work.
//
// Text built in the SQL call itself (not in a wrapper) gets the fix of
// sqlfix when its unsafe parts are values; when the input is pasted as a
// name, an IN list or a LIMIT, the message says so and what to do instead
// of bind parameters.
func judge(c *finding.Collector, fx *sqlfix.Fixer, sk *flow.Sink, u flow.SinkUse, enabled flow.Label) bool {
	if !u.Text {
		return false
	}
	built := u.Val.Built || u.BuiltInside
	kind := u.Val.Kind(enabled)
	if !built {
		if u.Val.L&flow.Remote == 0 || enabled&flow.Remote == 0 {
			return false
		}
		kind = flow.Remote
	}
	if kind == 0 {
		return false
	}
	var f *finding.Finding
	if built {
		how := u.Val.BuiltBy
		if u.BuiltInside {
			how = u.BuiltBy
		}
		var o sqlfix.Outcome
		if u.Via == "" {
			o = fx.At(sk.Pos, sk.End)
		}
		if o.About(inputPos(u.Val)) {
			f = c.Reportf(sk.Pos, sk.End, "the query text of %s is built%s from %s, pasted as %s, where no bind parameter can go; %s",
				target(u), by(how), from(u.Val, kind), o.Where, o.Remedy)
		} else {
			f = c.Reportf(sk.Pos, sk.End, "the query text of %s is built%s from %s; use bind parameters (or choose identifiers from a constant set)",
				target(u), by(how), from(u.Val, kind))
		}
		if o.Fix != nil {
			f.Fixes = []analysis.SuggestedFix{*o.Fix}
		}
	} else {
		f = c.Reportf(sk.Pos, sk.End, "%s is the query text of %s as it came; run constant query text with bind parameters",
			from(u.Val, kind), target(u))
	}
	f.Related = flow.Related(u, false)
	f.Flaw = jwtsql.SinkFlaw(sk)
	return true
}

// from names the input: its kind, and what read it when known.
func from(v flow.Value, kind flow.Label) string {
	s := flow.InputPhrase(kind)
	if v.In != nil && v.In.Kind == kind && v.In.What != "" {
		s += " (" + v.In.What + ")"
	}
	return s
}

// inputPos is where the input was read, when known.
func inputPos(v flow.Value) token.Pos {
	if v.In != nil {
		return v.In.Pos
	}
	return token.NoPos
}

func by(how string) string {
	if how == "" {
		return ""
	}
	return " with " + how
}

func target(u flow.SinkUse) string {
	if u.Via == "" {
		return u.Sink
	}
	return fmt.Sprintf("%s (run by %s at %s)", u.Via, u.Sink, u.Where)
}
