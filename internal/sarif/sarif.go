// Package sarif writes jwtlint findings as SARIF 2.1.0 for GitHub code
// scanning: one rule per check, documented from checkdoc, and one result per
// finding with repository-relative locations, character columns and the
// fingerprint the baseline uses.
//
// The format is hand-written with encoding/json (as staticcheck does) to
// keep dependencies out; only what GitHub reads, plus what the SARIF
// validator asks for, is emitted.
package sarif

import (
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jwtlint/jwtlint/internal/checkdoc"
	"github.com/jwtlint/jwtlint/internal/finding"
	"github.com/jwtlint/jwtlint/internal/gate"
)

const (
	schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	srcRoot   = "%SRCROOT%"
)

// Run describes one jwtlint run.
type Run struct {
	Version        string            // the tool version: a Go module version or "devel"
	InformationURI string            // the tool's home page
	Checks         []*checkdoc.Check // the rules, in order
	Findings       []gate.Finding    // sorted, fingerprinted
	Root           string            // absolute; finding Paths are relative to it
	WorkDir        string            // absolute working directory of the run
	Errors         []string          // package, type and analysis errors
	Source         *gate.Source      // reads lines to convert byte columns

	// Compared is set when -baseline or -new-from-rev compared the findings
	// with an earlier state: results then carry a baselineState, "new" for
	// the reported ones and "unchanged" for those the filters hid.
	Compared bool
}

// directiveRule documents the findings the bundle reports about
// //jwtlint:ignore directives themselves (Category "jwtlint").
var directiveRule = rule{
	ID:                   "jwtlint",
	Name:                 "SuppressionDirective",
	ShortDescription:     text{"A //jwtlint:ignore directive is malformed or suppresses nothing."},
	FullDescription:      text{"A //jwtlint:ignore directive needs a known check name and a reason, and must suppress a finding on its line or the next; otherwise it is reported so that stale ignores do not accumulate."},
	Help:                 &help{Text: "Write //jwtlint:ignore CHECK reason on the line of the finding or the line above it, or remove the directive.", Markdown: "Write `//jwtlint:ignore CHECK reason` on the line of the finding or the line above it, or remove the directive."},
	DefaultConfiguration: configuration{Level: "warning"},
	Properties:           ruleProperties{Tags: []string{"maintainability"}, Precision: "very-high"},
}

// levelOf is a result's level: the rule's, lowered to "warning" for
// findings about program input, stored data and values of no known kind.
func levelOf(f gate.Finding, r rule) string {
	if finding.Level(f.Check, f.Message) == "warning" {
		return "warning"
	}
	return r.DefaultConfiguration.Level
}

