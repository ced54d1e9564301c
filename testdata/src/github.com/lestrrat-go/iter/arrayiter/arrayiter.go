// Package arrayiter is a hand-written stub of
// github.com/lestrrat-go/iter/arrayiter (v1.0.2): the iterator types that
// jwx v2's jwk.Set names.
package arrayiter

import "context"

// Pair is one element of an array with its index.
type Pair struct {
	Index int
	Value interface{}
}

// Iterator iterates through the elements of an array.
type Iterator interface {
	Next(context.Context) bool
	Pair() *Pair
}
