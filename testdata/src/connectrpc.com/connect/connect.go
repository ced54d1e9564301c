// Package connect is a hand-written stub of connectrpc.com/connect
// (v1.21.1): the generic Request and Response envelopes (Msg, headers, the
// procedure Spec and the Peer), unary handlers and interceptors, and
// errors with codes.
package connect

import (
	"context"
	"errors"
	"net/http"
	"net/url"
)

// StreamType is the kind of an RPC.
type StreamType uint8

// Stream types.
const (
	StreamTypeUnary  StreamType = 0
	StreamTypeClient StreamType = 1
	StreamTypeServer StreamType = 2
	StreamTypeBidi   StreamType = 3
)

// IdempotencyLevel says whether a procedure has side effects.
type IdempotencyLevel int

// Idempotency levels.
const (
	IdempotencyUnknown       IdempotencyLevel = 0
	IdempotencyNoSideEffects IdempotencyLevel = 1
	IdempotencyIdempotent    IdempotencyLevel = 2
)

// Spec describes the procedure being called.
type Spec struct {
	StreamType       StreamType
	Schema           any
	Procedure        string
	IsClient         bool
	IdempotencyLevel IdempotencyLevel
}

// Peer describes the other party of the call.
type Peer struct {
	Addr     string
	Protocol string
	Query    url.Values
}

// AnyRequest is a Request of any message type.
type AnyRequest interface {
	Any() any
	Spec() Spec
	Peer() Peer
	Header() http.Header
	HTTPMethod() string

	internalOnly()
	setRequestMethod(string)
}

// AnyResponse is a Response of any message type.
type AnyResponse interface {
	Any() any
	Header() http.Header
	Trailer() http.Header

	internalOnly()
}

// Request is a request message with its metadata.
type Request[T any] struct {
	Msg *T

	spec   Spec
	peer   Peer
	header http.Header
	method string
}

// NewRequest wraps a message.
func NewRequest[T any](message *T) *Request[T] {
	return &Request[T]{Msg: message, header: make(http.Header)}
}

func (r *Request[_]) Any() any            { return r.Msg }
func (r *Request[_]) Spec() Spec          { return r.spec }
func (r *Request[_]) Peer() Peer          { return r.peer }
func (r *Request[_]) Header() http.Header { return r.header }
func (r *Request[_]) HTTPMethod() string  { return r.method }

func (r *Request[_]) internalOnly()             {}
func (r *Request[_]) setRequestMethod(m string) { r.method = m }

// Response is a response message with its metadata.
type Response[T any] struct {
	Msg *T

	header  http.Header
	trailer http.Header
}

// NewResponse wraps a message.
func NewResponse[T any](message *T) *Response[T] {
	return &Response[T]{Msg: message, header: make(http.Header), trailer: make(http.Header)}
}

func (r *Response[_]) Any() any             { return r.Msg }
func (r *Response[_]) Header() http.Header  { return r.header }
func (r *Response[_]) Trailer() http.Header { return r.trailer }

func (r *Response[_]) internalOnly() {}

// Code is an error code.
type Code uint32

// Error codes.
const (
	CodeCanceled           Code = 1
	CodeUnknown            Code = 2
	CodeInvalidArgument    Code = 3
	CodeDeadlineExceeded   Code = 4
	CodeNotFound           Code = 5
	CodeAlreadyExists      Code = 6
	CodePermissionDenied   Code = 7
	CodeResourceExhausted  Code = 8
	CodeFailedPrecondition Code = 9
	CodeAborted            Code = 10
	CodeOutOfRange         Code = 11
	CodeUnimplemented      Code = 12
	CodeInternal           Code = 13
	CodeUnavailable        Code = 14
	CodeDataLoss           Code = 15
	CodeUnauthenticated    Code = 16
)

// Error is an error with a Code.
type Error struct {
	code Code
	err  error
}

// NewError wraps underlying with code c.
func NewError(c Code, underlying error) *Error { return &Error{code: c, err: underlying} }

func (e *Error) Error() string   { return e.err.Error() }
func (e *Error) Message() string { return e.err.Error() }
func (e *Error) Unwrap() error   { return e.err }
func (e *Error) Code() Code      { return e.code }

// CodeOf returns the code of err, or CodeUnknown.
func CodeOf(err error) Code {
	var ce *Error
	if errors.As(err, &ce) {
		return ce.code
	}
	return CodeUnknown
}

type handlerConfig struct {
	interceptors []Interceptor
}

type clientConfig struct{}

// HandlerOption configures a Handler.
type HandlerOption interface {
	applyToHandler(*handlerConfig)
}

// ClientOption configures a Client.
type ClientOption interface {
	applyToClient(*clientConfig)
}

// Option configures both handlers and clients.
type Option interface {
	ClientOption
	HandlerOption
}

// UnaryFunc is the generic signature of a unary RPC.
type UnaryFunc func(context.Context, AnyRequest) (AnyResponse, error)

// UnaryInterceptorFunc wraps unary RPCs.
type UnaryInterceptorFunc func(UnaryFunc) UnaryFunc

// WrapUnary applies f.
func (f UnaryInterceptorFunc) WrapUnary(next UnaryFunc) UnaryFunc { return f(next) }

// WrapStreamingClient leaves streams alone.
func (f UnaryInterceptorFunc) WrapStreamingClient(next StreamingClientFunc) StreamingClientFunc {
	return next
}

// WrapStreamingHandler leaves streams alone.
func (f UnaryInterceptorFunc) WrapStreamingHandler(next StreamingHandlerFunc) StreamingHandlerFunc {
	return next
}

// Interceptor is the set of wrapping hooks.
type Interceptor interface {
	WrapUnary(UnaryFunc) UnaryFunc
	WrapStreamingClient(StreamingClientFunc) StreamingClientFunc
	WrapStreamingHandler(StreamingHandlerFunc) StreamingHandlerFunc
}

// StreamingClientFunc opens a client stream.
type StreamingClientFunc func(context.Context, Spec) StreamingClientConn

// StreamingHandlerFunc serves a stream.
type StreamingHandlerFunc func(context.Context, StreamingHandlerConn) error

// StreamingClientConn is the client side of a stream.
type StreamingClientConn interface {
	Spec() Spec
	Peer() Peer
	Send(any) error
	RequestHeader() http.Header
	CloseRequest() error
	Receive(any) error
	ResponseHeader() http.Header
	ResponseTrailer() http.Header
	CloseResponse() error
}

// StreamingHandlerConn is the server side of a stream.
type StreamingHandlerConn interface {
	Spec() Spec
	Peer() Peer
	Receive(any) error
	RequestHeader() http.Header
	Send(any) error
	ResponseHeader() http.Header
	ResponseTrailer() http.Header
}

type interceptorsOption struct{ interceptors []Interceptor }

func (o *interceptorsOption) applyToHandler(c *handlerConfig) {
	c.interceptors = append(c.interceptors, o.interceptors...)
}
func (o *interceptorsOption) applyToClient(*clientConfig) {}

// WithInterceptors installs interceptors.
func WithInterceptors(interceptors ...Interceptor) Option {
	return &interceptorsOption{interceptors: interceptors}
}

// Handler serves one procedure over HTTP.
type Handler struct {
	spec Spec
}

// NewUnaryHandler builds a Handler from a unary implementation.
func NewUnaryHandler[Req, Res any](procedure string, unary func(context.Context, *Request[Req]) (*Response[Res], error), options ...HandlerOption) *Handler {
	return &Handler{spec: Spec{Procedure: procedure}}
}

func (h *Handler) ServeHTTP(responseWriter http.ResponseWriter, request *http.Request) {}
