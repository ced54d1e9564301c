package jwtclaims

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/analyzers/jwtverify"
	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/libmodel"
)

//go:embed doc.go
var docGo string

// Check documents jwtclaims.
var Check = checkdoc.New("jwtclaims", "registered claims are not validated",
	[]string{"CWE-287", "CWE-613"}, checkdoc.High, docGo)

// Analyzer reports tokens accepted without the required claim checks.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{jwtparse.Analyzer, config.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		cfg := pass.ResultOf[config.Analyzer].(*config.Config)
		unmaintainedImports(pass, c)
		res := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
		c.Depend(res.Err)
		for _, s := range res.Sites {
			// Decodes are jwtverify's, wrappers are judged inside, steps
			// verify nothing, a bare signature (JWS) carries no claims, and
			// a middleware running a given verifier is judged at the verifier.
			if !s.Decode && !s.API.Wrapper && !s.API.Step && !s.API.Lib.Claimless && !s.API.Lib.Delegates {
				judge(pass, c, cfg, s)
			}
		}
		riskyCalls(pass, c, res)
		return nil
	})
}

var policyClaims = map[string]jwtparse.ClaimSet{
	"aud": jwtparse.ClaimAud, "iss": jwtparse.ClaimIss, "exp": jwtparse.ClaimExp,
	"nbf": jwtparse.ClaimNbf, "sub": jwtparse.ClaimSub,
}

func judge(pass *analysis.Pass, c *finding.Collector, cfg *config.Config, s *jwtparse.Site) {
	o := s.Options
	var required jwtparse.ClaimSet
	why := ""
	if len(cfg.RequireClaims) > 0 {
		for _, name := range cfg.RequireClaims {
			required |= policyClaims[name]
		}
		why = "-require-claims"
	} else if kinds := s.KeyKinds(); kinds.External() {
		required = jwtparse.ClaimAud | jwtparse.ClaimIss | jwtparse.ClaimExp
		why = "tokens verified with " + keyDescription(kinds) + " come from another issuer"
	}
	lib := s.API.Lib
	satisfied := s.Validated()
	// Optional v3/v4 checks (VerifyAudience(x, false)) pass when the claim
	// is absent: part of the parse's finding, reported at the parse.
	var problems []string
	var related []analysis.RelatedInformation
	neverChecks := false
	for _, opt := range s.Optional {
		if cv, ok := libmodel.ClaimVerifierOf(opt.Method); ok {
			satisfied |= jwtparse.ClaimOf(cv.Claim)
			line := pass.Fset.Position(opt.Pos).Line
			problems = append(problems, fmt.Sprintf("checks %s only with %s(..., false) at line %d, which passes when the token has no %s claim",
				cv.Claim, opt.Method.Name(), line, cv.Claim))
			related = append(related, analysis.RelatedInformation{Pos: opt.Pos, End: opt.End, Message: opt.Method.Name() + "(..., false) here"})
		}
	}

	missing := required &^ satisfied
	if o.Unknown || o.ClaimsUnknown || o.CustomParse || o.KeyByCode && s.API.Configure {
		missing = 0 // an unresolved option or custom validation may be the check
	}
	// The time claims checked by hand, or by a library validator run on
	// the claims after the parse.
	timeByHand := s.Checked.TimeChecked() || s.Checked.TimeValidated()
	off := o.Off
	if timeByHand {
		off &^= jwtparse.ClaimExp
	}
	// Claims switched off in the configuration are named once, by the
	// switch; the rest are missing because nothing asks for them.
	if unasked := missing &^ off; unasked != 0 {
		problems = append([]string{fmt.Sprintf("accepts tokens without checking %s (%s)", strings.Join(unasked.Names(), ", "), why)}, problems...)
	}
	switch {
	case o.NoClaimsValidation && !timeByHand:
		// Without a hand-written check of exp or of an iat age in its
		// place (one-time proofs such as RFC 9449 DPoP bound their age so).
		problems = append(problems, "switches off claims validation, so expired tokens are accepted")
	case o.TimeOff && !timeByHand:
		problems = append(problems, "drops the exp/nbf/iat checks (validators reset), so expired tokens are accepted")
	case off&jwtparse.ClaimExp != 0:
		// Named with the other switches below.
	case s.ExpectTimeUnset && !timeByHand:
		problems = append(problems, "validates the claims with an expectation without a time, which skips the exp/nbf/iat checks (go-jose v2: use Expected.WithTime(time.Now()))")
	case missing&^off&jwtparse.ClaimExp != 0:
		// exp is already named among the claims nothing checks.
	case !lib.ExpIfPresent && !o.ValidateOn && !timeByHand && !o.Unknown && !o.ClaimsUnknown && !o.CustomParse:
		problems = append(problems, "never checks exp ("+lib.Name+" validates no claim unless asked), so expired tokens are accepted")
		neverChecks = true
	}
	if off != 0 {
		consequence := ""
		if off&jwtparse.ClaimExp != 0 {
			consequence = ", so expired tokens are accepted"
		}
		checks := "check"
		if len(off.Names()) > 1 {
			checks = "checks"
		}
		problems = append(problems, fmt.Sprintf("switches off its %s %s in its configuration%s", strings.Join(off.Names(), ", "), checks, consequence))
	}
	if s.ExpDisabled {
		problems = append(problems, fmt.Sprintf("uses claims whose %s method replaces the library's validation without checking exp, so expired tokens are accepted", s.ValidateMethod.Name()))
	}
	if o.Leeway > cfg.MaxLeeway {
		problems = append(problems, fmt.Sprintf("allows a clock-skew leeway of %s (more than %s)", o.Leeway, cfg.MaxLeeway))
	}
	if len(problems) == 0 {
		return
	}
	f := c.Reportf(s.Pos(), s.End(), "%s %s; %s", s.API.Display, strings.Join(problems, "; it "), remedy(s, missing|off, neverChecks))
	f.Related = related
	f.Flaw = jwtverify.ParseFlaw(s.Pos())
}