// Write encodes the run as a SARIF log.
func Write(w io.Writer, r Run) error {
	src := r.Source
	if src == nil {
		src = &gate.Source{}
	}
	var rules []rule
	index := map[string]int{}
	for _, c := range r.Checks {
		index[c.Name] = len(rules)
		rules = append(rules, checkRule(c))
	}
	results := []result{} // an empty run still needs "results": []
	for _, f := range r.Findings {
		i, ok := index[f.Check]
		if !ok {
			i = len(rules)
			index[f.Check] = i
			if f.Check == directiveRule.ID {
				rules = append(rules, directiveRule)
			} else {
				// An unknown category still needs a rule for GitHub.
				rules = append(rules, rule{ID: f.Check, ShortDescription: text{f.Check}, FullDescription: text{f.Check},
					Help: &help{Text: f.Check}, DefaultConfiguration: configuration{Level: "error"}})
			}
		}
		res := result{
			RuleID:              f.Check,
			RuleIndex:           i,
			Level:               levelOf(f, rules[i]),
			Message:             text{strings.TrimPrefix(f.Message, f.Check+": ")},
			Locations:           []location{{PhysicalLocation: physical(f.Pos, f.End, f.Path, src)}},
			PartialFingerprints: map[string]string{gate.FingerprintKey: f.Fingerprint},
		}
		if kind := finding.InputKind(f.Check, f.Message); kind != "" {
			res.Properties = &resultProperties{Input: kind}
			if res.Level == "warning" {
				res.Properties.SecuritySeverity = checkdoc.Medium.Score()
			}
		}
		if r.Compared {
			res.BaselineState = "new"
			if f.Filtered {
				res.BaselineState = "unchanged"
			}
		}
		for j, rel := range f.Related {
			res.RelatedLocations = append(res.RelatedLocations, location{
				ID:               j + 1,
				PhysicalLocation: physical(rel.Pos, rel.End, rel.Path, src),
				Message:          &text{strings.TrimSpace(rel.Message)},
			})
		}
		results = append(results, res)
	}

	inv := invocation{ExecutionSuccessful: len(r.Errors) == 0, WorkingDirectory: &artifactLocation{URI: dirURI(r.WorkDir)}}
	for _, e := range r.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{Level: "error", Message: text{e}})
	}
	out := log{
		Schema:  schemaURI,
		Version: "2.1.0",
		Runs: []run{{
			Tool: tool{Driver: driver{
				Name:           "jwtlint",
				Version:        strings.TrimPrefix(r.Version, "v"), // SARIF2005: versions should start with a digit
				InformationURI: r.InformationURI,
				Rules:          rules,
			}},
			Invocations:        []invocation{inv},
			OriginalURIBaseIDs: map[string]artifactLocation{srcRoot: {URI: dirURI(r.Root)}},
			ColumnKind:         "unicodeCodePoints",
			Results:            results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func checkRule(c *checkdoc.Check) rule {
	tags := []string{"security"}
	for _, cwe := range c.CWE {
		// CodeQL's tag spelling, which code scanning uses to link CWEs.
		tags = append(tags, cwe, "external/cwe/"+strings.ToLower(cwe))
	}
	return rule{
		ID:                   c.Name,
		Name:                 camel(c.Title),
		ShortDescription:     text{sentence(c.Title)},
		FullDescription:      text{firstParagraph(c.Comment)},
		Help:                 &help{Text: c.Text(), Markdown: c.Markdown()},
		HelpURI:              c.URL(),
		DefaultConfiguration: configuration{Level: "error"},
		Properties: ruleProperties{
			Tags:             tags,
			Precision:        "high",
			SecuritySeverity: c.Severity.Score(),
		},
	}
}

// physical locates [pos, end) with SARIF character columns. Go columns are
// 1-based byte offsets; SARIF counts characters (columnKind
// unicodeCodePoints), which differ on lines with non-ASCII text.
func physical(start, stop token.Position, path string, src *gate.Source) physicalLocation {
	loc := physicalLocation{ArtifactLocation: artifact(start.Filename, path)}
	if start.Line < 1 {
		return loc
	}
	reg := &region{StartLine: start.Line, StartColumn: charColumn(src.Line(start.Filename, start.Line), start.Column)}
	if stop.IsValid() && stop.Filename == start.Filename && stop.Line >= start.Line {
		reg.EndLine = stop.Line
		reg.EndColumn = charColumn(src.Line(stop.Filename, stop.Line), stop.Column)
		if reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn {
			reg.EndColumn = reg.StartColumn
		}
	}
	loc.Region = reg
	return loc
}

// charColumn converts a 1-based byte column of line to a 1-based character
// column.
func charColumn(line string, col int) int {
	if col < 1 {
		return 1
	}
	if col-1 > len(line) {
		return col - len(line) + utf8.RuneCountInString(line)
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}

func artifact(filename, rel string) artifactLocation {
	if rel != "" {
		return artifactLocation{URI: (&url.URL{Path: rel}).String(), URIBaseID: srcRoot}
	}
	// Outside the root (another module on disk): an absolute file URI.
	return artifactLocation{URI: fileURI(filename)}
}

func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file URI of a directory; SARIF base URIs end with a slash.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// camel turns a title into the PascalCase rule name SARIF viewers show:
// "registered claims are not validated" → "RegisteredClaimsAreNotValidated".
func camel(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	return b.String()
}

// sentence capitalises s and ends it with a period, as SARIF messages
// should be (validator rule SARIF2001).
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// firstParagraph is the first paragraph of a doc comment, on one line.
func firstParagraph(comment string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(comment), "\n\n")
	return strings.Join(strings.Fields(p), " ")
}
