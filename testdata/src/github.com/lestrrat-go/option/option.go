// Package option is a hand-written stub of github.com/lestrrat-go/option
// (v1.0.1): the option interface jwx's options are aliases of.
package option

// Interface defines the minimum interface that an option must fulfill.
type Interface interface {
	Ident() interface{}
	Value() interface{}
}

type pair struct{ ident, value interface{} }

func (p *pair) Ident() interface{} { return p.ident }
func (p *pair) Value() interface{} { return p.value }

// New creates a new option.
func New(ident, value interface{}) Interface { return &pair{ident: ident, value: value} }
