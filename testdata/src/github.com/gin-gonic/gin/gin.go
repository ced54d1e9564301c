// Package gin is a hand-written stub of github.com/gin-gonic/gin (v1.12.0):
// the request accessors of Context (query, path, form, header, cookie and
// body binding), the context key/value store, the response writers used by
// handlers and middleware, and Engine/RouterGroup routing.
package gin

import (
	"net"
	"net/http"
	"time"
)

// Modes accepted by SetMode.
const (
	DebugMode   = "debug"
	ReleaseMode = "release"
	TestMode    = "test"
)

// Context keys and MIME types (a subset).
const (
	AuthUserKey           = "user"
	ContextKey            = "_gin-gonic/gin/contextkey"
	MIMEJSON              = "application/json"
	MIMEPOSTForm          = "application/x-www-form-urlencoded"
	MIMEMultipartPOSTForm = "multipart/form-data"
)

// H is a shortcut for a JSON object.
type H map[string]any

// HandlerFunc is a handler or middleware.
type HandlerFunc func(*Context)

// HandlersChain is a list of handlers.
type HandlersChain []HandlerFunc

// Last returns the last handler of the chain.
func (c HandlersChain) Last() HandlerFunc {
	if len(c) == 0 {
		return nil
	}
	return c[len(c)-1]
}

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// Param is one URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params are the URL parameters of a route.
type Params []Param

// Get returns the value of the named parameter.
func (ps Params) Get(name string) (string, bool) {
	for _, p := range ps {
		if p.Key == name {
			return p.Value, true
		}
	}
	return "", false
}

// ByName returns the value of the named parameter, or "".
func (ps Params) ByName(name string) (va string) {
	va, _ = ps.Get(name)
	return
}

// Accounts maps user names to passwords for BasicAuth.
type Accounts map[string]string

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier
	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// Context carries the request and response of one call through the
// handler chain.
type Context struct {
	Request  *http.Request
	Writer   ResponseWriter
	Params   Params
	Keys     map[any]any
	Accepted []string

	fullPath string
}

// Flow control.

func (c *Context) Next()                                     {}
func (c *Context) Abort()                                    {}
func (c *Context) IsAborted() bool                           { return false }
func (c *Context) AbortWithStatus(code int)                  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}
func (c *Context) FullPath() string                          { return c.fullPath }
func (c *Context) Copy() *Context                            { panic("stub") }
func (c *Context) HandlerName() string                       { panic("stub") }

// Key/value store.

func (c *Context) Set(key any, value any) {
	if c.Keys == nil {
		c.Keys = map[any]any{}
	}
	c.Keys[key] = value
}
func (c *Context) Get(key any) (value any, exists bool) {
	value, exists = c.Keys[key]
	return
}
func (c *Context) MustGet(key any) any {
	if v, ok := c.Get(key); ok {
		return v
	}
	panic("key does not exist")
}
func (c *Context) GetString(key any) string        { s, _ := c.Keys[key].(string); return s }
func (c *Context) GetBool(key any) bool            { b, _ := c.Keys[key].(bool); return b }
func (c *Context) GetInt(key any) int              { i, _ := c.Keys[key].(int); return i }
func (c *Context) GetInt64(key any) int64          { i, _ := c.Keys[key].(int64); return i }
func (c *Context) GetTime(key any) time.Time       { t, _ := c.Keys[key].(time.Time); return t }
func (c *Context) GetStringSlice(key any) []string { s, _ := c.Keys[key].([]string); return s }
func (c *Context) GetStringMap(key any) map[string]any {
	m, _ := c.Keys[key].(map[string]any)
	return m
}
func (c *Context) GetStringMapString(key any) map[string]string {
	m, _ := c.Keys[key].(map[string]string)
	return m
}

// Request input.

