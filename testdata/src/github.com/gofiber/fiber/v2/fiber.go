// Package fiber is a hand-written stub of github.com/gofiber/fiber/v2
// (v2.52.15): the request accessors of Ctx (query, route parameters, form,
// body, headers, cookies, locals), the response helpers, and App/Group
// routing through the Router interface. fasthttp types are left out.
package fiber

import (
	"context"
	"mime/multipart"
	"net"
	"time"
)

// HTTP status codes, methods and headers (a subset).
const (
	StatusOK                  = 200
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusForbidden           = 403
	StatusNotFound            = 404
	StatusInternalServerError = 500

	MethodGet  = "GET"
	MethodPost = "POST"

	HeaderAuthorization = "Authorization"
)

// Map is a shortcut for a JSON object.
type Map map[string]interface{}

// Handler serves a request or acts as middleware.
type Handler = func(*Ctx) error

// ErrorHandler turns a handler error into a response.
type ErrorHandler = func(*Ctx, error) error

// Error is an error carrying an HTTP status.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates an Error.
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

// Common errors (a subset).
var (
	ErrBadRequest          = NewError(StatusBadRequest)
	ErrUnauthorized        = NewError(StatusUnauthorized)
	ErrForbidden           = NewError(StatusForbidden)
	ErrNotFound            = NewError(StatusNotFound)
	ErrInternalServerError = NewError(StatusInternalServerError)
)

// Config configures an App (a subset of its fields).
type Config struct {
	Prefork                 bool          `json:"prefork"`
	ServerHeader            string        `json:"server_header"`
	BodyLimit               int           `json:"body_limit"`
	ReadTimeout             time.Duration `json:"read_timeout"`
	WriteTimeout            time.Duration `json:"write_timeout"`
	ProxyHeader             string        `json:"proxy_header"`
	ErrorHandler            ErrorHandler  `json:"-"`
	AppName                 string        `json:"app_name"`
	EnableTrustedProxyCheck bool          `json:"enable_trusted_proxy_check"`
	TrustedProxies          []string      `json:"trusted_proxies"`
}

// Cookie is a response cookie.
type Cookie struct {
	Name     string    `json:"name"`
	Value    string    `json:"value"`
	Path     string    `json:"path"`
	Domain   string    `json:"domain"`
	MaxAge   int       `json:"max_age"`
	Expires  time.Time `json:"expires"`
	Secure   bool      `json:"secure"`
	HTTPOnly bool      `json:"http_only"`
	SameSite string    `json:"same_site"`
}

// Static configures static file serving.
type Static struct {
	Compress  bool   `json:"compress"`
	ByteRange bool   `json:"byte_range"`
	Browse    bool   `json:"browse"`
	Index     string `json:"index"`
}

// Route is a registered route.
type Route struct {
	Method   string    `json:"method"`
	Name     string    `json:"name"`
	Path     string    `json:"path"`
	Params   []string  `json:"params"`
	Handlers []Handler `json:"-"`
}

// Router is the route registration API of App and Group.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	Add(method string, path string, handlers ...Handler) Router
	Static(prefix string, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
	Name(name string) Router
}

// App is the framework instance.
type App struct {
	config Config
}

// New creates an App.
func New(config ...Config) *App {
	app := &App{}
	if len(config) > 0 {
		app.config = config[0]
	}
	return app
}

func (app *App) Config() Config                                             { return app.config }
func (app *App) Use(args ...interface{}) Router                             { return app }
func (app *App) Get(path string, handlers ...Handler) Router                { return app }
func (app *App) Head(path string, handlers ...Handler) Router               { return app }
func (app *App) Post(path string, handlers ...Handler) Router               { return app }
func (app *App) Put(path string, handlers ...Handler) Router                { return app }
func (app *App) Delete(path string, handlers ...Handler) Router             { return app }
func (app *App) Connect(path string, handlers ...Handler) Router            { return app }
func (app *App) Options(path string, handlers ...Handler) Router            { return app }
func (app *App) Trace(path string, handlers ...Handler) Router              { return app }
func (app *App) Patch(path string, handlers ...Handler) Router              { return app }
func (app *App) Add(method string, path string, handlers ...Handler) Router { return app }
func (app *App) Static(prefix string, root string, config ...Static) Router { return app }
func (app *App) All(path string, handlers ...Handler) Router                { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: app, Prefix: prefix}
}
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	g := app.Group(prefix)
	fn(g)
	return g
}
func (app *App) Mount(prefix string, subApp *App) Router { return app }
func (app *App) Name(name string) Router                 { return app }
func (app *App) Listen(addr string) error                { panic("stub") }
func (app *App) ListenTLS(addr string, certFile string, keyFile string) error {
	panic("stub")
}
func (app *App) Listener(ln net.Listener) error { panic("stub") }
func (app *App) Shutdown() error                { panic("stub") }

