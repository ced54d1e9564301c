package libmodel

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestModelled(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"github.com/golang-jwt/jwt/v5", true},
		{"github.com/golang-jwt/jwt/v4/request", true},
		{"github.com/dgrijalva/jwt-go", true},
		{"github.com/lestrrat-go/jwx/v2/jwt", true},
		{"github.com/go-jose/go-jose/v4/jwt", true},
		{"github.com/MicahParks/keyfunc/v3", true},
		{"github.com/coreos/go-oidc/v3/oidc", true},
		{"gopkg.in/square/go-jose.v2", true},
		{"database/sql", true},
		{"github.com/jackc/pgx/v5", true},
		{"gorm.io/gorm", true},
		{"github.com/Masterminds/squirrel", true},
		{"fmt", false},
		{"database/sql/driver", false},
		{"modernc.org/sqlite/lib", false},
		{"github.com/google/uuid", false},
		{"github.com/golang-jwtx/jwt", false},
	} {
		if got := Modelled(tc.path); got != tc.want {
			t.Errorf("Modelled(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// TestModelledCoversTables: every package with a row that can start a
// finding or a fact (a parse call, a parser constructor, a token source,
// an SQL sink, a key-function provider) is Modelled, so that the skip of
// cmd/jwtlint never leaves out code calling it.
func TestModelledCoversTables(t *testing.T) {
	var keys []string
	for _, m := range []map[string]bool{
		keySet(parseAPIs), keySet(newParserFuncs), keySet(tokenSources), keySet(sqlSinks), keySet(keyfuncProviders),
		keySet(optionRows), keySet(configCtors), keySet(verifierCtors), keySet(riskyCalls), keySet(claimsValidators),
	} {
		keys = append(keys, slices.Collect(maps.Keys(m))...)
	}
	if len(keys) == 0 {
		t.Fatal("no table rows")
	}
	for _, k := range keys {
		if p := keyPackage(k); !Modelled(p) {
			t.Errorf("%s: package %q has a model row but is not Modelled", k, p)
		}
	}
}

func keySet[V any](m map[string]V) map[string]bool {
	s := map[string]bool{}
	for k := range m {
		s[k] = true
	}
	return s
}

// keyPackage returns the import path of a FuncKey: "pkg.F", "(pkg.T).M"
// or "(*pkg.T).M".
func keyPackage(key string) string {
	if rest, ok := strings.CutPrefix(key, "("); ok {
		key = strings.TrimPrefix(rest[:strings.Index(rest, ")")], "*")
	}
	return key[:strings.LastIndex(key, ".")]
}
