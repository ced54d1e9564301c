// Package sources exercises where remote and program input enter in the
// frameworks of the trust model: gin, echo, fiber, chi and gorilla
// handlers, connect and gRPC request messages, Lambda events, cobra
// arguments and pflag values.
package sources

import (
	"context"
	"database/sql"
	"net/http"
	"strconv"

	"connectrpc.com/connect"
	"github.com/aws/aws-lambda-go/events"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"sqlstring/sources/pb"
)

var db *sql.DB

func ginHandler(c *gin.Context) {
	db.Query("SELECT id FROM notes ORDER BY " + c.Query("sort"))        // want `from remote input \(c\.Query\("sort"\)\)`
	db.Query("SELECT id FROM notes WHERE id = '" + c.Param("id") + "'") // want `from remote input \(c\.Param\("id"\)\)`
	db.Query("SELECT id FROM notes WHERE owner = $1", c.Query("owner"))
}

func echoHandler(c echo.Context) error {
	_, err := db.Query("SELECT id FROM notes ORDER BY " + c.QueryParam("sort")) // want `from remote input \(c\.QueryParam\("sort"\)\)`
	return err
}

func fiberHandler(c *fiber.Ctx) error {
	_, err := db.Query("SELECT id FROM notes ORDER BY " + c.Query("sort")) // want `from remote input \(c\.Query\("sort"\)\)`
	return err
}

func chiHandler(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT id FROM notes WHERE id = '" + chi.URLParam(r, "id") + "'") // want `from remote input \(chi\.URLParam\(r, "id"\)\)`
}

func muxHandler(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	db.Query("SELECT id FROM notes WHERE id = '" + vars["id"] + "'") // want `from remote input \(mux\.Vars\(r\)\)`
}

type notesServer struct{}

// A connect handler: the request message is remote input.
func (notesServer) List(ctx context.Context, req *connect.Request[pb.ListRequest]) (*connect.Response[pb.ListResponse], error) {
	db.QueryContext(ctx, "SELECT id FROM notes WHERE "+req.Msg.Filter) // want `from remote input`
	return nil, nil
}

type grpcServer struct{}

// A gRPC method: (ctx, *Request) (*Response, error) with proto messages.
func (grpcServer) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) {
	db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+req.Sort) // want `from remote input`
	return nil, nil
}

// A method of the same shape whose argument is not a proto message is not
// a gRPC handler: its parameter is judged at its callers.
func (grpcServer) list(ctx context.Context, req *filter) (*filter, error) {
	db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+req.sort)
	return nil, nil
}

type filter struct{ sort string }

func lambdaHandler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	db.QueryContext(ctx, "SELECT id FROM notes ORDER BY "+req.QueryStringParameters["sort"]) // want `from remote input`
	return events.APIGatewayProxyResponse{}, nil
}

var cleanCmd = &cobra.Command{
	Use: "clean TABLE",
	Run: func(cmd *cobra.Command, args []string) {
		db.Exec("TRUNCATE " + args[0]) // want `from program input \(parameter args\)`
		schema, _ := cmd.Flags().GetString("schema")
		db.Exec("SET search_path TO " + schema) // want `from program input \(cmd\.Flags\(\)\.GetString\("schema"\)\)`
	},
}

var role = pflag.String("role", "reader", "database role")

func setRole() {
	db.Exec("SET ROLE " + *role) // want `from program input`
}

// Hard negatives in the same frameworks.

func ginSafe(c *gin.Context) {
	n, _ := strconv.Atoi(c.Query("limit"))
	db.Query("SELECT id FROM notes LIMIT " + strconv.Itoa(n))
	sort := "created_at"
	if c.Query("sort") == "title" {
		sort = "title"
	}
	db.Query("SELECT id FROM notes ORDER BY " + sort)
}
