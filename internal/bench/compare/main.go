// Command compare measures jwtlint's and gosec's precision and recall on
// jwtlint's own SQL test cases.
//
// Ground truth comes from the test packages' `// want` comments: a case (a
// top-level function) is a positive when it holds an expectation of one of
// the checks named by -checks, a negative otherwise, restricted to functions
// that call an SQL API (so helpers that build nothing are not counted). A tool
// flags a case when it reports a finding inside the function. Cases, not
// lines, are compared because the tools report at different positions
// (gosec at the string building, jwtlint at the SQL call).
//
//	compare -dir testdata/src -pkgs ./sqlstring/... -checks sqlstring,jwtsql \
//	    -jwtlint jwtlint.json -gosec gosec.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

type span struct {
	file       string
	start, end int
	name       string
}

type caseInfo struct {
	span
	positive bool
	sql      bool
}

func main() {
	dir := flag.String("dir", "", "root of the test packages (GOPATH src)")
	sub := flag.String("sub", "sqlstring", "subdirectory of -dir holding the cases")
	checks := flag.String("checks", "sqlstring,jwtsql", "checks whose expectations are positives")
	jwtlintOut := flag.String("jwtlint", "", "jwtlint text output (file:line:col: check: msg)")
	gosecOut := flag.String("gosec", "", "gosec JSON output")
	skip := flag.String("skip", "", "leave out cases in directories with these names (comma-separated): packages whose tests set flags")
	flag.Parse()

	cases := collectCases(filepath.Join(*dir, *sub), strings.Split(*checks, ","), *skip)
	jl := jwtlintLines(*jwtlintOut)
	gs := gosecLines(*gosecOut)

	fmt.Printf("cases: %d (%d positive, %d negative)\n\n", len(cases), count(cases, true), count(cases, false))
	fmt.Println("| tool | TP | FP | FN | TN | precision | recall |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- |")
	row("jwtlint", cases, jl)
	row("gosec G201/G202", cases, gs)
	if os.Getenv("COMPARE_VERBOSE") != "" {
		for _, c := range cases {
			fmt.Printf("%s %s pos=%v jwtlint=%v gosec=%v\n", filepath.Base(c.file), c.name, c.positive, flagged(c, jl), flagged(c, gs))
		}
	}
}

func count(cases []caseInfo, pos bool) int {
	n := 0
	for _, c := range cases {
		if c.positive == pos {
			n++
		}
	}
	return n
}

func row(name string, cases []caseInfo, findings map[string][]int) {
	var tp, fp, fn, tn int
	for _, c := range cases {
		switch f := flagged(c, findings); {
		case f && c.positive:
			tp++
		case f:
			fp++
			if os.Getenv("COMPARE_VERBOSE") != "" {
				fmt.Fprintf(os.Stderr, "%s FP: %s:%d %s\n", name, c.file, c.start, c.name)
			}
		case c.positive:
			fn++
		default:
			tn++
		}
	}
	fmt.Printf("| %s | %d | %d | %d | %d | %s | %s |\n", name, tp, fp, fn, tn, ratio(tp, tp+fp), ratio(tp, tp+fn))
}

func ratio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

func flagged(c caseInfo, findings map[string][]int) bool {
	for _, l := range findings[c.file] {
		if l >= c.start && l <= c.end {
			return true
		}
	}
	return false
}

var wantRe = regexp.MustCompile(`//\s*want\s+(.*)$`)

// checkPrefix matches a pattern that names a check ("jwtsql: ...").
var checkPrefix = regexp.MustCompile(`\b(jwtalg|jwtverify|jwtclaims|jwtsql|sqlstring|jwtheader|jwtkey|jwtexp):`)

// collectCases lists top-level functions that call a method or function
// of an SQL API, marking those with a `// want` of one of checks.
func collectCases(root string, checks []string, skip string) []caseInfo {
	var out []caseInfo
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && skip != "" && slices.Contains(strings.Split(skip, ","), d.Name()) {
			return filepath.SkipDir
		}
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		abs, _ := filepath.Abs(path)
		wants := map[int]bool{}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				m := wantRe.FindStringSubmatch(c.Text)
				if m == nil {
					continue
				}
				// A pattern naming no check (`from remote input`) is
				// the directory's own check's.
				if !checkPrefix.MatchString(m[1]) {
					wants[fset.Position(c.Pos()).Line] = true
				}
				for _, ch := range checks {
					if strings.Contains(m[1], ch+":") {
						wants[fset.Position(c.Pos()).Line] = true
					}
				}
			}
		}
		sqlPkgs := sqlImports(f)
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			c := caseInfo{span: span{abs, fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line, fd.Name.Name}}
			for l := range wants {
				if l >= c.start && l <= c.end {
					c.positive = true
				}
			}
			c.sql = callsSQL(fd, sqlPkgs)
			if c.sql || c.positive {
				out = append(out, c)
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].file+fmt.Sprint(out[i].start) < out[j].file+fmt.Sprint(out[j].start)
	})
	return out
}

// sqlImports returns the local names of SQL packages a file imports.
func sqlImports(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, imp := range f.Imports {
		p := strings.Trim(imp.Path.Value, `"`)
		if p == "database/sql" || strings.Contains(p, "pgx") || strings.Contains(p, "sqlx") ||
			strings.Contains(p, "gorm") || strings.Contains(p, "bun") || strings.Contains(p, "squirrel") || strings.Contains(p, "crdb") {
			name := filepath.Base(p)
			if imp.Name != nil {
				name = imp.Name.Name
			}
			names[name] = true
		}
	}
	return names
}

// callsSQL is a syntactic approximation, good enough to pick the cases:
// the function mentions an SQL package, or calls a method named like an SQL
// entry point.
func callsSQL(fd *ast.FuncDecl, pkgs map[string]bool) bool {
	found := false
	ast.Inspect(fd, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok && pkgs[id.Name] {
				found = true
			}
			switch x.Sel.Name {
			case "Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext", "Prepare",
				"PrepareContext", "Queue", "Select", "Get", "Queryx", "QueryRowx", "MustExec", "NamedExec",
				"Raw", "Where", "Or", "Not", "Order", "Group", "Having", "Joins", "NewRaw", "WhereOr",
				"OrderExpr", "ColumnExpr", "Suffix", "Prefix", "Expr":
				found = true
			}
		}
		return !found
	})
	return found
}

var textLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): `)

func jwtlintLines(path string) map[string][]int {
	out := map[string][]int{}
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		m := textLine.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(strings.TrimPrefix(l, m[0]), "\t") {
			continue // related information lines are indented
		}
		var n int
		fmt.Sscan(m[2], &n)
		abs, _ := filepath.Abs(m[1])
		out[abs] = append(out[abs], n)
	}
	return out
}

func gosecLines(path string) map[string][]int {
	out := map[string][]int{}
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var report struct {
		Issues []struct {
			File string `json:"file"`
			Line string `json:"line"`
		} `json:"Issues"`
	}
	if err := json.Unmarshal(data, &report); err != nil {
		log.Fatalf("gosec output: %v", err)
	}
	for _, is := range report.Issues {
		var n int
		fmt.Sscan(strings.Split(is.Line, "-")[0], &n)
		abs, _ := filepath.Abs(is.File)
		out[abs] = append(out[abs], n)
	}
	return out
}
