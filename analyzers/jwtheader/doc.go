// Package jwtheader defines an Analyzer that reports token header values
// (kid, jku, x5u, x5c, jwk...) and claims of a token not verified yet (an
// iss read from an unverified decode or inside a key function) that
// choose where keys are fetched from or which file is read: server-side
// request forgery, keys a forger serves himself, path traversal.
package jwtheader
