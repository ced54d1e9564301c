package jwtverify

import (
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

//go:embed doc.go
var docGo string

// Check documents jwtverify.
var Check = checkdoc.New("jwtverify", "the signature is not verified, or a failed verification is ignored",
	[]string{"CWE-347", "CWE-287"}, checkdoc.Critical, docGo)

// Analyzer reports unverified tokens and ignored verification errors.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{jwtparse.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	RunDespiteErrors: true,
}

// ParseFlaw is the flaw key of findings about how a parse is accepted: a
// jwtverify error finding and a jwtclaims finding on the same parse are one
// flaw, and the bundle keeps the jwtverify one.
func ParseFlaw(pos token.Pos) string { return fmt.Sprintf("parse@%d", pos) }

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		res := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
		c.Depend(res.Err)
		for _, s := range res.Sites {
			judge(pass, c, s)
		}
		return nil
	})
}

func judge(pass *analysis.Pass, c *finding.Collector, s *jwtparse.Site) {
	call := s.API.Display
	o := s.Options
	if s.API.Step {
		return
	}
	if s.Decode {
		if s.UnverifiedUse != nil {
			f := c.Reportf(s.Pos(), s.End(), "%s %s, but the token's data is used at line %d; verify the token (%s) before trusting its claims",
				call, whyUnverified(s), line(pass, s.UnverifiedUse), s.API.Lib.Unverified)
			f.Related = related(s.UnverifiedUse, "unverified token data used here")
		}
		return
	}
	if s.EmbeddedKey {
		c.Reportf(s.Pos(), s.End(), "%s verifies with the key the token carries in its own header (jwk), so a token signed with any key verifies; verify with keys of your own", call)
	}
	if s.API.Configure {
		if o.CredentialsOptional {
			c.Reportf(s.Pos(), s.End(), "%s lets requests without a token through (credentials optional); protected routes then run unauthenticated: leave credentials required", call)
		}
		if o.ErrorsContinue() {
			c.Reportf(s.Pos(), s.End(), "%s lets requests with an invalid token through: its ErrorHandler returns nil and ContinueOnIgnoredError is set; return the error", call)
		}
		return
	}
	var f *finding.Finding
	switch s.Errors {
	case jwtparse.ErrDropped:
		msg := fmt.Sprintf("the error of %s is discarded, so tokens that fail verification are accepted", call)
		if s.NothingOnError {
			msg = fmt.Sprintf("the error of %s is discarded; it returns no token when verification fails, so the code goes on without a verified identity (a nil token or empty claims)", call)
		}
		if s.Use != nil {
			msg += fmt.Sprintf(" (the token is used at line %d)", line(pass, s.Use))
		}
		f = c.Reportf(s.Pos(), s.End(), "%s; check err before using the token", msg)
	case jwtparse.ErrUnchecked:
		f = c.Reportf(s.Pos(), s.End(), "the token from %s is used at line %d on a path where the parse error is not checked; return when err != nil (or !token.Valid) before using it",
			call, line(pass, s.Use))
	case jwtparse.ErrPartial:
		f = c.Reportf(s.Pos(), s.End(), "the token from %s is used at line %d when only some errors are rejected (%s), so a token that failed verification is accepted; reject every error before using the token",
			call, line(pass, s.Use), s.PartialTest)
	}
	if f != nil {
		f.Flaw = ParseFlaw(s.Pos())
		if s.Use != nil {
			f.Related = related(s.Use, "token used here")
		}
	}
	if s.Keyfunc != nil && s.Keyfunc.NilNil {
		c.Reportf(s.Pos(), s.End(), "the key function of %s returns (nil, nil) on some path; return an error when no key is found", call)
	}
}

// whyUnverified says why a decode does not verify the signature.
func whyUnverified(s *jwtparse.Site) string {
	o := s.Options
	switch {
	case s.API.Unverified:
		return "does not verify the signature"
	case o.VerifyOff:
		return "is told not to verify the signature (WithVerify(false))"
	case o.SkipSignature:
		return "skips the signature check (InsecureSkipSignatureCheck in its configuration)"
	}
	return "is given no key to verify with, so it does not verify the signature"
}

func line(pass *analysis.Pass, in ssa.Instruction) int {
	return pass.Fset.Position(jwtparse.UsePos(in)).Line
}

func related(in ssa.Instruction, msg string) []analysis.RelatedInformation {
	pos := jwtparse.UsePos(in)
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, Message: msg}}
}
