package sqlfix

import (
	"strings"
	"unicode/utf8"
)

// fmtPiece is a run of literal text of a format (%% already read as %), or
// one verb as written ("%s", "%05d").
type fmtPiece struct {
	text   string
	isVerb bool
}

// parseFormat splits a fmt format into text and verbs. Formats whose verbs
// take an explicit argument index (%[2]s) or a * width are not split: the
// verbs would no longer map one to one, in order, onto the arguments.
func parseFormat(f string) ([]fmtPiece, bool) {
	var out []fmtPiece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, fmtPiece{text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(f); {
		if f[i] != '%' {
			lit.WriteByte(f[i])
			i++
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			lit.WriteByte('%')
			i += 2
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0", f[j]) >= 0 {
			j++
		}
		for j < len(f) && (f[j] >= '0' && f[j] <= '9' || f[j] == '.') {
			j++
		}
		if j >= len(f) || f[j] == '*' || f[j] == '[' {
			return nil, false
		}
		r, size := utf8.DecodeRuneInString(f[j:])
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return nil, false
		}
		flush()
		out = append(out, fmtPiece{text: f[i : j+size], isVerb: true})
		i = j + size
	}
	flush()
	return out, true
}
