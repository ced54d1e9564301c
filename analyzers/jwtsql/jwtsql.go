package jwtsql

import (
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/flow"
	"github.com/jwtlint/jwtlint/internal/sqlfix"
)

//go:embed doc.go
var docGo string

// Check documents jwtsql.
var Check = checkdoc.New("jwtsql", "data from a token reaches SQL",
	[]string{"CWE-89", "CWE-639"}, checkdoc.Critical, docGo)

// Analyzer reports token data reaching SQL text and unverified claims
// reaching SQL calls.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{flow.Analyzer, config.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

// SinkFlaw is the flaw key of findings about one SQL call: jwtsql and
// sqlstring findings at the same call are one flaw, reported by jwtsql.
func SinkFlaw(sk *flow.Sink) string { return fmt.Sprintf("sql@%d", sk.Pos) }

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		c.Depend(res.Err)
		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
		if !cfg.Untrusted("token") {
			return nil // -untrusted leaves token data out
		}
		fx := sqlfix.New(pass, cfg)
		for _, sk := range res.Sinks {
			judge(c, fx, sk)
		}
		return nil
	})
}

// judge reports token data in the query text (with sqlfix's fix when the
// text is built in the SQL call and the data are values; with what to do
// instead when they are a name, an IN list or a LIMIT), else unverified
// claims in any argument.
func judge(c *finding.Collector, fx *sqlfix.Fixer, sk *flow.Sink) {
	for _, u := range sk.Uses {
		if u.Text && u.Val.L&flow.Token != 0 {
			var o sqlfix.Outcome
			if u.Via == "" {
				o = fx.At(sk.Pos, sk.End)
			}
			src := token.NoPos
			if u.Val.Src != nil {
				src = u.Val.Src.Pos
			}
			var f *finding.Finding
			if o.About(src) {
				f = c.Reportf(sk.Pos, sk.End, "%s reaches the query text of %s as %s, where no bind parameter can go; %s",
					u.Val.Src.Describe(), target(u), o.Where, o.Remedy)
			} else {
				f = c.Reportf(sk.Pos, sk.End, "%s reaches the query text of %s; pass it as a bind parameter instead",
					u.Val.Src.Describe(), target(u))
			}
			if o.Fix != nil {
				f.Fixes = []analysis.SuggestedFix{*o.Fix}
			}
			f.Related = flow.Related(u, true)
			f.Flaw = SinkFlaw(sk)
			return
		}
	}
	for _, u := range sk.Uses {
		// A header value of an unverified token bound into a query looks a
		// key up (kid): the pattern, wherever it is written.
		if u.Val.L&flow.Unverified != 0 && !u.Val.Src.IsHeader() {
			f := c.Reportf(sk.Pos, sk.End, "%s reaches %s, but the token was not verified (%s), so the query acts on forged data; use claims only from a verified token",
				what(u.Val.Src), target(u), origin(u.Val.Src))
			f.Related = flow.Related(u, true)
			f.Flaw = SinkFlaw(sk)
			return
		}
	}
}

func target(u flow.SinkUse) string {
	if u.Via == "" {
		return u.Sink
	}
	return fmt.Sprintf("%s (through %s, which runs it at %s)", u.Sink, u.Via, u.Where)
}

func what(s *flow.Source) string {
	if s == nil {
		return "token data"
	}
	return s.What
}

func origin(s *flow.Source) string {
	if s == nil || s.Origin == "" {
		return "unknown parse"
	}
	return s.Origin
}
