// Package iter is a hand-written stub of
// github.com/lestrrat-go/jwx/internal/iter (v1.2.31): the visitor type that
// jwx v1's Token and Key interfaces name.
package iter

// MapVisitor visits the keys and values of a map with string keys.
type MapVisitor interface {
	Visit(string, interface{}) error
}
