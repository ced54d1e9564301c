package jwtalg

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/libmodel"
)

//go:embed doc.go
var docGo string

// Check documents jwtalg.
var Check = checkdoc.New("jwtalg", "the accepted signature algorithms are not pinned",
	[]string{"CWE-347", "CWE-327"}, checkdoc.High, docGo)

// Analyzer reports parses whose accepted algorithms the token chooses.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{jwtparse.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		res := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
		c.Depend(res.Err)
		for _, s := range res.Sites {
			if !s.API.Unverified && !s.API.Wrapper {
				judge(pass, c, s)
			}
		}
		return nil
	})
}

func judge(pass *analysis.Pass, c *finding.Collector, s *jwtparse.Site) {
	o, kf := s.Options, s.Keyfunc
	call := s.API.Display
	if o.HasMethods {
		if slices.Contains(o.Methods, "none") {
			c.Reportf(s.Pos(), s.End(), "the allow-list of %s admits \"none\", so unsigned tokens are accepted; remove \"none\" from the valid methods", call)
		}
		if sym, asym := families(o.Methods); sym != "" && asym != "" {
			c.Reportf(s.Pos(), s.End(), "the allow-list of %s mixes %s and %s: a token MACed with the public key as HMAC secret can pass; allow one algorithm family", call, sym, asym)
		}
	}
	if kf != nil && kf.AdmitsNone {
		c.Reportf(s.Pos(), s.End(), "the key function %sof %s returns jwt.UnsafeAllowNoneSignatureType, so unsigned (alg \"none\") tokens are accepted; return a real key", nameOf(kf), call)
	}
	if o.HasMethods || o.Unknown || kf == nil || kf.ChecksMethod {
		return
	}
	alg := kf.Kinds.SuggestedAlg()
	shown := alg
	if shown == "" {
		shown = "RS256"
	}
	fix := s.API.Lib.PinRemedy(shown, s.API.OptionsArg >= 0 || s.API.OnParser, s.API.RequestOptions)
	f := c.Reportf(s.Pos(), s.End(), "%s accepts any algorithm the token names (its key function %sdoes not check token.Method); %s", call, nameOf(kf), fix)
	if alg != "" {
		f.Fixes = suggestedFix(pass, s, alg)
	}
}

func nameOf(kf *jwtparse.KeyfuncSummary) string {
	if kf.Name == "" || strings.Contains(kf.Name, "$") { // anonymous
		return ""
	}
	return kf.Name + " "
}

// families returns an example symmetric and asymmetric algorithm of the list.
func families(methods []string) (sym, asym string) {
	for _, m := range methods {
		switch f := libmodel.AlgFamily(m); {
		case f == "" || f == libmodel.FamilyNone:
		case libmodel.Symmetric(f):
			if sym == "" {
				sym = m
			}
		default:
			if asym == "" {
				asym = m
			}
		}
	}
	return sym, asym
}