// Group is a set of routes under a common prefix.
type Group struct {
	app    *App
	Prefix string
}

func (grp *Group) Use(args ...interface{}) Router                 { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router    { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router    { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router { return grp }
func (grp *Group) Connect(path string, handlers ...Handler) Router {
	return grp
}
func (grp *Group) Options(path string, handlers ...Handler) Router { return grp }
func (grp *Group) Trace(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Add(method string, path string, handlers ...Handler) Router {
	return grp
}
func (grp *Group) Static(prefix string, root string, config ...Static) Router {
	return grp
}
func (grp *Group) All(path string, handlers ...Handler) Router { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: grp.app, Prefix: grp.Prefix + prefix}
}
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	g := grp.Group(prefix)
	fn(g)
	return g
}
func (grp *Group) Mount(prefix string, subApp *App) Router { return grp }
func (grp *Group) Name(name string) Router                 { return grp }

// Ctx is the context of the current request.
type Ctx struct {
	app    *App
	locals map[interface{}]interface{}
}

func (c *Ctx) App() *App { return c.app }

// Request input.

func (c *Ctx) Query(key string, defaultValue ...string) string        { panic("stub") }
func (c *Ctx) Queries() map[string]string                             { panic("stub") }
func (c *Ctx) QueryInt(key string, defaultValue ...int) int           { panic("stub") }
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool        { panic("stub") }
func (c *Ctx) QueryParser(out interface{}) error                      { panic("stub") }
func (c *Ctx) Params(key string, defaultValue ...string) string       { panic("stub") }
func (c *Ctx) AllParams() map[string]string                           { panic("stub") }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error) { panic("stub") }
func (c *Ctx) ParamsParser(out interface{}) error                     { panic("stub") }
func (c *Ctx) FormValue(key string, defaultValue ...string) string    { panic("stub") }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)     { panic("stub") }
func (c *Ctx) MultipartForm() (*multipart.Form, error)                { panic("stub") }
func (c *Ctx) Body() []byte                                           { panic("stub") }
func (c *Ctx) BodyRaw() []byte                                        { panic("stub") }
func (c *Ctx) BodyParser(out interface{}) error                       { panic("stub") }
func (c *Ctx) ReqHeaderParser(out interface{}) error                  { panic("stub") }
func (c *Ctx) CookieParser(out interface{}) error                     { panic("stub") }
func (c *Ctx) Get(key string, defaultValue ...string) string          { panic("stub") }
func (c *Ctx) GetReqHeaders() map[string][]string                     { panic("stub") }
func (c *Ctx) Cookies(key string, defaultValue ...string) string      { panic("stub") }
func (c *Ctx) IP() string                                             { panic("stub") }
func (c *Ctx) IPs() []string                                          { panic("stub") }
func (c *Ctx) Hostname() string                                       { panic("stub") }
func (c *Ctx) Method(override ...string) string                       { panic("stub") }
func (c *Ctx) Path(override ...string) string                         { panic("stub") }
func (c *Ctx) OriginalURL() string                                    { panic("stub") }
func (c *Ctx) BaseURL() string                                        { panic("stub") }
func (c *Ctx) Route() *Route                                          { panic("stub") }
func (c *Ctx) UserContext() context.Context                           { return context.Background() }
func (c *Ctx) SetUserContext(ctx context.Context)                     {}

// Locals stores (with value) or reads a request-scoped value.
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} {
	if len(value) == 0 {
		return c.locals[key]
	}
	if c.locals == nil {
		c.locals = map[interface{}]interface{}{}
	}
	c.locals[key] = value[0]
	return value[0]
}

// Flow control and response.

func (c *Ctx) Next() error                                                   { return nil }
func (c *Ctx) Status(status int) *Ctx                                        { return c }
func (c *Ctx) SendStatus(status int) error                                   { return nil }
func (c *Ctx) SendString(body string) error                                  { return nil }
func (c *Ctx) Send(body []byte) error                                        { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error                  { return nil }
func (c *Ctx) XML(data interface{}) error                                    { return nil }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }
func (c *Ctx) Redirect(location string, status ...int) error                 { return nil }
func (c *Ctx) Set(key string, val string)                                    {}
func (c *Ctx) Cookie(cookie *Cookie)                                         {}
func (c *Ctx) ClearCookie(key ...string)                                     {}
func (c *Ctx) Write(p []byte) (int, error)                                   { return len(p), nil }
func (c *Ctx) WriteString(s string) (int, error)                             { return len(s), nil }
