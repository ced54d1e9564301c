#!/usr/bin/env bash
# Precision and recall of jwtlint next to gosec v2 (G201, G202) on the
# project's own SQL test cases: testdata/src/sqlstring (and jwtsql). The
# ground truth is the `// want` expectations of those packages for the
# check the directory tests (each suite runs one check); a case is one test
# function (see internal/bench/compare). Cases that need jwtlint flags
# (usersinks: -sinks, -sources) are left out. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
cache=${JWTLINT_CACHE:-$HOME/.cache/jwtlint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gosec=$cache/bin/gosec
if [ ! -x "$gosec" ]; then
  GOBIN=$cache/bin go install github.com/securego/gosec/v2/cmd/gosec@v2.30.0
fi
go build -o "$work/jwtlint" ./cmd/jwtlint
go build -o "$work/compare" ./internal/bench/compare

# The test packages live in a GOPATH tree beside their library stubs.
export GOPATH=$repo/testdata GO111MODULE=off GOFLAGS=
cd "$repo/testdata/src"
for sub in ${@:-sqlstring jwtsql}; do
  "$work/jwtlint" -checks="$sub" "./$sub/..." > "$work/$sub.jwtlint" 2>&1 || true
  "$gosec" -quiet -include=G201,G202 -fmt=json -out "$work/$sub.gosec" "./$sub/..." >/dev/null 2>&1 || true
  echo "### testdata/src/$sub"
  echo
  "$work/compare" -dir . -sub "$sub" -checks "$sub" -skip usersinks,untrusted,fixflag -jwtlint "$work/$sub.jwtlint" -gosec "$work/$sub.gosec"
  echo
done
