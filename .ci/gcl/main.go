// Command custom-gcl is golangci-lint v2.15.0 with the jwtlint module plugin
// linked in: the binary `golangci-lint custom` would build from the
// repository's .custom-gcl.yml, built here from the module proxy alone (no
// git clone), for the offline integration test .ci/golangci-plugin.sh.
//
// This directory is its own module so golangci-lint's dependencies stay out
// of jwtlint's go.mod; the replace directive points at the working tree.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/jwtlint/jwtlint/cmd/gclplugin"
)

// version is left "(devel)", as in a plain `go build` of golangci-lint: then
// golangci-lint salts its result cache with a hash of the executable, so a
// rebuilt plugin never replays findings cached by an older build. A fixed
// version string (settable with -ldflags "-X main.version=...") would be
// used as the salt instead.
var version = "(devel)"

func main() {
	info := commands.BuildInfo{
		Version:   version,
		Commit:    "golangci-lint v2.15.0 + jwtlint module plugin (.ci/gcl)",
		Date:      "(unknown)",
		GoVersion: "unknown",
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.GoVersion = bi.GoVersion
	}
	// Same entry point as golangci-lint's cmd/golangci-lint/main.go.
	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
