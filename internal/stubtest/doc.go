// Package stubtest holds only the stub fidelity test.
//
// The analyzers' tests run analysistest in GOPATH mode over testdata/src, so
// the third-party libraries they exercise are hand-written stubs living under
// testdata/src/<real import path>. The test in this package loads every stub
// package and the corresponding real package (pinned by the module in
// testdata/realmods) and checks that each exported object of a stub exists in
// the real library with an identical type, so the stubs cannot silently drift
// from the APIs they imitate.
package stubtest
