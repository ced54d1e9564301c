// Package tenant holds the table prefix the program sets at start-up
// (here: only the tests of another package set it).
package tenant

var Prefix string
