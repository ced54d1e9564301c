package libmodel

import (
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// The trust model: every value is "not proven safe" unless proven safe, and
// untrusted input comes in kinds, each named in messages and carried into
// SARIF. This file says, as data, where each kind enters a program and
// which standard functions merely compute on their operands.

// Input is a kind of untrusted input.
type Input uint8

const (
	// InputRemote: data of a request (HTTP handlers, gRPC and connect
	// request messages, serverless events).
	InputRemote Input = iota + 1
	// InputProgram: program input (command-line arguments and flags, the
	// environment, standard input and other readers, file contents).
	InputProgram
	// InputStored: data read back from the database (second-order injection).
	InputStored
	// InputUnknown: not proven safe, of no known kind.
	InputUnknown
)

// InputRule models a library function through which untrusted input
// enters, or through which a reader's data moves into its caller's memory.
type InputRule struct {
	// Kind is the input the call hands out; 0 when it only moves its
	// operands' data (json.Unmarshal, fmt.Sscan).
	Kind Input
	// Out is the index of the first argument whose pointee receives the
	// data; with Single only that argument, otherwise it and every
	// following one (a variadic list of destinations). -1: the results
	// carry it.
	Out    int
	Single bool
	// Operands: what the call hands out also carries its operands'
	// provenance (io.ReadAll(r.Body) reads the request).
	Operands bool
}

var inputRules = map[string]InputRule{}

func input(key string, r InputRule) { inputRules[key] = r }

// results is an InputRule whose results carry input of kind k.
func results(k Input) InputRule { return InputRule{Kind: k, Out: -1} }

// readerResult: the results carry program input and the reader's data.
var readerResult = InputRule{Kind: InputProgram, Out: -1, Operands: true}

func init() {
	// Program input: the environment, files, standard input and readers.
	for _, f := range []string{"Getenv", "LookupEnv", "Environ", "ExpandEnv", "ReadFile"} {
		input(funcName("os", f), results(InputProgram))
	}
	// An opened file: what is read from it is program input.
	for _, f := range []string{"Open", "OpenFile", "OpenInRoot"} {
		input(funcName("os", f), results(InputProgram))
	}
	input(funcName("io", "ReadAll"), readerResult)
	for _, f := range []string{"ReadFull", "ReadAtLeast"} {
		input(funcName("io", f), InputRule{Kind: InputProgram, Out: 1, Single: true, Operands: true})
	}
	input(methodName("io", "Reader", "Read"), InputRule{Kind: InputProgram, Out: 0, Single: true, Operands: true})
	for _, m := range []string{"Read", "ReadAt"} {
		input(methodName("os", "*File", m), InputRule{Kind: InputProgram, Out: 0, Single: true, Operands: true})
	}
	input(methodName("bufio", "*Reader", "Read"), InputRule{Kind: InputProgram, Out: 0, Single: true, Operands: true})
	for _, m := range []string{"ReadString", "ReadBytes", "ReadLine", "ReadSlice", "ReadRune", "Peek"} {
		input(methodName("bufio", "*Reader", m), readerResult)
	}
	for _, m := range []string{"Text", "Bytes"} {
		input(methodName("bufio", "*Scanner", m), readerResult)
	}
	for _, f := range []string{"Scan", "Scanln"} {
		input(funcName("fmt", f), InputRule{Kind: InputProgram, Out: 0})
	}
	input(funcName("fmt", "Scanf"), InputRule{Kind: InputProgram, Out: 1})
	for _, f := range []string{"Fscan", "Fscanln"} {
		input(funcName("fmt", f), InputRule{Kind: InputProgram, Out: 1, Operands: true})
	}
	input(funcName("fmt", "Fscanf"), InputRule{Kind: InputProgram, Out: 2, Operands: true})
	for _, f := range []string{"Sscan", "Sscanln"} {
		input(funcName("fmt", f), InputRule{Out: 1, Operands: true})
	}
	input(funcName("fmt", "Sscanf"), InputRule{Out: 2, Operands: true})
	// Decoders move their input into the caller's values.
	for _, pkg := range []string{"encoding/json", "encoding/xml"} {
		input(funcName(pkg, "Unmarshal"), InputRule{Out: 1, Single: true, Operands: true})
		input(methodName(pkg, "*Decoder", "Decode"), InputRule{Out: 0, Single: true, Operands: true})
	}
	input(methodName("encoding/gob", "*Decoder", "Decode"), InputRule{Out: 0, Single: true, Operands: true})
	input(funcName("encoding/binary", "Read"), InputRule{Out: 2, Single: true, Operands: true})

	// Command-line flags: the flag package and spf13/pflag (cobra's flags).
	flagRules := func(pkg string, recvs ...string) {
		for _, recv := range recvs {
			key := func(name string) string {
				if recv == "" {
					return funcName(pkg, name)
				}
				return methodName(pkg, recv, name)
			}
			for _, f := range []string{"String", "StringP", "StringSlice", "StringSliceP", "StringArray",
				"StringArrayP", "Arg", "Args", "GetString", "GetStringSlice", "GetStringArray", "Func"} {
				input(key(f), results(InputProgram))
			}
			for _, f := range []string{"StringVar", "StringVarP", "StringSliceVar", "StringSliceVarP",
				"StringArrayVar", "StringArrayVarP", "TextVar", "Var"} {
				input(key(f), InputRule{Kind: InputProgram, Out: 0, Single: true})
			}
		}
	}
	flagRules("flag", "", "*FlagSet")
	flagRules("github.com/spf13/pflag", "", "*FlagSet")

	// Stored data: rows scanned from the database.
	scan := InputRule{Kind: InputStored, Out: 0}
	scanInto := func(out int) InputRule { return InputRule{Kind: InputStored, Out: out, Single: true} }
	input(methodName("database/sql", "*Rows", "Scan"), scan)
	input(methodName("database/sql", "*Row", "Scan"), scan)
	for _, v := range []string{"github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4"} {
		input(methodName(v, "Rows", "Scan"), scan)
		input(methodName(v, "Row", "Scan"), scan)
		input(methodName(v, "Rows", "Values"), results(InputStored))
	}
	for _, f := range []string{"CollectRows", "CollectOneRow", "CollectExactlyOneRow", "AppendRows"} {
		input(funcName("github.com/jackc/pgx/v5", f), results(InputStored))
	}
	const sqlx = "github.com/jmoiron/sqlx"
	for _, recv := range []string{"*DB", "*Tx", "*Stmt"} {
		input(methodName(sqlx, recv, "Get"), scanInto(0))
		input(methodName(sqlx, recv, "Select"), scanInto(0))
	}
	for _, recv := range []string{"*DB", "*Tx", "*Conn", "*Stmt"} {
		input(methodName(sqlx, recv, "GetContext"), scanInto(1))
		input(methodName(sqlx, recv, "SelectContext"), scanInto(1))
	}
	input(funcName(sqlx, "Get"), scanInto(1))
	input(funcName(sqlx, "Select"), scanInto(1))
	input(funcName(sqlx, "GetContext"), scanInto(2))
	input(funcName(sqlx, "SelectContext"), scanInto(2))
	for _, recv := range []string{"*Rows", "*Row"} {
		input(methodName(sqlx, recv, "StructScan"), scanInto(0))
		input(methodName(sqlx, recv, "MapScan"), scanInto(0))
		input(methodName(sqlx, recv, "SliceScan"), results(InputStored))
	}
	input(methodName(sqlx, "*Row", "Scan"), scan)
	for _, m := range []string{"Find", "First", "Take", "Last", "Scan", "FirstOrInit", "FirstOrCreate", "Pluck"} {
		out := 0
		if m == "Pluck" {
			out = 1
		}
		input(methodName("gorm.io/gorm", "*DB", m), scanInto(out))
	}
	const bun = "github.com/uptrace/bun"
	for _, q := range []string{"*SelectQuery", "*RawQuery"} {
		input(methodName(bun, q, "Scan"), InputRule{Kind: InputStored, Out: 1})
	}
	// A model registered with a select is filled by its Scan.
	input(methodName(bun, "*SelectQuery", "Model"), scanInto(0))
}

// InputRuleOf returns the trust-model rule of a library function.
func InputRuleOf(fn *types.Func) (InputRule, bool) {
	r, ok := inputRules[FuncKey(fn)]
	return r, ok
}

// requestTypes are the types of handler parameters that carry a request:
// whatever a handler derives from them is remote input, wherever the
// handler is called from (a router, not analysed code).
var requestTypes = map[string]bool{
	"net/http.Request":                    true,
	"net/url.Values":                      true,
	"github.com/gin-gonic/gin.Context":    true,
	"github.com/labstack/echo/v4.Context": true,
	"github.com/gofiber/fiber/v2.Ctx":     true,
	"github.com/gofiber/fiber/v3.Ctx":     true,
	"connectrpc.com/connect.Request":      true,
	// Serverless events (AWS Lambda behind API Gateway, ALB, function URLs).
	"github.com/aws/aws-lambda-go/events.APIGatewayProxyRequest":          true,
	"github.com/aws/aws-lambda-go/events.APIGatewayV2HTTPRequest":         true,
	"github.com/aws/aws-lambda-go/events.ALBTargetGroupRequest":           true,
	"github.com/aws/aws-lambda-go/events.LambdaFunctionURLRequest":        true,
	"github.com/aws/aws-lambda-go/events.APIGatewayWebsocketProxyRequest": true,
}

// RequestType reports whether t (or *t) is a request type.
func RequestType(t types.Type) bool {
	pkg, name, ok := TypeOrigin(t)
	return ok && requestTypes[pkg+"."+name]
}

// RemoteParam reports whether parameter i of a function with signature sig
// carries a request: a request type (RequestType), or the request message
// of a gRPC method, `(ctx context.Context, req *pb.Req) (*pb.Resp, error)`
// whose request implements proto.Message.
func RemoteParam(sig *types.Signature, i int) bool {
	params := sig.Params()
	if i >= params.Len() {
		return false
	}
	t := params.At(i).Type()
	if RequestType(t) {
		return true
	}
	return i == 1 && sig.Recv() != nil && params.Len() == 2 && sig.Results().Len() == 2 &&
		NamedType(params.At(0).Type(), "context", "Context") && isProtoMessage(t) &&
		isProtoMessage(sig.Results().At(0).Type()) && isErrorType(sig.Results().At(1).Type())
}

// isProtoMessage reports whether t is a pointer to a generated protocol
// buffer message: it has a ProtoReflect method.
func isProtoMessage(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ProtoReflect")
	fn, ok := obj.(*types.Func)
	return ok && fn.Signature().Params().Len() == 0 && fn.Signature().Results().Len() == 1
}

// ProgramParam reports whether parameter i of a function with signature
// sig holds program input: the positional arguments of a cobra command,
// `func(cmd *cobra.Command, args []string)`.
func ProgramParam(sig *types.Signature, i int) bool {
	params := sig.Params()
	if i != 1 || params.Len() != 2 || !NamedType(params.At(0).Type(), "github.com/spf13/cobra", "Command") {
		return false
	}
	s, ok := params.At(1).Type().Underlying().(*types.Slice)
	return ok && isStringType(s.Elem())
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// inputGlobals are package-level variables of the standard library that
// hold input of a known kind; every other variable of a package jwtlint did
// not analyse is "not proven safe".
var inputGlobals = map[string]Input{
	"os.Args":  InputProgram,
	"os.Stdin": InputProgram,
}

// GlobalInput returns the kind of input a package-level variable of
// another package holds, when the model knows it.
func GlobalInput(v *types.Var) (Input, bool) {
	if v == nil || v.Pkg() == nil {
		return 0, false
	}
	k, ok := inputGlobals[v.Pkg().Path()+"."+v.Name()]
	return k, ok
}

// pureStd are the standard packages whose functions compute their results
// from their operands only (formatting, parsing, conversions, collections,
// encodings, hashing, reflection on types): what their operands carry, the
// results carry, and constant operands give constant results. Every other
// standard function (the environment, files, the network, the clock...)
// gives a result that is not proven safe.
var pureStd = map[string]bool{
	"strings": true, "strconv": true, "fmt": true, "bytes": true, "unicode": true,
	"unicode/utf8": true, "unicode/utf16": true, "path": true, "path/filepath": true,
	"sort": true, "slices": true, "maps": true, "cmp": true, "math": true, "math/big": true,
	"math/bits": true, "errors": true, "regexp": true, "net/url": true, "net/netip": true,
	"encoding/json": true, "encoding/xml": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "encoding/binary": true, "encoding/csv": true, "html": true,
	"text/template": true, "html/template": true, "reflect": true, "time": true,
	"crypto/sha256": true, "crypto/sha512": true, "crypto/sha1": true, "crypto/md5": true,
	"crypto/hmac": true, "hash": true, "hash/crc32": true, "hash/fnv": true, "embed": true,
	"unsafe": true, "iter": true, "container/list": true, "text/tabwriter": true,
	"go/token": true, "database/sql/driver": true, "log": true, "log/slog": true,
}

// PureStd reports whether fn is a standard function that only computes on
// its operands. Methods of interfaces declared in such packages (the
// reflect.Type methods) count too.
func PureStd(fn *types.Func) bool {
	return IsStd(fn) && pureStd[fn.Pkg().Path()]
}

// IsStdPath reports whether an import path belongs to the standard
// library: its first element has no dot (as every other module path's
// has, by convention) and, when GOROOT is known, the package lives there;
// a module named without a dot ("myapp/internal/db") is not standard.
func IsStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return false
	}
	if v, ok := stdMemo.Load(path); ok {
		return v.(bool)
	}
	std := true
	if root := goroot(); root != "" {
		_, err := os.Stat(filepath.Join(root, "src", filepath.FromSlash(path)))
		std = err == nil
	}
	stdMemo.Store(path, std)
	return std
}

var (
	stdMemo sync.Map
	goroot  = sync.OnceValue(func() string {
		if r := os.Getenv("GOROOT"); r != "" {
			return r
		}
		return build.Default.GOROOT
	})
)
