// Package mux is a hand-written stub of github.com/gorilla/mux (v1.8.1):
// Vars, Router route registration and Route matchers.
package mux

import (
	"errors"
	"net/http"
)

// Errors reported by matching.
var (
	ErrMethodMismatch = errors.New("method is not allowed")
	ErrNotFound       = errors.New("no matching route was found")
)

// MiddlewareFunc is net/http middleware.
type MiddlewareFunc func(http.Handler) http.Handler

// Middleware applies the function.
func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { return mw(handler) }

// RouteMatch holds the result of matching a request.
type RouteMatch struct {
	Route    *Route
	Handler  http.Handler
	Vars     map[string]string
	MatchErr error
}

// Router registers routes and dispatches requests.
type Router struct {
	NotFoundHandler         http.Handler
	MethodNotAllowedHandler http.Handler
	KeepContext             bool

	routes []*Route
}

// NewRouter returns a new Router.
func NewRouter() *Router { return &Router{} }

func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Match(req *http.Request, match *RouteMatch) bool    { panic("stub") }
func (r *Router) Get(name string) *Route                             { panic("stub") }
func (r *Router) StrictSlash(value bool) *Router                     { return r }
func (r *Router) NewRoute() *Route {
	route := &Route{}
	r.routes = append(r.routes, route)
	return route
}
func (r *Router) Name(name string) *Route { return r.NewRoute().Name(name) }
func (r *Router) Handle(path string, handler http.Handler) *Route {
	return r.NewRoute().Path(path).Handler(handler)
}
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return r.NewRoute().Path(path).HandlerFunc(f)
}
func (r *Router) Headers(pairs ...string) *Route   { return r.NewRoute().Headers(pairs...) }
func (r *Router) Host(tpl string) *Route           { return r.NewRoute().Host(tpl) }
func (r *Router) Methods(methods ...string) *Route { return r.NewRoute().Methods(methods...) }
func (r *Router) Path(tpl string) *Route           { return r.NewRoute().Path(tpl) }
func (r *Router) PathPrefix(tpl string) *Route     { return r.NewRoute().PathPrefix(tpl) }
func (r *Router) Queries(pairs ...string) *Route   { return r.NewRoute().Queries(pairs...) }

// Route is one registered route.
type Route struct {
	handler http.Handler
	name    string
}

func (r *Route) Handler(handler http.Handler) *Route { r.handler = handler; return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r.Handler(http.HandlerFunc(f))
}
func (r *Route) GetHandler() http.Handler         { return r.handler }
func (r *Route) Name(name string) *Route          { r.name = name; return r }
func (r *Route) GetName() string                  { return r.name }
func (r *Route) Headers(pairs ...string) *Route   { return r }
func (r *Route) Host(tpl string) *Route           { return r }
func (r *Route) Methods(methods ...string) *Route { return r }
func (r *Route) Path(tpl string) *Route           { return r }
func (r *Route) PathPrefix(tpl string) *Route     { return r }
func (r *Route) Queries(pairs ...string) *Route   { return r }
func (r *Route) Schemes(schemes ...string) *Route { return r }
func (r *Route) Subrouter() *Router               { return &Router{} }
func (r *Route) GetPathTemplate() (string, error) { panic("stub") }

// Vars returns the route variables of the current request.
func Vars(r *http.Request) map[string]string { panic("stub") }

// SetURLVars sets the route variables of r, for tests.
func SetURLVars(r *http.Request, val map[string]string) *http.Request { panic("stub") }

// CurrentRoute returns the matched route of the current request.
func CurrentRoute(r *http.Request) *Route { panic("stub") }
