// Package testfilesincluded: with -include-tests, findings in _test.go
// files are reported too.
package testfilesincluded
