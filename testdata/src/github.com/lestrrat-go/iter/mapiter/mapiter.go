// Package mapiter is a hand-written stub of
// github.com/lestrrat-go/iter/mapiter (v1.0.2): the iterator types that
// jwx's Token and Headers interfaces name.
package mapiter

import "context"

// Pair represents a single pair of key and value from a map.
type Pair struct {
	Key   interface{}
	Value interface{}
}

// Iterator iterates through keys and values of a map.
type Iterator interface {
	Next(context.Context) bool
	Pair() *Pair
}
