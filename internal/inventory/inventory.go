// Package inventory is jwtlint's token-acceptance inventory (jwtlint
// -inventory): every place the code accepts a token, with its policy
// (library, algorithms, keys, claims validated, error handling) and the
// findings at that place.
//
// The policy of each place is the parse recogniser's (jwtparse.Policy).
// The bundle analyzer reports it, when its -inventory-records flag is set,
// as a diagnostic of Category carrying a Record and the spans of source
// that belong to the place (the call, the decode step holding its
// allow-list, its key function) encoded as JSON. Diagnostics are what
// every driver carries across packages, the go vet backend included; the
// jwtlint binary takes these apart from the findings (Collector), attaches
// to each record the findings inside its spans or pointing into them
// (related information such as "token parsed here"), and writes the
// records as a table, Markdown or JSON.
package inventory

import (
	"encoding/json"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/gate"
)

// Category is the diagnostic category of inventory records. Drivers that
// do not know it would print records as findings: only the jwtlint binary
// turns the records on.
const Category = "jwtlint-inventory"

// Record is one place that accepts a token, as the inventory shows it.
type Record struct {
	// Posn is the call, file:line:col (relative to the working directory
	// once collected).
	Posn     string `json:"posn"`
	Function string `json:"function"`
	Call     string `json:"call"`
	Library  string `json:"library"`
	// Verified is false for decodes that do not verify a signature.
	Verified bool `json:"verified"`
	// Algorithms accepted ("any": the token's header decides), and what
	// fixes them.
	Algorithms   []string `json:"algorithms"`
	AlgorithmsBy string   `json:"algorithms_by"`
	// Key lists the kinds of verification keys; KeyFunction names the key
	// function, if any.
	Key         []string `json:"key"`
	KeyFunction string   `json:"key_function,omitempty"`
	// Claims validated.
	Claims []string `json:"claims"`
	// Errors says how a failed verification is handled.
	Errors string `json:"errors"`
	// Incomplete: part of the policy is decided by code jwtlint could not
	// follow.
	Incomplete bool `json:"incomplete,omitempty"`
	// Findings are jwtlint's findings at this place.
	Findings []Finding `json:"findings"`
}

// Finding is a finding attached to a record.
type Finding struct {
	Check   string `json:"check"`
	Posn    string `json:"posn"`
	Message string `json:"message"` // without the "check: " prefix
}

// Span is a range of source belonging to a place, lines and columns
// inclusive at both ends.
type Span struct {
	File                       string
	Line, Col, EndLine, EndCol int
}

// SpanOf returns the span of [pos, end) in fset; end may be invalid (the
// span is then the position alone).
func SpanOf(fset *token.FileSet, pos, end token.Pos) Span {
	p := fset.Position(pos)
	s := Span{File: p.Filename, Line: p.Line, Col: p.Column, EndLine: p.Line, EndCol: p.Column}
	if end.IsValid() {
		e := fset.Position(end)
		s.EndLine, s.EndCol = e.Line, e.Column
	}
	return s
}

func (s Span) contains(p token.Position) bool {
	if p.Filename != s.File || p.Line < s.Line || p.Line > s.EndLine {
		return false
	}
	return (p.Line > s.Line || p.Column >= s.Col) && (p.Line < s.EndLine || p.Column <= s.EndCol)
}

// wire is what a record diagnostic carries.
type wire struct {
	Record *Record `json:"record"`
	Spans  []Span  `json:"spans"`
}

// Encode returns the message of the diagnostic that reports r.
func Encode(r *Record, spans []Span) string {
	data, err := json.Marshal(wire{r, spans})
	if err != nil {
		panic(err) // strings, ints and bools only
	}
	return string(data)
}

type entry struct {
	rec   *Record
	spans []Span
	pos   token.Position
}

// Collector gathers the records of a run and attaches findings to them.
type Collector struct {
	entries []*entry
	seen    map[string]bool
}

// Add takes the message of a record diagnostic. A package and its test
// variant report the same places: each is kept once.
func (c *Collector) Add(msg string) error {
	var w wire
	if err := json.Unmarshal([]byte(msg), &w); err != nil || w.Record == nil {
		return fmt.Errorf("inventory: bad record %q: %v", msg, err)
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	if c.seen[w.Record.Posn] {
		return nil
	}
	c.seen[w.Record.Posn] = true
	c.entries = append(c.entries, &entry{rec: w.Record, spans: w.Spans, pos: gate.ParsePosn(w.Record.Posn)})
	return nil
}

// Attach gives each record the findings inside its spans, or with related
// information inside them.
func (c *Collector) Attach(findings []gate.Finding) {
	for _, f := range findings {
		for _, e := range c.entries {
			if e.owns(f) {
				msg := strings.TrimPrefix(f.Message, f.Check+": ")
				e.rec.Findings = append(e.rec.Findings, Finding{Check: f.Check, Posn: f.Pos.String(), Message: msg})
			}
		}
	}
}

func (e *entry) owns(f gate.Finding) bool {
	for _, s := range e.spans {
		if s.contains(f.Pos) {
			return true
		}
		for _, r := range f.Related {
			if s.contains(r.Pos) {
				return true
			}
		}
	}
	return false
}

// Records returns the records sorted by position, their paths (and their
// findings') relative to dir where they are below it.
func (c *Collector) Records(dir string) []Record {
	slices.SortFunc(c.entries, func(a, b *entry) int {
		if a.pos.Filename != b.pos.Filename {
			return strings.Compare(a.pos.Filename, b.pos.Filename)
		}
		if a.pos.Line != b.pos.Line {
			return a.pos.Line - b.pos.Line
		}
		return a.pos.Column - b.pos.Column
	})
	out := make([]Record, 0, len(c.entries))
	for _, e := range c.entries {
		r := *e.rec
		r.Posn = relPosn(dir, r.Posn)
		r.Findings = slices.Clone(r.Findings)
		for i := range r.Findings {
			r.Findings[i].Posn = relPosn(dir, r.Findings[i].Posn)
		}
		if r.Findings == nil {
			r.Findings = []Finding{}
		}
		for _, l := range []*[]string{&r.Algorithms, &r.Key, &r.Claims} {
			if *l == nil {
				*l = []string{}
			}
		}
		out = append(out, r)
	}
	return out
}

// relPosn rewrites file:line:col with the file relative to dir.
func relPosn(dir, posn string) string {
	p := gate.ParsePosn(posn)
	if p.Filename == "" || p.Line == 0 {
		return posn
	}
	if rel := gate.Rel(dir, p.Filename); rel != "" {
		p.Filename = rel
	} else {
		p.Filename = filepath.ToSlash(p.Filename)
	}
	return p.String()
}
