#!/usr/bin/env bash
# The body of the jwtlint GitHub Action (action.yml at the repository root).
# It lives in a script, not in action.yml, so that it can run outside
# GitHub: internal/actiontest runs it against temporary git repositories.
#
# Inputs, all optional (action.yml passes every one of them):
#   INPUT_PACKAGES           package patterns, split on whitespace (default ./...)
#   INPUT_WORKING_DIRECTORY  directory to run in (default .)
#   INPUT_NEW_FROM_REV       report only findings on lines changed since this
#                            git revision; empty: every finding
#   INPUT_SARIF              SARIF file to write, relative to the working
#                            directory; empty: none
#   INPUT_FLAGS              more jwtlint flags, split on whitespace
#   JWTLINT_BIN              a jwtlint binary to use instead of building one
#                            from this script's repository
#
# Outputs, appended to $GITHUB_OUTPUT when it is set:
#   exit-code   jwtlint's exit status
#   sarif-file  absolute path of the SARIF file, when one was written
#   git-root    top level of the git work tree analysed (upload-sarif's
#               checkout_path: SARIF paths are relative to it)
#
# Exits with jwtlint's status: 0 no findings, 3 findings, 1 error, 2 usage.
set -uo pipefail

packages=${INPUT_PACKAGES:-./...}
working_directory=${INPUT_WORKING_DIRECTORY:-.}
new_from_rev=${INPUT_NEW_FROM_REV:-}
sarif=${INPUT_SARIF:-}
flags=${INPUT_FLAGS:-}

output() {
	if [ -n "${GITHUB_OUTPUT:-}" ]; then
		printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
	fi
}

# fail reports a failure of the action itself (not of jwtlint) as status 1,
# the status jwtlint gives when it cannot do its job.
fail() {
	echo "::error title=jwtlint::$1"
	output exit-code 1
	exit 1
}

command -v go >/dev/null ||
	fail "Go is not on PATH: run actions/setup-go (Go 1.26 or later) before the jwtlint action"

if [ -z "${JWTLINT_BIN:-}" ]; then
	# Build jwtlint from the checkout this script belongs to: in a workflow
	# that is the action's repository at the ref the workflow named (tag,
	# branch or SHA, of this repository or of a fork). GOFLAGS and GOWORK
	# are the analysed project's settings (-mod=vendor, a go.work), not
	# jwtlint's; VCS stamping is off because the action's checkout has no
	# .git and a container job may not trust one that does.
	action_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) ||
		fail "cannot find the action's directory"
	build_dir=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/jwtlint-action.XXXXXX") ||
		fail "cannot create a temporary directory"
	trap 'rm -rf "$build_dir"' EXIT
	JWTLINT_BIN=$build_dir/jwtlint$(go env GOEXE)
	echo "Building jwtlint from $action_root with $(go version)"
	(cd "$action_root" && GOFLAGS= GOWORK=off go build -buildvcs=false -o "$JWTLINT_BIN" ./cmd/jwtlint) ||
		fail "could not build jwtlint (it needs Go 1.26 or later; see the log above)"
fi

cd "$working_directory" ||
	fail "working-directory '$working_directory' does not exist"

args=()
if [ -n "$sarif" ]; then
	args+=(-sarif "$sarif")
fi
if [ -n "$new_from_rev" ]; then
	args+=(-new-from-rev "$new_from_rev")
fi
# Flags and patterns are whitespace-separated lists; globbing is off so that
# ./... and patterns with * reach jwtlint as written.
set -f
# shellcheck disable=SC2206 # splitting is the point
args+=($flags)
# shellcheck disable=SC2206
patterns=($packages)
set +f

# The ${a[@]+...} form expands an empty array under set -u in bash 3.2
# (macOS) too.
echo "jwtlint ${args[*]+${args[*]}} ${patterns[*]+${patterns[*]}}"
"$JWTLINT_BIN" ${args[@]+"${args[@]}"} ${patterns[@]+"${patterns[@]}"}
status=$?

output exit-code "$status"
if [ -n "$sarif" ] && [ "$sarif" != - ] && [ -f "$sarif" ]; then
	case $sarif in
	/*) output sarif-file "$sarif" ;;
	*) output sarif-file "$PWD/$sarif" ;;
	esac
fi
if git_root=$(git rev-parse --show-toplevel 2>/dev/null); then
	output git-root "$git_root"
fi

scope="findings"
if [ -n "$new_from_rev" ]; then
	scope="new findings (on lines changed since $new_from_rev)"
fi
case $status in
0)
	echo "jwtlint: no $scope"
	;;
3)
	echo "::error title=jwtlint::jwtlint reported $scope: they are listed in the log above, and in code scanning once the SARIF file is uploaded"
	;;
1)
	hint=""
	if [ -n "$new_from_rev" ] && ! git rev-parse --verify --quiet "$new_from_rev^{commit}" >/dev/null; then
		hint=" Revision '$new_from_rev' is not in this clone: check out with fetch-depth: 0 (actions/checkout), or fetch it."
	fi
	echo "::error title=jwtlint::jwtlint could not analyse the code (exit status 1: packages that do not load or type-check, or an internal error; see the log above).$hint"
	;;
2)
	echo "::error title=jwtlint::jwtlint rejected its command line (exit status 2): check the action's flags and packages inputs"
	;;
*)
	echo "::error title=jwtlint::jwtlint failed with exit status $status"
	;;
esac
exit "$status"
