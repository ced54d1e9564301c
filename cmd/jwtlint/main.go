// Command jwtlint finds JWT misuse and the SQL injection it leads to.
//
//	jwtlint [flags] packages...
//	go vet -vettool=$(command -v jwtlint) [flags] packages...
//
// Exit status: 0 no findings, 3 findings, 1 error (load, type or internal
// error), 2 usage error.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/jwtlint/jwtlint/analyzers/jwtlint"
)

func main() { singlechecker.Main(jwtlint.Analyzer) }
