#!/usr/bin/env bash
# Robustness sweep: runs the jwtlint binary, built from this repository,
# over every package of the standard library and over the real-world
# modules listed in .ci/sweep-modules.txt, and asserts that it never
# panics and never reports an internal error.
#
#   .ci/sweep.sh
#
# For each module: go mod download -json mod@version, a writable copy of
# its directory, go mod download there (the module's own go.mod and
# go.sum), go build ./... (warms the build cache; a failure marks the
# module "build failed": it is still linted but a spare replaces it), then
# jwtlint ./... under timeout. A nonce is appended to the binary (data
# past the end of the ELF file, which changes the hash go vet takes as the
# tool's identity), so go vet's cache replays nothing: every package is
# analysed.
#
# Environment:
#   SWEEP_LIMIT=N          run the first N modules (spares fill in for failures)
#   SWEEP_MIN=N            modules that must run when SWEEP_LIMIT is unset (30)
#   SWEEP_STD=0            skip the standard library
#   SWEEP_STD_PATTERN=P    standard-library packages to sweep (default std;
#                          lines are counted in their directories, tests included)
#   SWEEP_TIMEOUT=S        seconds per module for build and lint (1800)
#   SWEEP_MODULES=FILE     the module list (default .ci/sweep-modules.txt)
#   SWEEP_OUT=DIR          where logs and the table go (default a temp dir)
#
# On a shared machine, give the sweep a GOCACHE of its own: a go clean
# -cache elsewhere during a build shows as "could not import ... (open
# .../go-build/...: no such file or directory)"; the sweep marks such
# modules "build cache lost" (rerun them), not as package errors.
#
# Exit status: 0 clean; 1 a panic, an internal error, or an abnormal exit
# of jwtlint (a status other than 0, 1 and 3, a timeout, or 1 without any
# package error to explain it); 4 fewer modules ran than required.
# Findings (status 3) and package errors of the modules themselves (type
# errors, missing cgo libraries: status 1) are listed, not failures.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

