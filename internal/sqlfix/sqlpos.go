package sqlfix

import "strings"

// posKind says what a pasted operand is in the SQL text.
type posKind int

const (
	// posOther: a fragment of SQL (a condition after WHERE, part of a
	// LIKE pattern, inside a comment...): no fix, and nothing to add.
	posOther posKind = iota
	// posValue: a value a bind parameter can replace.
	posValue
	// posName: a table, column or other name, or an ORDER BY term.
	posName
	// posInList: an element or the whole of an IN list.
	posInList
	// posLimit: the count of LIMIT or OFFSET.
	posLimit
)

// position is where an operand sits: its kind, whether it fills a quoted
// literal ('...') on its own, and for names, IN lists and limits, a phrase
// for the message ("a name after ORDER BY").
type position struct {
	kind   posKind
	quoted bool
	where  string
}

// classify reads the SQL text before an operand (prefix) and after it
// (suffix; known is false when the text right after the operand is not
// known, as when another non-constant operand follows).
func classify(prefix, suffix string, known bool) position {
	sc := scanSQL(prefix)
	switch sc.mode {
	case inString:
		// Only a literal the operand fills alone: '...' + v + '...'
		// would keep part of a pattern (LIKE '%...').
		if sc.openAt != len(prefix)-1 || sc.openAt > 0 && isWordByte(prefix[sc.openAt-1]) {
			return position{} // E'...', N'...', or text before v
		}
		if !known || !strings.HasPrefix(suffix, "'") || strings.HasPrefix(suffix, "''") ||
			len(suffix) > 1 && isWordByte(suffix[1]) {
			return position{}
		}
		p := context(sc, true, suffix[1:])
		p.quoted = true
		return p
	case inQuotedName:
		return position{kind: posName, where: "a quoted name"}
	case inCode:
	default:
		return position{}
	}
	if prefix != "" {
		switch c := prefix[len(prefix)-1]; {
		case isWordByte(c) || c == '.':
			return position{kind: posName, where: "part of a name"}
		case c == '$' || c == '?' || c == ':' || c == '@':
			return position{}
		}
	}
	if !known {
		return position{}
	}
	if suffix != "" {
		switch c := suffix[0]; {
		case isWordByte(c) || c == '.':
			return position{kind: posName, where: "part of a name"}
		case c == '\'' || c == '"' || c == '`' || c == '$':
			return position{}
		}
	}
	return context(sc, false, suffix)
}

// comparisons are the operators whose right operand is a value.
var comparisons = map[string]bool{"=": true, "<>": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true}

// nameClauses are the clauses whose terms are names (or expressions over
// names) rather than values.
var nameClauses = map[string]bool{
	"SELECT": true, "FROM": true, "JOIN": true, "INTO": true, "UPDATE": true, "TABLE": true,
	"ORDER BY": true, "GROUP BY": true, "PARTITION BY": true, "RETURNING": true, "USING": true,
}

// context classifies an operand from the tokens before it (sc) and the
// text after it.
func context(sc *sqlScan, quoted bool, after string) position {
	t := sc.last(0)
	clause := sc.clause
	var inner *paren
	if n := len(sc.parens); n > 0 {
		inner = &sc.parens[n-1]
		if clause == "" {
			clause = inner.clause
		}
	}
	next := firstWord(after)
	name := func(where string) position { return position{kind: posName, where: where} }
	switch {
	case t == "":
		return position{}
	case comparisons[t]:
		if clause == "ON" && !quoted {
			return position{} // a join condition: more often a column than a value
		}
		if nameClauses[clause] && !quoted {
			return position{} // SELECT a = ..., an expression over names
		}
		return position{kind: posValue}
	case t == "LIKE" || t == "ILIKE" || t == "BETWEEN" || t == "AND" && sc.last(2) == "BETWEEN":
		return position{kind: posValue}
	case t == "LIMIT" || t == "OFFSET" || clause == "LIMIT" || clause == "OFFSET":
		kw := clause
		if t == "LIMIT" || t == "OFFSET" {
			kw = t
		}
		return position{kind: posLimit, where: "the count after " + kw}
	case t == "(" || t == ",":
		switch {
		case inner != nil && inner.before == "IN":
			return position{kind: posInList, where: "an IN list"}
		case inner != nil && (inner.clause == "VALUES" && (inner.before == "VALUES" || inner.before == ",")):
			return position{kind: posValue}
		case nameClauses[clause]:
			return name("a name in " + clause)
		case clause == "SET" && t == "," && !quoted && strings.HasPrefix(strings.TrimSpace(after), "="):
			return name("a column name in SET")
		case quoted && inner != nil:
			return position{kind: posValue} // a literal argument: lower('...')
		}
		return position{}
	case t == "BY" || nameClauses[t] || t == "AS" || t == "DISTINCT" || t == "SET":
		kw := t
		if t == "BY" {
			kw = sc.last(1) + " BY"
		}
		return name("a name after " + kw)
	case !quoted && (t == "WHERE" || t == "AND" || t == "OR" || t == "NOT" || t == "ON" || t == "HAVING" || t == "WHEN"):
		if comparisons[next] || next == "LIKE" || next == "ILIKE" || next == "IN" || next == "IS" || next == "BETWEEN" {
			return name("a column name after " + t)
		}
	case (clause == "ORDER BY" || clause == "GROUP BY") && (isWordByte(t[0]) || t == "NAME"):
		return name("a name in " + clause)
	}
	return position{}
}

// firstWord returns the first token of s, upper-cased: a word, or an
// operator of up to two characters.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" {
		return ""
	}
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	if i > 0 {
		return strings.ToUpper(s[:i])
	}
	if len(s) > 1 && comparisons[s[:2]] {
		return s[:2]
	}
	return s[:1]
}