func (c *Context) Param(key string) string                             { panic("stub") }
func (c *Context) Query(key string) (value string)                     { panic("stub") }
func (c *Context) DefaultQuery(key string, defaultValue string) string { panic("stub") }
func (c *Context) GetQuery(key string) (string, bool)                  { panic("stub") }
func (c *Context) QueryArray(key string) (values []string)             { panic("stub") }
func (c *Context) GetQueryArray(key string) (values []string, ok bool) { panic("stub") }
func (c *Context) QueryMap(key string) (dicts map[string]string)       { panic("stub") }
func (c *Context) GetQueryMap(key string) (map[string]string, bool)    { panic("stub") }
func (c *Context) PostForm(key string) (value string)                  { panic("stub") }
func (c *Context) DefaultPostForm(key string, defaultValue string) string {
	panic("stub")
}
func (c *Context) GetPostForm(key string) (string, bool)                  { panic("stub") }
func (c *Context) PostFormArray(key string) (values []string)             { panic("stub") }
func (c *Context) GetPostFormArray(key string) (values []string, ok bool) { panic("stub") }
func (c *Context) PostFormMap(key string) (dicts map[string]string)       { panic("stub") }
func (c *Context) GetHeader(key string) string                            { panic("stub") }
func (c *Context) Cookie(name string) (string, error)                     { panic("stub") }
func (c *Context) ClientIP() string                                       { panic("stub") }
func (c *Context) RemoteIP() string                                       { panic("stub") }
func (c *Context) ContentType() string                                    { panic("stub") }
func (c *Context) GetRawData() ([]byte, error)                            { panic("stub") }

// Binding of the request into a value.

func (c *Context) Bind(obj any) error             { panic("stub") }
func (c *Context) BindJSON(obj any) error         { panic("stub") }
func (c *Context) BindQuery(obj any) error        { panic("stub") }
func (c *Context) BindHeader(obj any) error       { panic("stub") }
func (c *Context) BindUri(obj any) error          { panic("stub") }
func (c *Context) ShouldBind(obj any) error       { panic("stub") }
func (c *Context) ShouldBindJSON(obj any) error   { panic("stub") }
func (c *Context) ShouldBindXML(obj any) error    { panic("stub") }
func (c *Context) ShouldBindQuery(obj any) error  { panic("stub") }
func (c *Context) ShouldBindHeader(obj any) error { panic("stub") }
func (c *Context) ShouldBindUri(obj any) error    { panic("stub") }

// Response.

func (c *Context) Status(code int)                 {}
func (c *Context) Header(key string, value string) {}
func (c *Context) SetCookie(name string, value string, maxAge int, path string, domain string, secure bool, httpOnly bool) {
}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}

// context.Context methods.

func (c *Context) Deadline() (deadline time.Time, ok bool) { return }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }

// IRoutes is the route registration API.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// IRouter is IRoutes plus grouping.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// RouterGroup groups routes under a path prefix and handlers.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{Handlers: append(group.Handlers, handlers...), basePath: group.basePath + relativePath, engine: group.engine}
}
func (group *RouterGroup) BasePath() string { return group.basePath }
func (group *RouterGroup) Handle(httpMethod string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath string, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath string, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath string, root string) IRoutes          { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework instance.
type Engine struct {
	RouterGroup
	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
}

// New returns a blank Engine without middleware.
func New(opts ...OptionFunc) *Engine {
	e := &Engine{}
	e.RouterGroup = RouterGroup{basePath: "/", engine: e, root: true}
	for _, o := range opts {
		o(e)
	}
	return e
}

// Default returns an Engine with the Logger and Recovery middleware.
func Default(opts ...OptionFunc) *Engine { return New(opts...) }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes           { return engine }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                 {}
func (engine *Engine) Handler() http.Handler                           { return engine }
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error { return nil }
func (engine *Engine) Run(addr ...string) (err error)                  { panic("stub") }
func (engine *Engine) RunTLS(addr string, certFile string, keyFile string) (err error) {
	panic("stub")
}
func (engine *Engine) RunListener(listener net.Listener) (err error)      { panic("stub") }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// Built-in middleware and adapters.

func Logger() HandlerFunc                                             { return func(*Context) {} }
func Recovery() HandlerFunc                                           { return func(*Context) {} }
func BasicAuth(accounts Accounts) HandlerFunc                         { return func(*Context) {} }
func WrapF(f http.HandlerFunc) HandlerFunc                            { return func(c *Context) { f(c.Writer, c.Request) } }
func WrapH(h http.Handler) HandlerFunc                                { return func(c *Context) { h.ServeHTTP(c.Writer, c.Request) } }
func SetMode(value string)                                            {}
func Mode() string                                                    { return DebugMode }
func CreateTestContext(w http.ResponseWriter) (c *Context, r *Engine) { panic("stub") }
