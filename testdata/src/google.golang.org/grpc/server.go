// Package grpc is a hand-written stub of google.golang.org/grpc (v1.85.0):
// the server side only: Server, NewServer, ServiceRegistrar and ServiceDesc
// (what generated Register...Server functions use), and the unary and
// stream server interceptor types.
package grpc

import (
	"context"
	"net"
	"net/http"

	"google.golang.org/grpc/metadata"
)

// ServiceRegistrar registers service implementations.
type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

// ServiceDesc describes a service for registration.
type ServiceDesc struct {
	ServiceName string
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

// MethodDesc describes a unary method.
type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

// MethodHandler decodes a request and calls the implementation.
type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

// StreamDesc describes a streaming method.
type StreamDesc struct {
	StreamName    string
	Handler       StreamHandler
	ServerStreams bool
	ClientStreams bool
}

// StreamHandler serves a stream.
type StreamHandler func(srv any, stream ServerStream) error

// ServerStream is the server side of a stream.
type ServerStream interface {
	SetHeader(metadata.MD) error
	SendHeader(metadata.MD) error
	SetTrailer(metadata.MD)
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// UnaryServerInfo describes the call being intercepted.
type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

// UnaryHandler calls the next interceptor or the implementation.
type UnaryHandler func(ctx context.Context, req any) (any, error)

// UnaryServerInterceptor intercepts unary calls.
type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

// StreamServerInfo describes the stream being intercepted.
type StreamServerInfo struct {
	FullMethod     string
	IsClientStream bool
	IsServerStream bool
}

// StreamServerInterceptor intercepts streams.
type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error

type serverOptions struct {
	unary  []UnaryServerInterceptor
	stream []StreamServerInterceptor
}

// ServerOption configures a Server.
type ServerOption interface {
	apply(*serverOptions)
}

type funcServerOption func(*serverOptions)

func (f funcServerOption) apply(o *serverOptions) { f(o) }

// UnaryInterceptor installs a unary interceptor.
func UnaryInterceptor(i UnaryServerInterceptor) ServerOption {
	return funcServerOption(func(o *serverOptions) { o.unary = append(o.unary, i) })
}

// ChainUnaryInterceptor installs several unary interceptors.
func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption {
	return funcServerOption(func(o *serverOptions) { o.unary = append(o.unary, interceptors...) })
}

// StreamInterceptor installs a stream interceptor.
func StreamInterceptor(i StreamServerInterceptor) ServerOption {
	return funcServerOption(func(o *serverOptions) { o.stream = append(o.stream, i) })
}

// Server is a gRPC server.
type Server struct {
	opts     serverOptions
	services map[string]any
}

// NewServer creates a Server.
func NewServer(opt ...ServerOption) *Server {
	s := &Server{services: map[string]any{}}
	for _, o := range opt {
		o.apply(&s.opts)
	}
	return s
}

func (s *Server) RegisterService(sd *ServiceDesc, ss any)          { s.services[sd.ServiceName] = ss }
func (s *Server) Serve(lis net.Listener) error                     { panic("stub") }
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (s *Server) Stop()                                            {}
func (s *Server) GracefulStop()                                    {}
