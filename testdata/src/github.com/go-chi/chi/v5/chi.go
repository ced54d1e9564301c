// Package chi is a hand-written stub of github.com/go-chi/chi/v5 (v5.5.0):
// URL parameters (URLParam, URLParamFromCtx, the route Context), the Router
// and Routes interfaces (full method sets) and the Mux implementing them.
package chi

import (
	"context"
	"net/http"
)

type contextKey struct {
	name string
}

// RouteCtxKey is the context key of the routing Context.
var RouteCtxKey = &contextKey{"RouteContext"}

// Middlewares is a stack of net/http middleware.
type Middlewares []func(http.Handler) http.Handler

// Handler wraps h in the middleware stack.
func (mws Middlewares) Handler(h http.Handler) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// HandlerFunc wraps h in the middleware stack.
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { return mws.Handler(h) }

// Chain returns a middleware stack.
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { return middlewares }

// Route describes one registered route.
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// Routes is a router that can be walked.
type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method string, path string) bool
	Find(rctx *Context, method string, path string) string
}

// Router is chi's routing interface.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method string, pattern string, h http.Handler)
	MethodFunc(method string, pattern string, h http.HandlerFunc)
	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)
	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// RouteParams holds the URL parameters of a match.
type RouteParams struct {
	Keys, Values []string
}

// Add appends a parameter.
func (s *RouteParams) Add(key string, value string) {
	s.Keys = append(s.Keys, key)
	s.Values = append(s.Values, value)
}

// Context is the routing context stored in the request context.
type Context struct {
	Routes        Routes
	RoutePath     string
	RouteMethod   string
	URLParams     RouteParams
	RoutePatterns []string
}

// NewRouteContext returns an empty routing Context.
func NewRouteContext() *Context { return &Context{} }

func (x *Context) Reset()          { *x = Context{} }
func (x *Context) Clone() *Context { c := *x; return &c }

// URLParam returns the named URL parameter.
func (x *Context) URLParam(key string) string {
	for i := len(x.URLParams.Keys) - 1; i >= 0; i-- {
		if x.URLParams.Keys[i] == key {
			return x.URLParams.Values[i]
		}
	}
	return ""
}

// RoutePattern returns the matched route pattern.
func (x *Context) RoutePattern() string { panic("stub") }

// RouteContext returns the routing Context of ctx.
func RouteContext(ctx context.Context) *Context {
	val, _ := ctx.Value(RouteCtxKey).(*Context)
	return val
}

// URLParam returns the named URL parameter of r.
func URLParam(r *http.Request, key string) string {
	if rctx := RouteContext(r.Context()); rctx != nil {
		return rctx.URLParam(key)
	}
	return ""
}

// URLParamFromCtx returns the named URL parameter of ctx.
func URLParamFromCtx(ctx context.Context, key string) string {
	if rctx := RouteContext(ctx); rctx != nil {
		return rctx.URLParam(key)
	}
	return ""
}

// Mux is chi's router.
type Mux struct {
	middlewares []func(http.Handler) http.Handler
}

// NewRouter returns a new Mux.
func NewRouter() *Mux { return NewMux() }

// NewMux returns a new Mux.
func NewMux() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {
	mx.middlewares = append(mx.middlewares, middlewares...)
}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	return &Mux{middlewares: append(append([]func(http.Handler) http.Handler{}, mx.middlewares...), middlewares...)}
}
func (mx *Mux) Group(fn func(r Router)) Router {
	im := mx.With()
	if fn != nil {
		fn(im)
	}
	return im
}
func (mx *Mux) Route(pattern string, fn func(r Router)) Router {
	sub := NewRouter()
	fn(sub)
	mx.Mount(pattern, sub)
	return sub
}
func (mx *Mux) Mount(pattern string, handler http.Handler)                           {}
func (mx *Mux) Handle(pattern string, handler http.Handler)                          {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Method(method string, pattern string, handler http.Handler)           {}
func (mx *Mux) MethodFunc(method string, pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc)                   {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)                    {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                       {}
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)                      {}
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc)                   {}
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)                     {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)                      {}
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                       {}
func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc)                     {}
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc)                     {}
func (mx *Mux) NotFound(handlerFn http.HandlerFunc)                                  {}
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc)                          {}
func (mx *Mux) Routes() []Route                                                      { return nil }
func (mx *Mux) Middlewares() Middlewares                                             { return mx.middlewares }
func (mx *Mux) Match(rctx *Context, method string, path string) bool                 { return false }
func (mx *Mux) Find(rctx *Context, method string, path string) string                { return "" }
func (mx *Mux) NotFoundHandler() http.HandlerFunc                                    { return http.NotFound }
