package flow_test

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/flow"
)

// TestSummaryFacts pins the summaries that the helper and wrapper packages
// of the check suites export, which the cross-package cases of those suites
// rely on. (The check suites run a check's reporter, whose action exports
// no facts, so analysistest does not see them there; `// want Name:"..."`
// annotations in those files would be unmatched.)
func TestSummaryFacts(t *testing.T) {
	want := map[string]string{
		// sqlstring/wrappers/store: parameters reaching SQL text.
		"sqlstring/wrappers/store.(*Store).Find":     "flow(ret0=unknown|p1|p0.0 ret1=unknown|p1|p0.0 p1->(*sql.DB).Query(text+built))",
		"sqlstring/wrappers/store.(*Store).Run":      "flow(ret0=unknown|p1|p2|p3|p0.0 p2->(*sql.DB).ExecContext(text) p3->(*sql.DB).ExecContext(args))",
		"sqlstring/wrappers/store.(*Store).ByOwner":  "flow(ret0=unknown|p1|p0.0 ret1=unknown|p1|p0.0 p1->(*sql.DB).Query(args))",
		"sqlstring/wrappers/store.(*Store).SortedBy": "flow(ret0=safe|unknown|p1|p0.0|built ret1=safe|unknown|p1|p0.0|built p1->(*sql.DB).Query(text+built))",
		"sqlstring/wrappers/store.Count":             "flow(p1->(*sql.DB).QueryRow(text+built))",
		// sqlstring/returns/queries: results built from parameters.
		"sqlstring/returns/queries.NotesBy":           "flow(ret0=safe|p0|p1|built)",
		"sqlstring/returns/queries.SortedFromRequest": "flow(ret0=safe|remote|built)",
		"sqlstring/returns/queries.Limit":             "flow(ret0=safe|p0|built)",
		"sqlstring/returns/queries.NewBuilder":        "flow(*ret0.0=p0)",
		"sqlstring/returns/queries.(*Builder).SQL":    "flow(ret0=safe|p0.0|built)",
		// jwtsql/crosspkg/authn: token data returned.
		"jwtsql/crosspkg/authn.UserID": "flow(ret0=safe|token)",
		"jwtsql/crosspkg/authn.Tenant": "flow(ret0=safe|token|p0)",
		"jwtsql/crosspkg/authn.Peek":   "flow(ret0=safe|unknown|token|unverified|forgeable)",
		// jwtsql/crosspkg/store.
		"jwtsql/crosspkg/store.(*Store).Find":    "flow(ret0=unknown|p1|p0.0 ret1=unknown|p1|p0.0 p1->(*sql.DB).Query(text+built))",
		"jwtsql/crosspkg/store.(*Store).ByOwner": "flow(ret0=unknown|p1|p0.0 ret1=unknown|p1|p0.0 p1->(*sql.DB).Query(args))",
	}
	var q quiet
	res := checktest.RunIn(&q, checktest.TestData(), flow.Analyzer,
		"sqlstring/wrappers/store", "sqlstring/returns/queries", "jwtsql/crosspkg/authn", "jwtsql/crosspkg/store")
	got := map[string]string{}
	for _, r := range res {
		for _, of := range r.AllObjectFacts() {
			fn, ok := of.Object.(*types.Func)
			if !ok || fn.Pkg() != r.Package.Types {
				continue
			}
			if sf, ok := of.Fact.(*flow.SummaryFact); ok {
				got[funcName(fn)] = sf.String()
			}
		}
	}
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s: no summary fact, want %s", name, w)
		} else if g != w {
			t.Errorf("%s: fact %s, want %s", name, g, w)
		}
	}
	if t.Failed() {
		var all []string
		for n, f := range got {
			all = append(all, fmt.Sprintf("%s: %s", n, f))
		}
		sort.Strings(all)
		t.Logf("facts exported:\n%s", strings.Join(all, "\n"))
	}
}

// funcName is "pkgpath.Func" or "pkgpath.(*Recv).Method".
func funcName(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return fn.Pkg().Path() + "." + fn.Name()
	}
	t := sig.Recv().Type()
	star := ""
	if p, ok := t.(*types.Pointer); ok {
		t, star = p.Elem(), "*"
	}
	return fmt.Sprintf("%s.(%s%s).%s", fn.Pkg().Path(), star, t.(*types.Named).Obj().Name(), fn.Name())
}
