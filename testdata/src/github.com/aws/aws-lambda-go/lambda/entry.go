// Package lambda is a hand-written stub of github.com/aws/aws-lambda-go/lambda
// (v1.55.1): the Start entry points that register a handler function.
package lambda

import "context"

// Handler is a raw-payload Lambda handler.
type Handler interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

type handlerOptions struct{}

// Option configures the handler.
type Option func(*handlerOptions)

// Start runs handler, a function of one of the supported shapes such as
// func(context.Context, TIn) (TOut, error).
func Start(handler interface{}) {}

// StartWithOptions is Start with options.
func StartWithOptions(handler interface{}, options ...Option) {}

// StartWithContext is Start with a base context.
func StartWithContext(ctx context.Context, handler interface{}) {}

// StartHandler runs a raw-payload Handler.
func StartHandler(handler Handler) {}

// NewHandler wraps a handler function as a Handler.
func NewHandler(handlerFunc interface{}) Handler { panic("stub") }
