// Package e2e holds end-to-end tests of the jwtlint binary: it is built
// once, then run on the bundled demo service standalone and as
// go vet -vettool, and the findings are compared with the demo's expected
// set.
package e2e
