// Package option is a hand-written stub of github.com/lestrrat-go/option/v2
// (v2.0.0): the option interface jwx v3's options are aliases of, and New.
package option

import "errors"

// Interface defines the minimum interface that an option must fulfill.
type Interface interface {
	Ident() any
	Value(dst any) error
}

type pair[T any] struct {
	ident any
	value T
}

func (p *pair[T]) Ident() any { return p.ident }
func (p *pair[T]) Value(dst any) error {
	d, ok := dst.(*T)
	if !ok {
		return errors.New("option: destination type mismatch")
	}
	*d = p.value
	return nil
}

// New creates a new option.
func New[T any](ident any, value T) Interface { return &pair[T]{ident: ident, value: value} }
