package jwtkey

import (
	_ "embed"
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtsign"
)

//go:embed doc.go
var docGo string

// Check documents jwtkey.
var Check = checkdoc.New("jwtkey", "weak or hardcoded signing keys",
	[]string{"CWE-798", "CWE-321", "CWE-521"}, checkdoc.High, docGo)

// Analyzer reports hardcoded, fallback and short HMAC keys, and tokens
// signed with alg "none".
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{config.Analyzer, jwtsign.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

const remedy = "load a random secret of at least 32 bytes from a secret store or the environment, and fail when it is missing"

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
		res := pass.ResultOf[jwtsign.Analyzer].(*jwtsign.Result)
		c.Depend(res.Err)
		for _, n := range res.Nones {
			c.Reportf(n.Pos, n.End, "%s signs the token with alg \"none\" (%s): it carries no signature, so anyone can forge it; sign with a key", n.API, n.How)
		}
		for _, g := range groups(pass, res.Keys, cfg.IncludeTests) {
			report(pass, c, g)
		}
		return nil
	})
}

// groups gathers the uses of each key origin: a literal used by several
// calls is one finding, at the literal. Uses in _test.go files do not
// count unless -include-tests: a literal in a non-test file that only
// tests sign with is a fixture.
func groups(pass *analysis.Pass, keys []*jwtsign.Key, includeTests bool) [][]*jwtsign.Key {
	byPos := map[token.Pos][]*jwtsign.Key{}
	var order []token.Pos
	for _, k := range keys {
		if !includeTests && inTestFile(pass, k.Use) {
			continue
		}
		at := k.Pos
		if !at.IsValid() {
			at = k.Use
		}
		if _, ok := byPos[at]; !ok {
			order = append(order, at)
		}
		byPos[at] = append(byPos[at], k)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	var out [][]*jwtsign.Key
	for _, p := range order {
		out = append(out, byPos[p])
	}
	return out
}

func bytes(n int) string {
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

func inTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}

func report(pass *analysis.Pass, c *finding.Collector, g []*jwtsign.Key) {
	k := g[0]
	pos, end := k.Pos, k.End
	local := pos.IsValid()
	if !local {
		pos, end = k.Use, k.UseEnd
	}
	var f *finding.Finding
	switch k.Kind {
	case jwtsign.KeyLiteral:
		what := "a hardcoded literal"
		if !local {
			what = fmt.Sprintf("the hardcoded literal %s (%s)", k.Name, k.Where)
		}
		size := ""
		if k.Len >= 0 && k.Len < jwtsign.MinKeyBytes {
			size = " of " + bytes(k.Len)
		}
		if k.Fallback {
			f = c.Reportf(pos, end, "%s falls back to %s%s when the configured value is missing: anyone who reads the source can forge tokens; fail at start-up instead of signing with a known secret", k.Subject, what, size)
		} else {
			f = c.Reportf(pos, end, "%s is %s%s: anyone who reads the source can forge tokens; %s", k.Subject, what, size, remedy)
		}
	case jwtsign.KeyShortRandom:
		where := ""
		if !local && k.Name != "" {
			where = fmt.Sprintf(" (%s, %s)", k.Name, k.Where)
		}
		f = c.Reportf(pos, end, "%s is %s of random data%s, fewer than %d: an HMAC key shorter than the hash output is weaker than the algorithm (RFC 7518 section 3.2); generate at least %d bytes",
			k.Subject, bytes(k.Len), where, jwtsign.MinKeyBytes, jwtsign.MinKeyBytes)
	default:
		return
	}
	if !local && k.DeclPos.IsValid() {
		f.Related = append(f.Related, analysis.RelatedInformation{Pos: k.DeclPos, Message: "declared here"})
	}
	if local {
		for i, u := range g {
			if i == 3 {
				break
			}
			f.Related = append(f.Related, analysis.RelatedInformation{Pos: u.Use, End: u.UseEnd, Message: "used here as " + strings.TrimPrefix(u.Subject, "the ")})
		}
	}
}