list=${SWEEP_MODULES:-$repo/.ci/sweep-modules.txt}
limit=${SWEEP_LIMIT:-}
min=${SWEEP_MIN:-30}
target=${limit:-$min}
timeout_s=${SWEEP_TIMEOUT:-1800}
out=${SWEEP_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/jwtlint-sweep.XXXXXX")}
mkdir -p "$out"
export GOWORK=off GOTOOLCHAIN=local
# The bundled checks, in reporting order: the package names of
# analyzers/jwtlint's Checks list.
mapfile -t checks < <(sed -n '/^var Checks = /,/^}/s/^\t\([a-z0-9]*\)\.Analyzer,$/\1/p' analyzers/jwtlint/jwtlint.go)
if [ "${#checks[@]}" = 0 ]; then
  echo "sweep: no checks found in analyzers/jwtlint/jwtlint.go" >&2
  exit 1
fi

bin=$out/jwtlint
if ! go build -o "$bin" ./cmd/jwtlint; then
  echo "sweep: cannot build jwtlint" >&2
  exit 1
fi
printf '\njwtlint-sweep-nonce %s\n' "$$.$RANDOM.$(date +%s%N)" >> "$bin"
echo "sweep: output in $out"

table=$out/table.md
{
  printf '| module | status | packages | lines of Go |'; printf ' %s |' "${checks[@]}"; echo ' pkg errors | wall s | panics | internal errors |'
  printf '| --- | --- | ---: | ---: |'; for _ in "${checks[@]}"; do printf ' ---: |'; done; echo ' ---: | ---: | ---: | ---: |'
} > "$table"
: > "$out/problems.txt"   # panics, internal errors, abnormal exits
: > "$out/pkgerrors.txt"  # package errors of the modules themselves

tot_pkgs=0 tot_lines=0 tot_wall=0 tot_panics=0 tot_internal=0 tot_abnormal=0 ran=0 failed_setup=0
declare -A tot_check
for c in "${checks[@]}"; do tot_check[$c]=0; done

golines() { # DIR: lines of the .go files outside vendor and testdata
  find "$1" -name '*.go' -not -path '*/vendor/*' -not -path '*/testdata/*' -type f -print0 |
    xargs -0 -r cat | wc -l
}

# lint NAME DIR PACKAGES LINES PATTERNS...: runs jwtlint in DIR, appends a
# table row; returns 0 if the run was clean of panics and internal errors.
lint() {
  local name=$1 dir=$2 pkgs=$3 lines=$4 status=$5; shift 5
  local log=$out/logs/$(echo "$name" | tr '/@' '__').lint.log
  local t0=$SECONDS rc
  (cd "$dir" && GOFLAGS=$lint_goflags timeout -k 30 "$timeout_s" "$bin" "$@") > "$log" 2>&1
  rc=$?
  local wall=$((SECONDS - t0))
  local internal panics row counts=()
  internal=$(grep -c 'internal error in ' "$log")
  panics=$(grep -cE '(^|: )(panic: |fatal error: )' "$log")
  if [ "$panics" = 0 ] && grep -qE '^goroutine [0-9]+ \[' "$log"; then panics=1; fi
  for c in "${checks[@]}"; do
    local n
    n=$(grep -cE "^.+:[0-9]+:[0-9]+: $c: " "$log")
    counts+=("$n")
    tot_check[$c]=$((tot_check[$c] + n))
  done
  # Package errors: every other line but the findings' related locations.
  local errlines
  errlines=$(grep -vE "^.+:[0-9]+:[0-9]+: ($(IFS='|'; echo "${checks[*]}")): |^.+:[0-9]+:[0-9]+: "$'\t'"|internal error in " "$log" | grep -c .)
  if [ "$errlines" -gt 0 ]; then
    {
      echo "== $name ($errlines lines)"
      grep -vE "^.+:[0-9]+:[0-9]+: ($(IFS='|'; echo "${checks[*]}")): |^.+:[0-9]+:[0-9]+: "$'\t'"|internal error in " "$log"
    } >> "$out/pkgerrors.txt"
  fi
  if grep -q 'go-build/.*: no such file or directory' "$log"; then
    status="$status, build cache lost"
  fi
  local abnormal=0
  case $rc in
    0 | 3) ;;
    1) [ "$errlines" -gt 0 ] || [ "$internal" -gt 0 ] || abnormal=1 ;;
    124 | 137) abnormal=1; status="$status, timeout after ${timeout_s}s" ;;
    *) abnormal=1; status="$status, exit $rc" ;;
  esac
  # The standard library type-checks: a package error there is jwtlint's
  # loading at fault (a source package read from export data too, once).
  if [[ $name == "std "* ]] && [ "$errlines" -gt 0 ]; then
    abnormal=1
    status="$status, package errors in std"
  fi
  if [ "$internal" -gt 0 ] || [ "$panics" -gt 0 ] || [ "$abnormal" -gt 0 ]; then
    {
      echo "== $name: exit $rc, $panics panics, $internal internal errors (log: $log)"
      [ "$abnormal" -gt 0 ] && grep -m5 -vE "^.+:[0-9]+:[0-9]+: "$'\t' "$log"  || true
      grep -E 'internal error in |(^|: )(panic: |fatal error: )' "$log" | head -20
    } >> "$out/problems.txt"
    status="$status, FAILED"
  fi
  tot_pkgs=$((tot_pkgs + pkgs)) tot_lines=$((tot_lines + lines)) tot_wall=$((tot_wall + wall))
  tot_panics=$((tot_panics + panics)) tot_internal=$((tot_internal + internal)) tot_abnormal=$((tot_abnormal + abnormal))
  row="| $name | $status | $pkgs | $lines |"
  for n in "${counts[@]}"; do row+=" $n |"; done
  row+=" $errlines | $wall | $panics | $internal |"
  echo "$row" >> "$table"
  echo "sweep: $row"
}

mkdir -p "$out/logs" "$out/mods"

lint_goflags=${GOFLAGS:-}
if [ "${SWEEP_STD:-1}" != 0 ]; then
  pat=${SWEEP_STD_PATTERN:-std}
  # shellcheck disable=SC2086 # the pattern may be several patterns
  lint "std ($(go env GOVERSION), $pat)" "$repo" "$(go list $pat | wc -l)" \
    "$(go list -f '{{.Dir}}' $pat | xargs -I{} find {} -maxdepth 1 -name '*.go' -type f -print0 | xargs -0 -r cat | wc -l)" "ok" $pat
fi

