package sqlfix

import "strings"

// scanMode is where a scan of SQL text ended.
type scanMode int

const (
	inCode        scanMode = iota
	inString               // '...'
	inQuotedName           // "..." or `...`
	inComment              // -- or /* */
	inDollarQuote          // $$...$$ or $tag$...$tag$: not followed
)

// sqlScan is a rough lexical reading of SQL text: enough to tell where a
// pasted value sits (inside a literal, after which keyword or operator, in
// which clause), not a parser. Significant tokens outside literals are kept
// upper-cased; a string literal is the token "'", a quoted name "NAME", a
// number "0", a placeholder "PARAM".
type sqlScan struct {
	toks   []string
	parens []paren
	clause string // the clause being read at the current depth
	mode   scanMode
	openAt int // byte offset of the quote that opened the current literal

	qmarks       int  // ? placeholders outside literals and comments
	qmarkInText  bool // a ? inside a literal, a quoted name or a comment
	backslash    bool // a backslash inside a string literal (MySQL escapes)
	maxDollar    int  // highest $n
	dollarQuoted bool
}

// paren is an open parenthesis: the token before it and the clause it
// interrupted.
type paren struct{ before, clause string }

// clauseWords start a clause; JOIN stands for every join.
var clauseWords = map[string]bool{
	"SELECT": true, "FROM": true, "WHERE": true, "SET": true, "VALUES": true,
	"HAVING": true, "LIMIT": true, "OFFSET": true, "RETURNING": true, "INTO": true,
	"UPDATE": true, "ON": true, "USING": true, "JOIN": true, "FETCH": true, "TABLE": true,
}

func scanSQL(s string) *sqlScan {
	sc := &sqlScan{}
	for i := 0; i < len(s); {
		c := s[i]
		switch sc.mode {
		case inString:
			switch {
			case c == '\'' && i+1 < len(s) && s[i+1] == '\'':
				i += 2
				continue
			case c == '\'':
				sc.mode = inCode
				sc.push("'")
			case c == '\\':
				sc.backslash = true
			case c == '?':
				sc.qmarkInText = true
			}
			i++
			continue
		case inQuotedName:
			if c == s[sc.openAt] {
				if i+1 < len(s) && s[i+1] == c {
					i += 2
					continue
				}
				sc.mode = inCode
				sc.push("NAME")
			} else if c == '?' {
				sc.qmarkInText = true
			}
			i++
			continue
		case inComment:
			if s[sc.openAt+1] == '-' && c == '\n' {
				sc.mode = inCode
			} else if s[sc.openAt+1] == '*' && c == '*' && i+1 < len(s) && s[i+1] == '/' {
				sc.mode = inCode
				i++
			} else if c == '?' {
				sc.qmarkInText = true
			}
			i++
			continue
		case inDollarQuote:
			return sc
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-', c == '/' && i+1 < len(s) && s[i+1] == '*':
			sc.mode, sc.openAt = inComment, i
			i += 2
		case c == '\'':
			sc.mode, sc.openAt = inString, i
			i++
		case c == '"' || c == '`':
			sc.mode, sc.openAt = inQuotedName, i
			i++
		case c == '$' && i+1 < len(s) && isDigit(s[i+1]):
			j, n := i+1, 0
			for j < len(s) && isDigit(s[j]) {
				n = n*10 + int(s[j]-'0')
				j++
			}
			sc.maxDollar = max(sc.maxDollar, n)
			sc.push("PARAM")
			i = j
		case c == '$' && i+1 < len(s) && (s[i+1] == '$' || isWordByte(s[i+1])):
			sc.mode, sc.dollarQuoted = inDollarQuote, true
			return sc
		case c == '?':
			sc.qmarks++
			sc.push("PARAM")
			i++
		case isWordByte(c) && !isDigit(c):
			j := i
			for j < len(s) && (isWordByte(s[j]) || s[j] == '$') {
				j++
			}
			sc.word(strings.ToUpper(s[i:j]))
			i = j
		case isDigit(c):
			for i < len(s) && (isWordByte(s[i]) || s[i] == '.') {
				i++
			}
			sc.push("0")
		case c == '(':
			sc.parens = append(sc.parens, paren{before: sc.last(0), clause: sc.clause})
			sc.clause = ""
			sc.push("(")
			i++
		case c == ')':
			if n := len(sc.parens); n > 0 {
				sc.clause = sc.parens[n-1].clause
				sc.parens = sc.parens[:n-1]
			}
			sc.push(")")
			i++
		default:
			op := string(c)
			if i+1 < len(s) {
				switch two := s[i : i+2]; two {
				case "<=", ">=", "<>", "!=", "::", "||":
					op = two
				}
			}
			sc.push(op)
			i += len(op)
		}
	}
	return sc
}

func (sc *sqlScan) push(t string) { sc.toks = append(sc.toks, t) }

// word records a keyword or name, and the clause it starts.
func (sc *sqlScan) word(w string) {
	switch {
	case w == "BY" && (sc.last(0) == "ORDER" || sc.last(0) == "GROUP" || sc.last(0) == "PARTITION"):
		sc.clause = sc.last(0) + " BY"
	case clauseWords[w]:
		sc.clause = w
	}
	sc.push(w)
}

// last returns the token i places from the end ("" before the start).
func (sc *sqlScan) last(i int) string {
	if i < len(sc.toks) {
		return sc.toks[len(sc.toks)-1-i]
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c >= 0x80
}
