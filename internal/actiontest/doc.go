// Package actiontest tests what users run jwtlint through outside Go:
// the GitHub Action (action.yml and the script it calls, run here against
// temporary git repositories) and the pre-commit hook definitions.
package actiontest
