package jwtalg

import (
	_ "embed"
	"fmt"
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
			// Decodes verify nothing, wrappers are judged inside, and a
			// decode step is judged with the verification of its object.
			if !s.Decode && !s.API.Wrapper && !s.API.Step {
				judge(pass, c, s)
			}
		}
		return nil
	})
}

func judge(pass *analysis.Pass, c *finding.Collector, s *jwtparse.Site) {
	o, kf := s.Options, s.Keyfunc
	pos, end := s.AlgPos()
	call := s.API.Display
	if s.Step != nil {
		call = s.Step.API.Display
	}
	if o.HasMethods {
		if slices.Contains(o.Methods, "none") {
			c.Reportf(pos, end, "the allow-list of %s admits \"none\", so unsigned tokens are accepted; remove \"none\" from the valid methods", call)
		}
		if sym, asym := families(o.Methods); sym != "" && asym != "" {
			c.Reportf(pos, end, "the allow-list of %s mixes %s and %s: a token MACed with the public key as HMAC secret can pass; allow one algorithm family", call, sym, asym)
		}
	}
	if slices.Contains(o.PinnedAlgs, "none") {
		c.Reportf(pos, end, "%s accepts unsigned tokens (algorithm \"none\"); verify with a real algorithm and key", call)
	}
	if kf != nil && kf.AdmitsNone {
		c.Reportf(pos, end, "the key function %sof %s returns jwt.UnsafeAllowNoneSignatureType, so unsigned (alg \"none\") tokens are accepted; return a real key", nameOf(kf), call)
	}
	if o.Unknown || o.KeyByCode || o.CustomParse {
		return // the algorithm is decided by code jwtlint cannot see
	}
	if o.AlgFromToken && o.Keys&libmodel.KeySet != 0 {
		c.Reportf(pos, end, "%s takes the algorithm from the token for keys of the set that carry none (algorithm inference), so an HMAC key in the set can verify a token MACed with it; use keys that carry their algorithm, or %s",
			call, s.API.Lib.PinRemedy(suggested(s), false, false))
		return
	}
	if pinned(s) || kf == nil && o.Keys == 0 {
		return
	}
	alg := suggested(s)
	shown := alg
	if shown == "" {
		shown = "RS256"
	}
	why := "(no list of accepted algorithms is given, and the header's algorithm is not checked)"
	if kf != nil {
		why = fmt.Sprintf("(its key function %sdoes not check token.Method)", nameOf(kf))
	}
	fix := s.API.Lib.PinRemedy(shown, s.API.OptionsArg >= 0 || s.API.OnParser, s.API.RequestOptions)
	f := c.Reportf(pos, end, "%s accepts any algorithm the token names %s; %s", call, why, fix)
	if alg != "" {
		f.Fixes = suggestedFix(pass, s, alg)
	}
}

// pinned reports whether the algorithms the site accepts are fixed by the
// code: an allow-list, algorithms bound to the keys, a library that pins
// them, a key function (or a test of the header) rejecting others, or a
// middleware's default key function pinning its configured method.
func pinned(s *jwtparse.Site) bool { return s.AlgorithmsFixedBy() != jwtparse.AlgFromHeader }

// suggested is the algorithm a fix pins: the family of the keys.
func suggested(s *jwtparse.Site) string { return s.KeyKinds().SuggestedAlg() }

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
