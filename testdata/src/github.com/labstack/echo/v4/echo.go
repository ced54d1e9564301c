// Package echo is a hand-written stub of github.com/labstack/echo/v4
// (v4.16.5): the Context interface (its full method set: request input,
// the key/value store and responses), HandlerFunc/MiddlewareFunc, and Echo
// and Group routing.
package echo

import (
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"

	"github.com/labstack/gommon/log"
)

// Map is a shortcut for a JSON object.
type Map map[string]interface{}

// HandlerFunc serves one request.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HTTPErrorHandler turns a handler error into a response.
type HTTPErrorHandler func(err error, c Context)

// IPExtractor finds the client IP of a request.
type IPExtractor func(*http.Request) string

// Context is the context of the current request.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Logger() Logger
	SetLogger(l Logger)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

// Logger is echo's logging interface.
type Logger interface {
	Output() io.Writer
	SetOutput(w io.Writer)
	Prefix() string
	SetPrefix(p string)
	Level() log.Lvl
	SetLevel(v log.Lvl)
	SetHeader(h string)
	Print(i ...interface{})
	Printf(format string, args ...interface{})
	Printj(j log.JSON)
	Debug(i ...interface{})
	Debugf(format string, args ...interface{})
	Debugj(j log.JSON)
	Info(i ...interface{})
	Infof(format string, args ...interface{})
	Infoj(j log.JSON)
	Warn(i ...interface{})
	Warnf(format string, args ...interface{})
	Warnj(j log.JSON)
	Error(i ...interface{})
	Errorf(format string, args ...interface{})
	Errorj(j log.JSON)
	Fatal(i ...interface{})
	Fatalj(j log.JSON)
	Fatalf(format string, args ...interface{})
	Panic(i ...interface{})
	Panicj(j log.JSON)
	Panicf(format string, args ...interface{})
}

// Binder binds request data into a value.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// Validator validates bound values.
type Validator interface {
	Validate(i interface{}) error
}

// Renderer renders templates.
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

// Response wraps the http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// HTTPError is an error carrying an HTTP status.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func (he *HTTPError) Error() string { panic("stub") }
func (he *HTTPError) Unwrap() error { return he.Internal }

// NewHTTPError creates an HTTPError.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

// Common HTTP errors (a subset).
var (
	ErrBadRequest          = NewHTTPError(http.StatusBadRequest)
	ErrUnauthorized        = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden           = NewHTTPError(http.StatusForbidden)
	ErrNotFound            = NewHTTPError(http.StatusNotFound)
	ErrInternalServerError = NewHTTPError(http.StatusInternalServerError)
	ErrCookieNotFound      = errors.New("cookie not found")
)

// Route describes a registered route.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// Echo is the framework instance.
type Echo struct {
	Server           *http.Server
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	Validator        Validator
	Renderer         Renderer
	Logger           Logger
	IPExtractor      IPExtractor
	Debug            bool
	HideBanner       bool
	HidePort         bool

	middleware []MiddlewareFunc
}

// New creates an Echo instance.
func New() (e *Echo) { return &Echo{} }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context { panic("stub") }
func (e *Echo) Pre(middleware ...MiddlewareFunc)                          {}
func (e *Echo) Use(middleware ...MiddlewareFunc) {
	e.middleware = append(e.middleware, middleware...)
}
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodGet, path, h, m...)
}
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPost, path, h, m...)
}
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPut, path, h, m...)
}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodDelete, path, h, m...)
}
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPatch, path, h, m...)
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return []*Route{e.Add("", path, handler, middleware...)}
}
func (e *Echo) Add(method string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return &Route{Method: method, Path: path}
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	return &Group{prefix: prefix, echo: e, middleware: m}
}
func (e *Echo) Routes() []*Route                                 { panic("stub") }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (e *Echo) Start(address string) error                       { panic("stub") }
func (e *Echo) StartTLS(address string, certFile interface{}, keyFile interface{}) (err error) {
	panic("stub")
}
func (e *Echo) Shutdown(ctx context.Context) error { panic("stub") }
func (e *Echo) Close() error                       { panic("stub") }

// Group is a set of routes under a common prefix and middleware.
type Group struct {
	prefix     string
	middleware []MiddlewareFunc
	echo       *Echo
}

func (g *Group) Use(middleware ...MiddlewareFunc) {
	g.middleware = append(g.middleware, middleware...)
}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return g.Add(http.MethodGet, path, h, m...)
}
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return g.Add(http.MethodPost, path, h, m...)
}
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return g.Add(http.MethodPut, path, h, m...)
}
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return g.Add(http.MethodDelete, path, h, m...)
}
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return []*Route{g.Add("", path, handler, middleware...)}
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) {
	return &Group{prefix: g.prefix + prefix, echo: g.echo, middleware: append(g.middleware, middleware...)}
}
func (g *Group) Add(method string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return g.echo.Add(method, g.prefix+path, handler, middleware...)
}

// WrapHandler adapts an http.Handler.
func WrapHandler(h http.Handler) HandlerFunc {
	return func(c Context) error {
		h.ServeHTTP(c.Response().Writer, c.Request())
		return nil
	}
}

// WrapMiddleware adapts net/http middleware.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { panic("stub") }
