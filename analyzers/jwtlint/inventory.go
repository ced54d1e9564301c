package jwtlint

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/config"
	"github.com/jwtlint/jwtlint/internal/inventory"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

// reportInventory reports each place of the package that accepts a token
// as an inventory record (see internal/inventory), with the spans whose
// findings are the place's: the call, the decode step holding its
// allow-list, and its key function when declared here.
func reportInventory(pass *analysis.Pass, cfg *config.Config, res *jwtparse.Result, generated map[*token.File]bool) {
	for _, s := range res.Sites {
		pos := s.Pos()
		if !s.Accepts() || !pos.IsValid() || generated[pass.Fset.File(pos)] || !cfg.IncludeTests && inTestFile(pass, pos) {
			continue
		}
		p := s.Policy(pass.Fset)
		rec := &inventory.Record{
			Posn:         pass.Fset.Position(pos).String(),
			Function:     p.Function,
			Call:         p.Call,
			Library:      p.Library,
			Verified:     p.Verified,
			Algorithms:   p.Algorithms,
			AlgorithmsBy: p.AlgorithmsBy,
			Key:          p.Keys,
			KeyFunction:  p.KeyFunction,
			Claims:       p.Claims,
			Errors:       p.Errors,
			Incomplete:   p.Incomplete,
		}
		spans := []inventory.Span{inventory.SpanOf(pass.Fset, pos, s.End())}
		if ap, ae := s.AlgPos(); ap != pos && ap.IsValid() {
			spans = append(spans, inventory.SpanOf(pass.Fset, ap, ae))
		}
		if kp, ke := s.KeyfuncRange(); kp.IsValid() {
			spans = append(spans, inventory.SpanOf(pass.Fset, kp, ke))
		}
		pass.Report(analysis.Diagnostic{Pos: pos, End: s.End(), Category: inventory.Category, Message: inventory.Encode(rec, spans)})
	}
}
