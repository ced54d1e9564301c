package sqlfix

import (
	"fmt"
	"go/ast"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// rewrite builds the fix of t, whose operands not proven safe are all
// values (pos); nil when the result would not be exact.
func (f *Fixer) rewrite(t *target, pos map[int]position) *analysis.SuggestedFix {
	info := f.pass.TypesInfo
	call, b := t.call, t.built
	binds := call.Args[t.api.text+1:]
	spread := call.Ellipsis.IsValid()
	for _, a := range binds {
		if badBind(info.TypeOf(a)) {
			return nil
		}
	}
	var values []int // indices of the moving segments, in order
	for i := range b.segs {
		if p, ok := pos[i]; ok {
			if !f.movable(b.segs[i], p) {
				return nil
			}
			values = append(values, i)
		}
	}
	if !f.placeholdersFit(t, binds, spread) {
		return nil
	}

	// Where each value goes among the bind arguments, and its placeholder.
	type slot struct {
		seg, index int
		ph         string
		src        string
	}
	var slots []slot
	appendOnly := true
	total := scanSQL(render(b.segs)).qmarks
	for k, i := range values {
		src, ok := f.source(b.segs[i].expr)
		if !ok {
			return nil
		}
		s := slot{seg: i, index: len(binds) + k, src: src, ph: t.style.placeholder(len(binds) + k + 1)}
		if t.style == Question {
			// ? binds in order of appearance: the value goes after the
			// arguments of the placeholders before it.
			before := scanSQL(render(b.segs[:i])).qmarks
			s.index = before + k
			appendOnly = appendOnly && before == total
		}
		slots = append(slots, s)
	}
	if spread && !appendOnly {
		return nil // the values would go inside the spread slice
	}

	// The new text: placeholders in place of the values and their quotes.
	segs := append([]segment(nil), b.segs...)
	for _, s := range slots {
		if pos[s.seg].quoted {
			prev, next := &segs[s.seg-1], &segs[s.seg+1]
			if prev.kind != segLit || next.kind != segLit ||
				!strings.HasSuffix(prev.text, "'") || !strings.HasPrefix(next.text, "'") {
				return nil // the quote is inside a named constant
			}
			prev.text = prev.text[:len(prev.text)-1]
			next.text = next.text[1:]
		}
		segs[s.seg] = segment{kind: segLit, text: s.ph}
	}
	text, ok := f.emit(b, segs)
	if !ok {
		return nil
	}
	if !f.sameEvaluation(t, segs, values, binds) {
		return nil
	}

	// The edits: the text, then the bind arguments.
	var edits []analysis.TextEdit
	edits = append(edits, analysis.TextEdit{Pos: b.expr.Pos(), End: b.expr.End(), NewText: []byte(text)})
	var srcs []string
	for _, s := range slots {
		srcs = append(srcs, s.src)
	}
	switch {
	case spread:
		x, ok := ast.Unparen(binds[0]).(*ast.Ident)
		if !ok {
			return nil
		}
		n := x.Name
		edits = append(edits, analysis.TextEdit{Pos: x.Pos(), End: x.End(),
			NewText: fmt.Appendf(nil, "append(%s[:len(%s):len(%s)], %s)", n, n, n, strings.Join(srcs, ", "))})
	case appendOnly:
		at := t.arg.End()
		if len(binds) > 0 {
			at = binds[len(binds)-1].End()
		}
		add := ", " + strings.Join(srcs, ", ")
		if last := &edits[len(edits)-1]; last.End == at {
			last.NewText = append(last.NewText, add...)
		} else {
			edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(add)})
		}
	default:
		list := make([]string, 0, len(binds)+len(slots))
		for _, a := range binds {
			src, ok := f.source(a)
			if !ok {
				return nil
			}
			list = append(list, src)
		}
		for _, s := range slots {
			list = append(list[:s.index], append([]string{s.src}, list[s.index:]...)...)
		}
		edits = append(edits, analysis.TextEdit{Pos: binds[0].Pos(), End: binds[len(binds)-1].End(),
			NewText: []byte(strings.Join(list, ", "))})
	}
	if f.commentsWithin(edits) {
		return nil
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })

	var phs []string
	for _, s := range slots {
		phs = append(phs, s.ph)
	}
	msg := fmt.Sprintf("Pass %s as bind parameter %s", strings.Join(srcs, ", "), strings.Join(phs, ", "))
	if len(slots) > 1 {
		msg = fmt.Sprintf("Pass %s as bind parameters %s", strings.Join(srcs, ", "), strings.Join(phs, ", "))
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: edits}
}

