package inventory

import (
	"bytes"
	"encoding/json"
	"go/token"
	"strings"
	"testing"

	"github.com/jwtlint/jwtlint/internal/gate"
)

func pos(file string, line, col int) token.Position {
	return token.Position{Filename: file, Line: line, Column: col}
}

// TestAttach: a finding belongs to a place when it lies in one of its
// spans (the call, across lines; the key function) or points into one
// with related information; records are kept once, sorted, and their
// paths made relative.
func TestAttach(t *testing.T) {
	var c Collector
	call := Span{File: "/m/a.go", Line: 10, Col: 9, EndLine: 12, EndCol: 3}
	keyfunc := Span{File: "/m/k.go", Line: 3, Col: 1, EndLine: 9, EndCol: 2}
	for _, msg := range []string{
		Encode(&Record{Posn: "/m/a.go:10:9", Function: "A"}, []Span{call, keyfunc}),
		Encode(&Record{Posn: "/m/a.go:2:5", Function: "B"}, []Span{{File: "/m/a.go", Line: 2, Col: 5, EndLine: 2, EndCol: 40}}),
		Encode(&Record{Posn: "/m/a.go:10:9", Function: "A"}, []Span{call}), // a test variant's copy
	} {
		if err := c.Add(msg); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Add("{not json"); err == nil {
		t.Error("a bad record was accepted")
	}
	c.Attach([]gate.Finding{
		{Check: "jwtalg", Message: "jwtalg: at the call", Pos: pos("/m/a.go", 11, 2)},
		{Check: "jwtsql", Message: "jwtsql: in the key function", Pos: pos("/m/k.go", 5, 4)},
		{Check: "jwtsql", Message: "jwtsql: elsewhere, parse related", Pos: pos("/m/b.go", 7, 1),
			Related: []gate.Related{{Pos: pos("/m/a.go", 10, 9), Message: "token parsed here"}}},
		{Check: "sqlstring", Message: "sqlstring: after the call's end", Pos: pos("/m/a.go", 12, 4)},
		{Check: "sqlstring", Message: "sqlstring: before the call's start", Pos: pos("/m/a.go", 10, 8)},
		{Check: "sqlstring", Message: "sqlstring: other file", Pos: pos("/m/c.go", 11, 2)},
	})
	recs := c.Records("/m")
	if len(recs) != 2 || recs[0].Function != "B" || recs[1].Function != "A" {
		t.Fatalf("records: %+v", recs)
	}
	if recs[1].Posn != "a.go:10:9" {
		t.Errorf("posn %q, want a.go:10:9", recs[1].Posn)
	}
	var got []string
	for _, f := range recs[1].Findings {
		got = append(got, f.Posn+" "+f.Check+": "+f.Message)
	}
	want := []string{
		"a.go:11:2 jwtalg: at the call",
		"k.go:5:4 jwtsql: in the key function",
		"b.go:7:1 jwtsql: elsewhere, parse related",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings of A:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if recs[0].Findings == nil || len(recs[0].Findings) != 0 || recs[0].Algorithms == nil || recs[0].Key == nil || recs[0].Claims == nil {
		t.Errorf("B: empty lists must be [] in JSON: %+v", recs[0])
	}
}

// TestWrite: the JSON is an array with the documented keys; Markdown
// escapes what would break a table; an unknown format is an error.
func TestWrite(t *testing.T) {
	recs := []Record{{
		Posn: "a.go:1:2", Function: "(*S).F", Call: "jwt.Parse", Library: "golang-jwt/jwt v5", Verified: true,
		Algorithms: []string{"HS*"}, AlgorithmsBy: "key function checks the method", Key: []string{"HMAC secret"},
		Claims: []string{"exp"}, Errors: "every error rejected",
		Findings: []Finding{{Check: "jwtalg", Posn: "a.go:1:2", Message: "a | b"}, {Check: "jwtalg", Posn: "a.go:1:2", Message: "c"}},
	}}
	var b bytes.Buffer
	if err := Write(&b, "json", recs); err != nil {
		t.Fatal(err)
	}
	var objs []map[string]any
	if err := json.Unmarshal(b.Bytes(), &objs); err != nil || len(objs) != 1 {
		t.Fatalf("%v\n%s", err, b.String())
	}
	for _, k := range []string{"posn", "function", "call", "library", "verified", "algorithms", "algorithms_by", "key", "claims", "errors", "findings"} {
		if _, ok := objs[0][k]; !ok {
			t.Errorf("JSON record lacks %q", k)
		}
	}
	b.Reset()
	if err := Write(&b, "markdown", recs); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"| `a.go:1:2` | (\\*S).F |", "HS\\* (key function checks the method)", "jwtalg (2)", "**jwtalg**: a \\| b"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	b.Reset()
	if err := Write(&b, "text", recs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "1 place accepts a token; 1 with findings:") {
		t.Errorf("text:\n%s", b.String())
	}
	if err := Write(&b, "yaml", recs); err == nil {
		t.Error("unknown format accepted")
	}
}
