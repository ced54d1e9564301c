package sqlstring

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/flow"
)

//go:embed doc.go
var docGo string

// Check documents sqlstring.
var Check = checkdoc.New("sqlstring", "SQL text built from non-constant strings",
	[]string{"CWE-89"}, checkdoc.High, docGo)

// Analyzer reports SQL text built from values not proven safe.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{flow.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		c.Depend(res.Err)
		for _, sk := range res.Sinks {
			for _, u := range sk.Uses {
				if !u.Text || u.Val.L&flow.Unknown == 0 || !(u.Val.Built || u.BuiltInside) {
					continue
				}
				how := u.Val.BuiltBy
				if u.BuiltInside {
					how = u.BuiltBy
				}
				f := c.Reportf(sk.Pos, sk.End, "the query text of %s is built%s from a value not proven safe; use bind parameters (or choose identifiers from a constant set)",
					target(u), by(how))
				f.Related = flow.Related(u)
				f.Flaw = jwtsql.SinkFlaw(sk)
				break
			}
		}
		return nil
	})
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
