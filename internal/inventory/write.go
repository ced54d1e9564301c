package inventory

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/jwtlint/jwtlint/internal/gate"
)

// Formats are the output formats of -inventory.
var Formats = []string{"text", "markdown", "json"}

// Write writes the records in a format of Formats.
func Write(w io.Writer, format string, recs []Record) error {
	switch format {
	case "text":
		return writeText(w, recs)
	case "markdown":
		return writeMarkdown(w, recs)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(recs)
	}
	return fmt.Errorf("unknown inventory format %q (known: %s)", format, strings.Join(Formats, ", "))
}

var columns = []string{"LOCATION", "FUNCTION", "LIBRARY", "ALGORITHMS", "KEY", "CLAIMS", "ERRORS", "FINDINGS"}

// cells are a record's table cells, in the order of columns.
func (r *Record) cells() []string {
	verified := r.Library
	if !r.Verified {
		verified += " (decode only)"
	}
	key := strings.Join(r.Key, ", ")
	if r.KeyFunction != "" {
		key += " via " + r.KeyFunction
	}
	algs := r.AlgorithmsBy // what fixes them, when they are not listed
	if len(r.Algorithms) > 0 {
		algs = strings.Join(r.Algorithms, ", ") + " (" + r.AlgorithmsBy + ")"
	}
	errs := r.Errors
	if r.Incomplete {
		errs += "; policy partly decided by code jwtlint does not follow"
	}
	claims := strings.Join(r.Claims, ", ")
	if claims == "" {
		claims = "-"
	}
	return []string{r.Posn, r.Function, verified, algs, key, claims, errs, r.findingsCell()}
}

// findingsCell lists the checks of the findings, with the line of each
// finding that is not at the call itself.
func (r *Record) findingsCell() string {
	if len(r.Findings) == 0 {
		return "-"
	}
	var parts []string
	count := map[string]int{}
	for _, f := range r.Findings {
		s := f.Check
		if f.Posn != r.Posn {
			s += " at " + shortPosn(f.Posn)
		}
		if count[s]++; count[s] == 1 {
			parts = append(parts, s)
		}
	}
	for i, p := range parts {
		if n := count[p]; n > 1 {
			parts[i] = fmt.Sprintf("%s (%d)", p, n)
		}
	}
	return strings.Join(parts, ", ")
}

// shortPosn is file:line.
func shortPosn(posn string) string {
	p := gate.ParsePosn(posn)
	if p.Line == 0 {
		return posn
	}
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

func writeText(w io.Writer, recs []Record) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(columns, "\t"))
	for i := range recs {
		fmt.Fprintln(tw, strings.Join(recs[i].cells(), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s", places(len(recs)))
	if n := withFindings(recs); n > 0 {
		fmt.Fprintf(w, "; %d with findings:\n", n)
	} else {
		fmt.Fprintln(w, ".")
	}
	for _, r := range recs {
		if len(r.Findings) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s %s\n", r.Posn, r.Function)
		for _, f := range r.Findings {
			fmt.Fprintf(w, "  %s: %s: %s\n", f.Posn, f.Check, f.Message)
		}
	}
	return nil
}

func writeMarkdown(w io.Writer, recs []Record) error {
	fmt.Fprintf(w, "| %s |\n", strings.Join(headers(), " | "))
	fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(columns)))
	for i := range recs {
		cells := recs[i].cells()
		for j, c := range cells {
			cells[j] = mdCell(c)
		}
		cells[0] = "`" + recs[i].Posn + "`"
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintf(w, "\n%s; %d with findings.\n", places(len(recs)), withFindings(recs))
	for _, r := range recs {
		if len(r.Findings) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n**`%s`** %s\n\n", r.Posn, mdCell(r.Function))
		for _, f := range r.Findings {
			fmt.Fprintf(w, "- `%s` **%s**: %s\n", f.Posn, f.Check, mdCell(f.Message))
		}
	}
	return nil
}

func headers() []string {
	h := make([]string, len(columns))
	for i, c := range columns {
		h[i] = strings.ToUpper(c[:1]) + strings.ToLower(c[1:])
	}
	return h
}

// mdCell escapes what would break a table cell or start markup.
func mdCell(s string) string {
	r := strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "\n", " ")
	return r.Replace(s)
}

func places(n int) string {
	if n == 1 {
		return "1 place accepts a token"
	}
	return fmt.Sprintf("%d places accept a token", n)
}

func withFindings(recs []Record) int {
	n := 0
	for _, r := range recs {
		if len(r.Findings) > 0 {
			n++
		}
	}
	return n
}
