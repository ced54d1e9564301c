// Package iter is a hand-written stub of
// github.com/lestrrat-go/jwx/v2/internal/iter (v2.1.7): the visitor type
// that jwx's Token and Headers interfaces name.
package iter

// MapVisitor visits the keys and values of a map with string keys.
type MapVisitor interface {
	Visit(string, interface{}) error
}
