package libmodel

// Modelled reports whether importPath is a package jwtlint has a model of:
// a JWT or token library (golang-jwt and its forks, jwx, go-jose, go-oidc),
// a key-function provider (keyfunc), an SQL API, or any package of a
// modelled library module.
//
// Only code importing such a package can hold a parse site, token data or
// an SQL sink of its own; a package importing none of them, and whose
// imports export no facts, has nothing to tell its dependents. Drivers use
// this to leave such packages out before loading them (see
// cmd/jwtlint/skip.go).
func Modelled(importPath string) bool {
	return IsJWTPackage(importPath) ||
		IsTokenLibrary(importPath) ||
		SQLPackages[importPath] ||
		IsKeyfuncLibrary(importPath) ||
		IsLibraryPackage(importPath)
}