# setup MOD@VER DIR: download and copy the module, fetch its dependencies,
# build it; prints a status word and returns non-zero if it cannot be linted.
setup() {
  local mv=$1 dest=$2 log=$3 src
  if ! src=$(go mod download -json "$mv" 2>>"$log" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p') || [ -z "$src" ]; then
    echo "download failed"; return 1
  fi
  cp -r "$src" "$dest" && chmod -R u+w "$dest"
  (
    cd "$dest" || exit 1
    # Zips leave out vendored code; the directory replacements of a
    # multi-module repository point outside the zip: neither applies to
    # the module as a dependency, so drop both.
    rm -rf vendor
    for old in $(go mod edit -json | python3 -c '
import json, sys
for r in json.load(sys.stdin).get("Replace") or []:
    if r["New"]["Path"].startswith((".", "/")):
        print(r["Old"]["Path"] + ("@" + r["Old"]["Version"] if r["Old"].get("Version") else ""))
'); do
      go mod edit -dropreplace="$old"
    done
    GOFLAGS="${GOFLAGS:-} -mod=mod" go mod download
  ) >>"$log" 2>&1 || { echo "dependency download failed"; return 1; }
  if ! (cd "$dest" && GOFLAGS="${GOFLAGS:-} -mod=mod" timeout -k 30 "$timeout_s" go build "${@:4}") >>"$log" 2>&1; then
    echo "build failed"; return 2
  fi
  echo "ok"
}

n=0 spares=0 primary_done=0
while read -r mv patterns; do
  case $mv in '' | '#'*) continue ;; '[spares]') spares=1; continue ;; esac
  if [ "$spares" = 0 ]; then
    n=$((n + 1))
    if [ -n "$limit" ] && [ "$n" -gt "$limit" ]; then continue; fi
  elif [ "$ran" -ge "$target" ]; then
    break
  fi
  name=$mv
  safe=$(echo "$mv" | tr '/@' '__')
  dest=$out/mods/$safe
  setuplog=$out/logs/$safe.setup.log
  read -ra pats <<<"${patterns:-./...}"
  t0=$SECONDS
  status=$(setup "$mv" "$dest" "$setuplog" "${pats[@]}")
  src=$?
  echo "sweep: $mv: $status ($((SECONDS - t0)) s setup)"
  if [ "$src" = 1 ]; then
    echo "| $name | $status (see logs/$safe.setup.log) | | | | | | | | | | | |" >> "$table"
    failed_setup=$((failed_setup + 1))
    continue
  fi
  pkgs=$(cd "$dest" && GOFLAGS="${GOFLAGS:-} -mod=mod" go list -e "${pats[@]}" 2>/dev/null | wc -l)
  if [ -z "$patterns" ]; then
    lines=$(golines "$dest")
  else # the packages' own directories
    lines=$(cd "$dest" && GOFLAGS="${GOFLAGS:-} -mod=mod" go list -e -f '{{.Dir}}' "${pats[@]}" 2>/dev/null |
      xargs -I{} find {} -maxdepth 1 -name '*.go' -type f -print0 | xargs -0 -r cat | wc -l)
  fi
  lint_goflags="${GOFLAGS:-} -mod=mod"
  lint "$name" "$dest" "$pkgs" "$lines" "$status" "${pats[@]}"
  if [ "$src" = 0 ]; then ran=$((ran + 1)); else failed_setup=$((failed_setup + 1)); fi
  rm -rf "$dest"
done < "$list"

row="| **total** ($ran modules$([ "${SWEEP_STD:-1}" != 0 ] && echo " + std")) | | $tot_pkgs | $tot_lines |"
for c in "${checks[@]}"; do row+=" ${tot_check[$c]} |"; done
row+=" | $tot_wall | $tot_panics | $tot_internal |"
echo "$row" >> "$table"

echo
cat "$table"
echo
if [ -s "$out/pkgerrors.txt" ]; then
  echo "Package errors of the swept code (not jwtlint's failures; full list in $out/pkgerrors.txt):"
  grep '^== ' "$out/pkgerrors.txt"
  echo
fi
summary="sweep: $ran modules ran (target $target), $failed_setup failed to download or build; $tot_pkgs packages, $tot_lines lines of Go, ${tot_wall} s linting; $tot_panics panics, $tot_internal internal errors, $tot_abnormal abnormal exits"
echo "$summary" | tee "$out/summary.txt"
if [ "$tot_panics" -gt 0 ] || [ "$tot_internal" -gt 0 ] || [ "$tot_abnormal" -gt 0 ]; then
  echo "sweep: FAILED:"
  cat "$out/problems.txt"
  exit 1
fi
if [ "$ran" -lt "$target" ]; then
  echo "sweep: FAILED: only $ran modules ran, $target required"
  exit 4
fi
echo "sweep: passed"
