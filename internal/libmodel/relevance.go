package libmodel

// Modelled reports whether importing importPath can make code relevant to
// jwtlint's recognisers: it is a JWT library (golang-jwt and its forks), a
// token library with modelled sources or verification rows (jwx,
// go-jose, go-oidc, the middlewares...), a key-function
// provider (keyfunc) or an SQL API. These are the imports
// internal/jwtparse and internal/flow look for; every package with a
// parse, source, sink or key-function row in the tables is one of them
// (TestModelledCoversTables).
//
// A package importing none of them, and whose imports export no facts,
// has nothing to tell its dependents, so drivers may leave it out before
// loading it (see cmd/jwtlint/skip.go). Modules listed only so that their
// own code is not analysed (IsLibraryPackage: github.com/lib/pq,
// github.com/google/uuid) do not count:
// importing them finds nothing, and a widely used one like uuid would keep
// large dependencies (modernc.org/libc) analysed for nothing.
func Modelled(importPath string) bool {
	return IsJWTPackage(importPath) ||
		IsVerifyPackage(importPath) ||
		IsTokenLibrary(importPath) ||
		SQLPackages[importPath] ||
		IsKeyfuncLibrary(importPath)
}
