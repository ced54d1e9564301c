// Package libmodel is jwtlint's knowledge of library APIs, kept as data:
// which functions parse or verify tokens and where their key function,
// claims and options are; which parser options pin algorithms or validate
// claims; which calls run SQL and which argument is query text; which
// functions carry, sanitize or end the flow of untrusted data.
//
// Checks ask questions of this package ("is this call a verifying parse?
// where is its key function?") with *types.Func objects resolved through
// go/types, never by comparing identifier text. Adding a library version or a
// new library is a table change here: a new import path in a family table,
// or new rows in the function tables.
package libmodel
