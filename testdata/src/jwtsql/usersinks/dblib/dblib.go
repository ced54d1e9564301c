// Package dblib is an in-house database layer jwtlint does not know.
package dblib

import "context"

// Exec runs query (its second parameter).
func Exec(ctx context.Context, query string, args ...any) error { return nil }

// Ident quotes an identifier.
func Ident(name string) string { return `"` + name + `"` }
