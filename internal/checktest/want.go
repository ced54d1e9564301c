package checktest

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/scanner"

	"golang.org/x/tools/go/analysis/checker"
)

// Expectations are written as for analysistest: a comment
//
//	// want "regexp" ...            a diagnostic on this line
//	// want +2 "regexp"             ... two lines below
//	// want Name:"regexp"           a fact of the object Name declared here
//	// want package:"regexp"        a fact of the package (reported at 1:1)
//
// Every diagnostic and fact of a root package must match an expectation
// of its line, and every expectation must be matched once.

type expectation struct {
	kind string // "diagnostic" or "fact"
	name string // the fact's object, or "package"
	rx   *regexp.Regexp
}

type lineKey struct {
	file string
	line int
}

// checkExpectations compares what act reported with the `// want`
// comments of its package's files.
func checkExpectations(t Testing, dir string, act *checker.Action) {
	want := map[lineKey][]expectation{}
	addComment := func(file string, line int, text string) {
		rest, ok := strings.CutPrefix(strings.TrimSpace(text), "want")
		if !ok {
			return
		}
		delta, exps, err := parseWant(rest)
		if err != nil {
			t.Errorf("%s:%d: in 'want' comment: %s", file, line, err)
			return
		}
		if exps != nil {
			want[lineKey{file, line + delta}] = exps
		}
	}
	pkg := act.Package
	for _, f := range pkg.Syntax {
		for _, group := range f.Comments {
			for _, c := range group.List {
				text := strings.TrimPrefix(c.Text, "//")
				if text == c.Text {
					text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
				}
				// A comment on a comment ("//... // want ...") expects at
				// its own line, as analysistest reads it.
				if i := strings.Index(text, "// want"); i >= 0 {
					text = text[i+len("// "):]
				}
				posn := pkg.Fset.Position(c.Pos())
				addComment(relative(dir, posn.Filename), posn.Line, text)
			}
		}
	}
	for _, name := range pkg.OtherFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("can't read '// want' comments from %s: %v", name, err)
			continue
		}
		for i, line := range strings.Split(string(data), "\n") {
			if j := strings.Index(line, "// want"); j >= 0 {
				line = line[j:]
			}
			if j := strings.Index(line, "//"); j >= 0 {
				addComment(relative(dir, name), i+1, line[j+len("//"):])
			}
		}
	}

	match := func(posn token.Position, kind, name, message string) {
		k := lineKey{relative(dir, posn.Filename), posn.Line}
		posn.Filename = k.file
		var tried []string
		for i, e := range want[k] {
			if e.kind != kind || e.name != name {
				continue
			}
			if e.rx.MatchString(message) {
				want[k] = append(want[k][:i], want[k][i+1:]...)
				return
			}
			tried = append(tried, fmt.Sprintf("%#q", e.rx))
		}
		if tried == nil {
			t.Errorf("%v: unexpected %s: %v", posn, kind, message)
		} else {
			t.Errorf("%v: %s %q does not match pattern %s", posn, kind, message, strings.Join(tried, " or "))
		}
	}
	for _, d := range act.Diagnostics {
		match(pkg.Fset.Position(d.Pos), "diagnostic", "", d.Message)
	}
	for _, pf := range act.AllPackageFacts() {
		if pf.Package == pkg.Types && len(pkg.Syntax) > 0 {
			posn := pkg.Fset.Position(pkg.Syntax[0].Pos())
			posn.Line, posn.Column = 1, 1
			match(posn, "fact", "package", fmt.Sprint(pf))
		}
	}
	objFacts := act.AllObjectFacts()
	sort.Slice(objFacts, func(i, j int) bool { return objFacts[i].Object.Pos() < objFacts[j].Object.Pos() })
	for _, of := range objFacts {
		if obj := of.Object; obj.Pkg() == pkg.Types {
			match(pkg.Fset.Position(obj.Pos()), "fact", obj.Name(), fmt.Sprint(of.Fact))
		}
	}

	var unmatched []string
	for k, exps := range want {
		for _, e := range exps {
			unmatched = append(unmatched, fmt.Sprintf("%s:%d: no %s was reported matching %#q", k.file, k.line, e.kind, e.rx))
		}
	}
	sort.Strings(unmatched)
	for _, msg := range unmatched {
		t.Errorf("%s", msg)
	}
}

// parseWant reads what follows "want": an optional +N line offset, then
// diagnostic patterns ("rx" or `rx`) and fact patterns (name:"rx").
func parseWant(text string) (delta int, exps []expectation, err error) {
	var scanErr string
	sc := new(scanner.Scanner).Init(strings.NewReader(text))
	sc.Error = func(_ *scanner.Scanner, msg string) { scanErr = msg }
	sc.Mode = scanner.ScanIdents | scanner.ScanStrings | scanner.ScanRawStrings | scanner.ScanInts
	pattern := func(tok rune) (*regexp.Regexp, error) {
		if tok != scanner.String && tok != scanner.RawString {
			return nil, fmt.Errorf("got %s, want regular expression", scanner.TokenString(tok))
		}
		s, _ := strconv.Unquote(sc.TokenText())
		return regexp.Compile(s)
	}
	for {
		switch tok := sc.Scan(); tok {
		case '+':
			if sc.Scan() != scanner.Int {
				return 0, nil, fmt.Errorf("got +%s, want +Int", sc.TokenText())
			}
			delta, _ = strconv.Atoi(sc.TokenText())
		case scanner.String, scanner.RawString:
			rx, err := pattern(tok)
			if err != nil {
				return 0, nil, err
			}
			exps = append(exps, expectation{"diagnostic", "", rx})
		case scanner.Ident:
			name := sc.TokenText()
			if tok := sc.Scan(); tok != ':' {
				return 0, nil, fmt.Errorf("got %s after %s, want ':'", scanner.TokenString(tok), name)
			}
			rx, err := pattern(sc.Scan())
			if err != nil {
				return 0, nil, err
			}
			exps = append(exps, expectation{"fact", name, rx})
		case scanner.EOF:
			if scanErr != "" {
				return 0, nil, fmt.Errorf("%s", scanErr)
			}
			return delta, exps, nil
		default:
			return 0, nil, fmt.Errorf("unexpected %s", scanner.TokenString(tok))
		}
	}
}

// relative names a file as its path below dir/src.
func relative(dir, file string) string {
	return filepath.ToSlash(strings.TrimPrefix(file, dir+string(filepath.Separator)+"src"+string(filepath.Separator)))
}
