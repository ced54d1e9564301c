// Package jwtlint defines the top-level jwtlint Analyzer, which bundles
// every check: it runs them, applies the configuration (-checks), drops
// findings in generated files and those under //jwtlint:ignore directives,
// keeps one finding per flaw, and reports the rest. Drivers (the jwtlint
// binary, go vet -vettool, the golangci-lint plugin) see one analyzer named
// jwtlint whose diagnostics carry the check name as Category and message
// prefix.
package jwtlint

//go:generate go run ./internal/gendocs -o ../../docs/checks