// riskyCalls reports the calls of the model that are jwtclaims findings by
// themselves (go-oidc's InsecureIssuerURLContext).
func riskyCalls(pass *analysis.Pass, c *finding.Collector, res *jwtparse.Result) {
	for _, rc := range res.Risky {
		if rc.Check == Check.Name {
			c.Reportf(rc.Pos, rc.End, "%s", rc.Message)
		}
	}
}

func keyDescription(k libmodel.KeyKind) string {
	switch {
	case k&libmodel.KeySet != 0:
		return "a key set (JWKS)"
	case k&libmodel.KeyRSA != 0:
		return "an RSA public key"
	case k&libmodel.KeyECDSA != 0:
		return "an ECDSA public key"
	case k&libmodel.KeyEd25519 != 0:
		return "an Ed25519 public key"
	}
	return "a public key"
}

// remedy says how to add the missing checks in the parse's library.
func remedy(s *jwtparse.Site, missing jwtparse.ClaimSet, neverChecks bool) string {
	var parts []string
	if r := s.API.Lib.ClaimRemedy(missing.Names()); r != "" {
		parts = append(parts, r)
	}
	if neverChecks && s.API.Lib.EnableTime != "" && missing&jwtparse.ClaimExp == 0 {
		parts = append(parts, s.API.Lib.EnableTime)
	}
	if s.Options.NoClaimsValidation && !s.Checked.TimeChecked() {
		parts = append(parts, s.API.Lib.EnableTime+" (or reject tokens whose exp has passed or whose iat is older than a fixed window)")
	}
	if s.ExpDisabled {
		parts = append(parts, "call the embedded claims' Valid() from "+s.ValidateMethod.Name())
	}
	if s.Options.Leeway > 0 {
		parts = append(parts, "keep the leeway at a few minutes")
	}
	if len(s.Optional) > 0 {
		parts = append(parts, "pass true to the Verify* calls to require their claims")
	}
	if len(parts) == 0 {
		return "validate the claims"
	}
	return strings.Join(parts, "; ")
}

// unmaintainedImports reports imports of unmaintained JWT libraries.
func unmaintainedImports(pass *analysis.Pass, c *finding.Collector) {
	for _, f := range pass.Files {
		for _, imp := range f.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				continue
			}
			if why, ok := libmodel.Unmaintained[path]; ok {
				c.Reportf(imp.Pos(), imp.End(), "%s; migrate to %s", why, libmodel.ReplacementPath)
			}
		}
	}
}
