package gate

import (
	"go/token"
	"strconv"
	"strings"
)

// ParsePosn parses "file:line:col" as go vet's JSON and the inventory
// records print positions (the file name may itself hold colons).
func ParsePosn(s string) token.Position {
	var p token.Position
	rest, col, ok := cutNumber(s)
	if !ok {
		p.Filename = s
		return p
	}
	file, line, ok := cutNumber(rest)
	if !ok {
		p.Filename, p.Line = rest, col
		return p
	}
	p.Filename, p.Line, p.Column = file, line, col
	return p
}

// cutNumber splits a trailing ":N" off s.
func cutNumber(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0, false
	}
	return s[:i], n, true
}
