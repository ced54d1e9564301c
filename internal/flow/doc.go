// Package flow is jwtlint's value-flow engine: for every SSA value of a
// package it computes where the value may come from, as a small set of
// labels (proven safe, unknown, token data, unverified token data,
// forgeable token data: header values and claims not verified yet), the
// parameters it depends on, and whether a string-building step combined
// parts not proven safe. Every data-flow check (jwtsql, sqlstring,
// jwtheader) asks its question of the same Result: the SQL calls it
// reaches (Sinks) and the locations (Locations: URLs requested or fetched,
// file paths) that forgeable data reaches. Location guards (locguard.go: a
// host allow-list, an origin prefix, a safe-character pattern,
// filepath.IsLocal...) and confining functions (filepath.Base,
// url.PathEscape) take away forgeability without proving a value safe for
// SQL; parameters reaching a location unconfined (Value.LocParams) make a
// function a location wrapper.
//
// The engine runs per function to a fixed point. Memory is modeled
// flow-insensitively by allocation site and struct field path; containers
// (slices, maps, arrays) are summarised by one value. Values stored into a
// struct field through a base the engine cannot name (a parameter, a
// loaded pointer) are looked up package-wide by field: conservative for
// what was stored, except that a value depending on another function's
// parameter (a constructor's `&Repo{table: table}`) contributes its labels
// but not that dependency; the constructor's result carries it instead, so
// `NewRepo(db, r.FormValue("t"))` is judged where the object it returns is
// used in the same function. A struct copied from a known location is
// copied field by field. Library functions are modeled by tables in libmodel
// (propagation, building, sanitising, writing into buffers); calls into the
// package are substituted with the callee's summary, calls into other
// packages with the summary exported as a FuncSummary fact. A value tested
// against constants on the branch that dominates its use (a switch over
// allowed column names, slices.Contains of a constant list, a lookup in a
// constant map) is proven safe there.
//
// Each function's fixed point is bounded (iterations and instruction
// visits); past the budget the function's values stay as computed so far,
// which can hide findings but never invents them.
package flow
