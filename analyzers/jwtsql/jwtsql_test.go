package jwtsql_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"github.com/jwtlint/jwtlint/internal/config"
)

// run runs jwtsql on the test packages and fails when one of them does not
// type-check: the checks run despite type errors and report nothing there,
// so a typo in a test package would pass silently as "no findings".
func run(t *testing.T, patterns ...string) {
	t.Helper()
	for _, r := range checktest.Run(t, jwtsql.Analyzer, patterns...) {
		if r.Pass != nil {
			for _, err := range r.Pass.TypeErrors {
				t.Errorf("%s does not type-check: %v", r.Pass.Pkg.Path(), err)
			}
		}
	}
}

// setFlags sets jwtlint flags for one test and restores the defaults after
// it. Flags are process state: tests using them must not run in parallel.
func setFlags(t *testing.T, kv ...string) {
	t.Helper()
	t.Cleanup(config.Reset)
	for i := 0; i+1 < len(kv); i += 2 {
		if err := config.Set(kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMapClaims(t *testing.T) { run(t, "jwtsql/mapclaims") }

func TestAPIs(t *testing.T) { run(t, "jwtsql/apis") }

func TestStructClaims(t *testing.T) { run(t, "jwtsql/structclaims") }

func TestHeader(t *testing.T) { run(t, "jwtsql/header") }

func TestRawToken(t *testing.T) { run(t, "jwtsql/rawtoken") }

func TestUnverified(t *testing.T) { run(t, "jwtsql/unverified") }

func TestSanitizers(t *testing.T) { run(t, "jwtsql/sanitizers") }

// TestCrossPackage runs the helper and wrapper packages too: their own code
// is silent.
func TestCrossPackage(t *testing.T) {
	run(t, "jwtsql/crosspkg", "jwtsql/crosspkg/authn", "jwtsql/crosspkg/store")
}

func TestShapes(t *testing.T) { run(t, "jwtsql/shapes") }

func TestUserSinksSourcesSanitizers(t *testing.T) {
	setFlags(t,
		"sinks", "jwtsql/usersinks/dblib.Exec:1",
		"sources", "jwtsql/usersinks/session.Subject:0",
		"sanitizers", "jwtsql/usersinks/dblib.Ident:0")
	run(t, "jwtsql/usersinks")
}

// TestRelated: a finding points at the claim read, the parse, and the step
// that built the text (the contract's Related information).
func TestRelated(t *testing.T) {
	file := filepath.Join(checktest.TestData(), "src", "jwtsql", "mapclaims", "mapclaims.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// Lines of fromParse, found by their text.
	lineOf := func(text string) int {
		i := strings.Index(string(src), text)
		if i < 0 {
			t.Fatalf("%q not in %s", text, file)
		}
		return strings.Count(string(src[:i]), "\n") + 1
	}
	parse := lineOf(`tok, err := jwt.Parse(raw, keyFunc`)
	read := lineOf(`sub := claims["sub"].(string)`)
	query := lineOf(`_, err = db.Query("SELECT id FROM notes WHERE owner = '" + sub + "'")`)
	want := []string{
		fmt.Sprintf(`%d: claim "sub" read here`, read),
		fmt.Sprintf(`%d: token parsed here`, parse),
		fmt.Sprintf(`%d: query text built here (+)`, query),
	}
	for _, r := range checktest.Run(t, jwtsql.Analyzer, "jwtsql/mapclaims") {
		for _, d := range r.Action.Diagnostics {
			if r.Pass.Fset.Position(d.Pos).Line != query {
				continue
			}
			var got []string
			for _, rel := range d.Related {
				got = append(got, fmt.Sprintf("%d: %s", r.Pass.Fset.Position(rel.Pos).Line, rel.Message))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("related information:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			return
		}
	}
	t.Fatalf("no finding at mapclaims.go:%d", query)
}

// TestJWX: lestrrat-go/jwx token accessors, Get and jws headers; a
// ParseInsecure token is unverified.
func TestJWX(t *testing.T) { run(t, "jwtsql/jwx", "jwtsql/jwx/jwxauth") }

// TestGoJose: go-jose claims decoded into the caller's values, verified
// (Claims) or not (UnsafeClaimsWithoutVerification).
func TestGoJose(t *testing.T) { run(t, "jwtsql/gojose") }
