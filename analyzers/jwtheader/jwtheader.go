package jwtheader

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/flow"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
	"github.com/jwtlint/jwtlint/internal/libmodel"
	"github.com/jwtlint/jwtlint/internal/ssaprog"
)

//go:embed doc.go
var docGo string

// Check documents jwtheader.
var Check = checkdoc.New("jwtheader", "token header values or unverified claims choose where keys are fetched or which file is read",
	[]string{"CWE-918", "CWE-22"}, checkdoc.High, docGo)

// Analyzer reports header values and unverified claims reaching HTTP
// requests, key-set fetches and file paths, and key functions that
// download the keys on every call.
var Analyzer = &analysis.Analyzer{
	Name:             Check.Name,
	Doc:              Check.Doc(),
	URL:              Check.URL(),
	Requires:         []*analysis.Analyzer{flow.Analyzer, jwtparse.Analyzer, ssaprog.Analyzer, config.Analyzer},
	Run:              run,
	ResultType:       finding.ResultType,
	FactTypes:        []analysis.Fact{new(FetchFact)},
	RunDespiteErrors: true,
}

func run(pass *analysis.Pass) (any, error) {
	return finding.Run(Check.Name, pass, func(c *finding.Collector) error {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		parse := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
		c.Depend(res.Err)
		c.Depend(parse.Err)
		if !flow.Analysed(pass) {
			return nil
		}
		prog, err := pass.ResultOf[ssaprog.Analyzer].(*ssaprog.Lazy).Get()
		if err != nil || prog == nil {
			return err
		}
		reported := map[token.Pos]bool{}
		if pass.ResultOf[config.Analyzer].(*config.Config).Untrusted("token") {
			for _, sk := range res.Locations {
				if judge(pass, c, sk) {
					reported[sk.Call.Pos()] = true
				}
			}
		}
		u := &uncached{pass: pass, prog: prog, memo: map[any]*fetchAlways{}}
		u.exportFacts()
		u.report(c, parse, reported)
		verifyAuto(c, prog)
		return nil
	})
}

// judge reports the first location argument of a call that carries
// forgeable token data.
func judge(pass *analysis.Pass, c *finding.Collector, sk *flow.Sink) bool {
	for _, u := range sk.Uses {
		if u.Val.L&flow.Forgeable == 0 || u.Guarded {
			continue
		}
		src := source(sk, u)
		f := c.Reportf(sk.Pos, sk.End, "%s reaches %s: %s; %s", src.describe(), target(u), risk(u.Kind, src), remedy(u.Kind, src))
		f.Related = related(u)
		return true
	}
	return false
}

// src is what the message says the data is.
type src struct {
	what string // `header "jku" from jwt.Parse at keys.go:12`
	part string // "header", "claim" or "" (the token as a whole)
	name string // "jku", "iss"; "" when not known
}

func (s src) describe() string { return s.what }

func source(sk *flow.Sink, u flow.SinkUse) src {
	s := u.Val.Src
	if s == nil {
		// A key function's token, handed as a whole to a helper.
		what := "the token (not verified yet)"
		if fn := sk.Call.Parent(); fn != nil {
			what = "the token given to " + keyfuncName(fn) + " (not verified yet)"
		}
		return src{what: what}
	}
	part, name := splitWhat(s.What)
	what := s.Describe()
	if fn := sk.Call.Parent(); fn != nil && !strings.Contains(s.Origin, " at ") && libmodel.IsKeyfuncShape(fn.Signature) {
		// Read from the token a key function is given, not from a parse.
		what = s.What + " of the token given to " + keyfuncName(fn)
	}
	switch part {
	case "claim", "claims":
		// Only claims of a token not verified are forgeable: say so.
		what = "unverified " + what
		part = "claim"
	case "the":
		part, name = "", ""
	}
	return src{what: what, part: part, name: name}
}

// splitWhat splits `header "kid"` into ("header", "kid").
func splitWhat(what string) (part, name string) {
	part, rest, ok := strings.Cut(what, " ")
	if !ok {
		return what, ""
	}
	return part, strings.Trim(rest, `"`)
}

func target(u flow.SinkUse) string {
	sink := u.Sink
	switch u.Kind {
	case flow.SinkPath:
		sink = "the path " + sink + " opens"
	case flow.SinkURL:
		sink = "the URL " + sink + " requests"
	case flow.SinkKeys:
		sink = "the URL " + sink + " fetches keys from"
	}
	if u.Via == "" {
		return sink
	}
	return fmt.Sprintf("%s (through %s, which calls it at %s)", sink, u.Via, u.Where)
}

func risk(k flow.SinkKind, s src) string {
	who := "the token"
	if s.part == "header" && s.name != "" {
		who = "the token's " + s.name
	}
	switch k {
	case flow.SinkPath:
		return who + " chooses which file is read (path traversal: \"../\" leaves the key directory)"
	case flow.SinkKeys:
		return who + " chooses where the verification keys come from (SSRF, and a forger serves keys of his own)"
	}
	return who + " chooses where the server sends a request (SSRF)"
}

func remedy(k flow.SinkKind, s src) string {
	switch {
	case k == flow.SinkPath:
		return "load the keys at start-up and look the kid up in that map (keys[kid]), or admit only kids of a safe pattern (^[A-Za-z0-9_-]+$) or filepath.IsLocal"
	case s.part == "claim":
		return "map the issuers you trust to their providers or JWKS URLs in configuration and look the claim up there (reject unknown issuers) before fetching"
	case s.name == "kid":
		return "fetch the key set from a URL pinned in configuration and look the kid up in it (jwk.Set.LookupKeyID, keyfunc), or allow-list the kids"
	}
	return "fetch keys only from a JWKS URL pinned in configuration (a jwk.Cache or keyfunc with refresh) and choose the key by kid, or compare the URL's host with an allow-list before fetching"
}

// related points at the header or claim read, the parse, and the step
// that built the location.
func related(u flow.SinkUse) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if s := u.Val.Src; s != nil {
		if s.Pos.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: s.Pos, Message: s.What + " read here"})
		}
		if s.OriginPos.IsValid() && s.OriginPos != s.Pos {
			rel = append(rel, analysis.RelatedInformation{Pos: s.OriginPos, Message: "token parsed here"})
		}
	}
	if u.Val.Built && u.Val.BuiltAt.IsValid() {
		what := "URL"
		if u.Kind == flow.SinkPath {
			what = "path"
		}
		rel = append(rel, analysis.RelatedInformation{Pos: u.Val.BuiltAt, Message: what + " built here (" + u.Val.BuiltBy + ")"})
	}
	return rel
}
