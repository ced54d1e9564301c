package libmodel

import (
	"go/types"
	"strings"
	"sync"
)

// FuncKey is the lookup key of a function or method in the tables: its
// types.Func.FullName with the origin of generic instantiations, e.g.
// "github.com/golang-jwt/jwt/v5.Parse", "(*database/sql.DB).Query",
// "(github.com/jackc/pgx/v5.Tx).Exec".
func FuncKey(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	fn = fn.Origin()
	if k, ok := funcKeys.Load(fn); ok {
		return k.(string)
	}
	// FullName formats the receiver type each time; the engine asks for
	// the same functions' keys on every pass.
	k := fn.FullName()
	funcKeys.Store(fn, k)
	return k
}

// funcKeys memoises FuncKey. It holds one string per function object
// looked up, for the life of the process (one package under go vet).
var funcKeys sync.Map

// funcName builds a table key for a package-level function.
func funcName(pkg, name string) string { return pkg + "." + name }

// methodName builds a table key for a method; recv is the receiver type name
// with a leading '*' for pointer receivers.
func methodName(pkg, recv, name string) string {
	if ptr, ok := strings.CutPrefix(recv, "*"); ok {
		return "(*" + pkg + "." + ptr + ")." + name
	}
	return "(" + pkg + "." + recv + ")." + name
}

// Receiver returns the import path and the receiver's type name (without
// '*') of a method, or ("", "") for a function or an unnamed receiver.
func Receiver(fn *types.Func) (pkgPath, typeName string) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return "", ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path(), n.Obj().Name()
	}
	return "", ""
}

// NamedType reports whether t (or *t) is the named type pkg.name.
func NamedType(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// TypeOrigin returns the package path and name of the named type t or *t.
func TypeOrigin(t types.Type) (pkg, name string, ok bool) {
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || n.Obj().Pkg() == nil {
		return "", "", false
	}
	return n.Obj().Pkg().Path(), n.Obj().Name(), true
}
