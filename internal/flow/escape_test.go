package flow_test

import (
	"go/types"
	"testing"

	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/flow"
)

// TestQuotingFacts pins what the quoting helpers of sqlstring/quoting
// export for their importers: an EscapeFact for helpers that escape a quote
// (their callers add the quotes), no summary at all for a helper that
// quotes (its result is safe), and a summary for one that only wraps.
func TestQuotingFacts(t *testing.T) {
	var q quiet
	res := checktest.RunIn(&q, checktest.TestData(), flow.Analyzer, "sqlstring/quoting/quoteutil")
	escapes := map[string]string{}
	summaries := map[string]string{}
	for _, r := range res {
		for _, of := range r.AllObjectFacts() {
			fn, ok := of.Object.(*types.Func)
			if !ok || fn.Pkg() != r.Package.Types {
				continue
			}
			switch f := of.Fact.(type) {
			case *flow.EscapeFact:
				escapes[fn.Name()] = f.String()
			case *flow.SummaryFact:
				summaries[fn.Name()] = f.String()
			}
		}
	}
	for name, want := range map[string]string{"Escape": "escapes('')", "Strip": `escapes("")`} {
		if got := escapes[name]; got != want {
			t.Errorf("%s: EscapeFact %q, want %q", name, got, want)
		}
	}
	for _, name := range []string{"Ident", "Wrap"} {
		if got, ok := escapes[name]; ok {
			t.Errorf("%s: EscapeFact %s, want none (its result holds quotes)", name, got)
		}
	}
	if got, ok := summaries["Ident"]; ok {
		t.Errorf("Ident: summary %s, want none (its result is safe)", got)
	}
	if got, want := summaries["Wrap"], "flow(ret0=safe|p0|built)"; got != want {
		t.Errorf("Wrap: summary %q, want %q", got, want)
	}
}
