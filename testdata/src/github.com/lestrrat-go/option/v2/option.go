// Package option is a hand-written stub of github.com/lestrrat-go/option/v2
// (v2.0.0): the option interface jwx v3's options are aliases of.
package option

// Interface defines the minimum interface that an option must fulfill.
type Interface interface {
	Ident() any
	Value(dst any) error
}
