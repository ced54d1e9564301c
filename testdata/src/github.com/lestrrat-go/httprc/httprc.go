// Package httprc is a hand-written stub of github.com/lestrrat-go/httprc
// (v1.0.6): the Whitelist and HTTPClient interfaces that jwx v2's jwk
// package aliases.
package httprc

import "net/http"

// Whitelist decides whether a URL may be fetched.
type Whitelist interface {
	IsAllowed(string) bool
}

// HTTPClient fetches a URL.
type HTTPClient interface {
	Get(string) (*http.Response, error)
}
