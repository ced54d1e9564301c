package jwtsql_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/analyzers/jwtsql"
	"github.com/jwtlint/jwtlint/internal/checktest"
	"golang.org/x/tools/go/analysis/checker"
)

// TestJwtsql runs every jwtsql test package that needs no flags in one
// analysistest run, and compares the suggested fixes of the files that
// have a .golden twin (jwtsql/fix). Helper and wrapper packages are roots
// too: their own code is silent.
func TestJwtsql(t *testing.T) {
	res := checktest.RunWithSuggestedFixes(t, jwtsql.Analyzer, checktest.Suite(t, "jwtsql", "jwtsql/usersinks")...)
	checkRelated(t, res)
}

func TestUserSinksSourcesSanitizers(t *testing.T) {
	checktest.SetFlags(t,
		"sinks", "jwtsql/usersinks/dblib.Exec:1",
		"sources", "jwtsql/usersinks/session.Subject:0,jwtsql/usersinks/session.Pair:1",
		"sanitizers", "jwtsql/usersinks/dblib.Ident:0")
	checktest.Run(t, jwtsql.Analyzer, checktest.Suite(t, "jwtsql/usersinks")...)
}

// checkRelated: a finding points at the claim read, the parse, and the step
// that built the text (the contract's Related information).
func checkRelated(t *testing.T, res []*checker.Action) {
	t.Helper()
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
	for _, r := range res {
		if r.Package.PkgPath != "jwtsql/mapclaims" {
			continue
		}
		for _, d := range r.Diagnostics {
			if r.Package.Fset.Position(d.Pos).Line != query {
				continue
			}
			var got []string
			for _, rel := range d.Related {
				got = append(got, fmt.Sprintf("%d: %s", r.Package.Fset.Position(rel.Pos).Line, rel.Message))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("related information:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			return
		}
	}
	t.Fatalf("no finding at mapclaims.go:%d", query)
}
