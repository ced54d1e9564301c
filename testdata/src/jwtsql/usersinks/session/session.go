// Package session decodes an in-house bearer token that jwtlint does not
// know: tests name Subject with -sources.
package session

import "net/http"

// Subject returns the subject of the request's token.
func Subject(r *http.Request) string { return r.Header.Get("X-Subject") }

// Pair returns the request's trace id and the token's subject: tests name
// only its result 1 with -sources.
func Pair(r *http.Request) (trace, subject string) {
	return r.Header.Get("X-Trace"), r.Header.Get("X-Subject")
}
