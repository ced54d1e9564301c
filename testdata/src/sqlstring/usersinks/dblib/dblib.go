// Package dblib is an in-house database layer that jwtlint does not know:
// tests name its functions with -sinks and -sanitizers.
package dblib

import "context"

// Exec runs query (its second parameter).
func Exec(ctx context.Context, query string, args ...any) error { return nil }

type Conn struct{}

// Run runs query (its first parameter).
func (c *Conn) Run(query string, args ...any) error { return nil }

// Ident quotes an identifier.
func Ident(name string) string { return `"` + name + `"` }