// placeholdersFit checks the placeholders already in the text against the
// existing bind arguments, so that the new ones can be numbered (or
// ordered) after them: the text must scan cleanly; with $n, no placeholder
// may refer past the arguments given (a spread hides how many); with ?,
// every ? must be a placeholder (none in literals or comments: gorm, bun,
// squirrel and sqlx.Rebind replace them blindly) and their number must
// match the arguments, unless nothing is known about either.
func (f *Fixer) placeholdersFit(t *target, binds []ast.Expr, spread bool) bool {
	segs := t.built.segs
	full := render(segs)
	sc := scanSQL(full)
	if sc.mode != inCode || sc.dollarQuoted || sc.backslash {
		return false
	}
	opaque := false // an operand whose text is unknown
	for _, s := range segs {
		if s.kind == segSafe || s.kind == segConst && !s.known {
			opaque = true
		}
	}
	if t.style == Dollar {
		return !spread && sc.maxDollar <= len(binds)
	}
	if sc.qmarkInText || strings.Contains(full, "??") {
		return false
	}
	if opaque && (len(binds) > 0 || spread) {
		return false
	}
	if !spread && sc.qmarks != len(binds) {
		return false
	}
	switch t.api.lib {
	case "bun": // ?name, ?0 and ?TableName are bun's own
		for i := 0; i+1 < len(full); i++ {
			if full[i] == '?' && isWordByte(full[i+1]) {
				return false
			}
		}
	case "gorm": // text with @ is read for @name arguments
		if strings.Contains(full, "@") {
			return false
		}
	}
	return true
}

// emit renders the new text expression: a Sprintf keeping the operands
// that stay, or a single literal when none does; for a + chain, the kept
// operands joined with literals.
func (f *Fixer) emit(b *built, segs []segment) (string, bool) {
	if b.sprintf != nil {
		var format strings.Builder
		var args []string
		raw := false
		for _, s := range segs {
			if s.kind == segLit {
				format.WriteString(s.text)
				raw = raw || s.raw
				continue
			}
			src, ok := f.source(s.expr)
			if !ok {
				return "", false
			}
			args = append(args, src)
		}
		if len(args) == 0 {
			return goString(format.String(), raw), true
		}
		format.Reset()
		for _, s := range segs {
			if s.kind == segLit {
				format.WriteString(strings.ReplaceAll(s.text, "%", "%%"))
			} else {
				format.WriteString(s.verb)
			}
		}
		fun, ok := f.source(b.sprintf.Fun)
		if !ok {
			return "", false
		}
		return fun + "(" + goString(format.String(), raw) + ", " + strings.Join(args, ", ") + ")", true
	}
	var parts []string
	var run strings.Builder
	raw, inRun := false, false
	flush := func() {
		if inRun && run.Len() > 0 {
			parts = append(parts, goString(run.String(), raw))
		}
		run.Reset()
		raw, inRun = false, false
	}
	for _, s := range segs {
		if s.kind == segLit {
			run.WriteString(s.text)
			raw = raw || s.raw
			inRun = true
			continue
		}
		flush()
		src, ok := f.source(s.expr)
		if !ok {
			return "", false
		}
		parts = append(parts, src)
	}
	flush()
	if len(parts) == 0 {
		return `""`, true
	}
	return strings.Join(parts, " + "), true
}

// goString quotes s as a Go string literal: raw when the original was and
// s allows it (keeping multi-line queries readable), interpreted otherwise.
func goString(s string, raw bool) string {
	if raw && !strings.ContainsAny(s, "`\r") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// commentsWithin reports whether a comment lies inside a replaced range:
// the rewrite would drop it.
func (f *Fixer) commentsWithin(edits []analysis.TextEdit) bool {
	for _, e := range edits {
		if e.Pos == e.End {
			continue
		}
		file := f.fileOf(e.Pos)
		if file == nil {
			return true
		}
		for _, cg := range file.Comments {
			if cg.Pos() < e.End && e.Pos < cg.End() {
				return true
			}
		}
	}
	return false
}
