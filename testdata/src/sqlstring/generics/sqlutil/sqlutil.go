// Package sqlutil holds generic helpers called from sqlstring/generics:
// their summaries cross the package boundary as facts of the generic
// function, and each call applies them to its own arguments.
package sqlutil

import "strings"

// In returns "col IN (?, ?, ...)" and the values to bind.
func In[T comparable](col string, vs []T) (string, []any) {
	args := make([]any, 0, len(vs))
	for _, v := range vs {
		args = append(args, v)
	}
	return col + " IN (" + strings.Repeat("?, ", len(vs)-1) + "?)", args
}

// Literal quotes a value by hand (not a sanitizer).
func Literal[T ~string](v T) string { return "'" + string(v) + "'" }
