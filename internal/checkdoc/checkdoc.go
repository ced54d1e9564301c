// Package checkdoc holds each check's documentation as data: one record
// per check (title, CWE ids, severity, and the prose of its doc.go package
// comment with a bad and a good example). The same record feeds
// Analyzer.Doc, -explain, -list-checks, SARIF rule help and
// docs/checks/CHECK.md, so they cannot drift apart.
package checkdoc

import (
	"fmt"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"strings"
)

// BaseURL is where each check's page lives; URL() appends the check name.
const BaseURL = "https://github.com/jwtlint/jwtlint/blob/main/docs/checks/"

// Check documents one check.
type Check struct {
	Name     string
	Title    string   // one line: what is wrong
	CWE      []string // e.g. "CWE-347"
	Severity Severity
	// Comment is the check's documentation in Go doc comment syntax: the
	// package comment of its doc.go, without the "Package x" sentence.
	Comment string
}

// Severity ranks findings for SARIF and the README.
type Severity string

const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
)

// Score is the SARIF security-severity (GitHub: >= 9 critical, 7-8.9 high,
// 4-6.9 medium).
func (s Severity) Score() string {
	switch s {
	case Critical:
		return "9.1"
	case High:
		return "8.1"
	}
	return "5.3"
}

// New builds a Check from its doc.go source (embedded by the check).
func New(name, title string, cwe []string, sev Severity, docGo string) *Check {
	return &Check{Name: name, Title: title, CWE: cwe, Severity: sev, Comment: packageComment(docGo)}
}

// packageComment extracts the package comment of a Go source file and
// drops its first paragraph ("Package jwtalg defines ..."), which is about
// the Go package rather than the check.
func packageComment(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("checkdoc: doc.go without a package comment: %v", err))
	}
	text := strings.TrimSpace(f.Doc.Text())
	if _, rest, ok := strings.Cut(text, "\n\n"); ok && strings.HasPrefix(text, "Package ") {
		text = rest
	}
	return text
}

// URL is the check's documentation page.
func (c *Check) URL() string { return BaseURL + c.Name + ".md" }

// Doc is the Analyzer.Doc text: a one-line summary, then the prose.
func (c *Check) Doc() string {
	return c.Name + ": " + c.Title + "\n\n" + c.Comment
}

func (c *Check) parsed() *comment.Doc {
	var p comment.Parser
	return p.Parse(c.Comment)
}

// Markdown renders the documentation (SARIF help, docs/checks pages).
func (c *Check) Markdown() string {
	var pr comment.Printer
	pr.HeadingLevel = 2
	return string(pr.Markdown(c.parsed()))
}

// Text renders the documentation as plain text (-explain).
func (c *Check) Text() string {
	var pr comment.Printer
	pr.TextWidth = 80
	return string(pr.Text(c.parsed()))
}

// Page is the full docs/checks/NAME.md page.
func (c *Check) Page() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s — %s\n\n", c.Name, c.Title)
	fmt.Fprintf(&b, "Severity: %s. Weaknesses: %s.\n\n", c.Severity, strings.Join(c.CWE, ", "))
	b.WriteString(c.Markdown())
	b.WriteString("\n<!-- generated from analyzers/" + c.Name + "/doc.go by `go generate ./analyzers/jwtlint`; do not edit -->\n")
	return b.String()
}
