// Package quoteutil holds quoting helpers used from another package: their
// results are proven safe by the helpers' summaries and EscapeFacts.
package quoteutil

import "strings"

// Ident quotes an identifier, as pq.QuoteIdentifier does.
func Ident(name string) string {
	if i := strings.IndexByte(name, 0); i >= 0 {
		name = name[:i]
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// Escape doubles single quotes; the caller adds the quotes.
func Escape(s string) string { return strings.ReplaceAll(s, "'", "''") }

// Strip removes double quotes; the caller adds them.
func Strip(s string) string { return strings.ReplaceAll(s, `"`, "") }

// Wrap adds quotes without escaping anything.
func Wrap(s string) string { return `"` + s + `"` }
