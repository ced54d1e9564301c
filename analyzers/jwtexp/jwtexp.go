package jwtexp

import (
	_ "embed"
	"fmt"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtsign"
)

//go:embed doc.go
var docGo string

// Check documents jwtexp.
var Check = checkdoc.New("jwtexp", "tokens issued without a bounded lifetime",
	[]string{"CWE-613"}, checkdoc.Medium, docGo)

// Analyzer reports signed tokens without an expiry, or with a constant
// lifetime above -max-lifetime.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{config.Analyzer, jwtsign.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
		res := pass.ResultOf[jwtsign.Analyzer].(*jwtsign.Result)
		c.Depend(res.Err)
		for _, s := range res.Signs {
			judge(c, s, cfg.MaxLifetime)
		}
		return nil
	})
}

func judge(c *finding.Collector, s *jwtsign.Sign, maxLife time.Duration) {
	long := s.LifeKnown && s.Life > maxLife
	if !s.Missing && !long {
		return
	}
	from := ""
	if s.Origin != "" {
		from = " (claims built by " + s.Origin + ")"
	}
	var problems []string
	switch {
	case s.Missing && s.All:
		problems = append(problems, `its claims set no "exp"`)
	case s.Missing:
		problems = append(problems, `on some path its claims set no "exp"`)
	}
	if long {
		problems = append(problems, fmt.Sprintf("it is valid for %s after issue, longer than -max-lifetime %s", duration(s.Life), duration(maxLife)))
	}
	what, fix := "never expires", `set "exp" on every path to a short lifetime, such as 15 minutes from now`
	switch {
	case s.Missing && long:
		what = "never expires or lives too long"
	case long:
		what, fix = "lives too long", "shorten the lifetime, and use refresh tokens for long sessions"
	}
	f := c.Reportf(s.Pos, s.End, "the token signed by %s %s: %s%s; %s", s.API, what, strings.Join(problems, ", and "), from, fix)
	if long && s.LifePos.IsValid() && (s.LifePos < s.Pos || s.LifePos > s.End) {
		f.Related = append(f.Related, analysis.RelatedInformation{Pos: s.LifePos, Message: "expiry computed here: " + duration(s.Life) + " after issue"})
	}
}

// duration prints whole hours as hours (and days), other durations as Go does.
func duration(d time.Duration) string {
	if d%time.Hour != 0 || d == 0 {
		return d.String()
	}
	h := int64(d / time.Hour)
	if h >= 48 && h%24 == 0 {
		return fmt.Sprintf("%dh (%d days)", h, h/24)
	}
	return fmt.Sprintf("%dh", h)
}
