package jwtparse_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/jwtparse"
)

// policies reports the policy of every place that accepts a token, as
// "policy: algorithms (by) | keys | claims | errors".
var policies = &analysis.Analyzer{
	Name:     "policies",
	Doc:      "report each site's policy",
	Requires: []*analysis.Analyzer{jwtparse.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[jwtparse.Analyzer].(*jwtparse.Result)
		for _, s := range res.Sites {
			if !s.Accepts() {
				continue
			}
			p := s.Policy(pass.Fset)
			keys := strings.Join(p.Keys, ", ")
			if p.KeyFunction != "" {
				keys += " via " + p.KeyFunction
			}
			claims := strings.Join(p.Claims, ", ")
			if claims == "" {
				claims = "-"
			}
			algs := p.AlgorithmsBy
			if len(p.Algorithms) > 0 {
				algs = strings.Join(p.Algorithms, ", ") + " (" + p.AlgorithmsBy + ")"
			}
			pass.Reportf(s.Pos(), "policy: %s | %s | %s | %s", algs, keys, claims, p.Errors)
		}
		return nil, nil
	},
}

// TestPolicy states the policy of a place of each kind: golang-jwt with an
// allow-list, a method-checking key function, none of the two, claims
// validation off, a partial error check, an unverified decode; go-oidc;
// jwx with a key bound to its algorithm; go-jose's verification of a
// decoded object.
func TestPolicy(t *testing.T) {
	checktest.RunIn(t, checktest.TestData(), policies, "inventory/policies")
}
