#!/usr/bin/env bash
# Performance of jwtlint, measured as ratios within one run (the machine is
# shared and noisy: absolute times mean little, alternating runs compared
# with each other do).
#
#   .ci/bench.sh [TARGET_DIR] [LEAF_PKG]
#
# TARGET_DIR is a module to analyse (default: a copy of golang.org/x/tools
# v0.52.0 from the module cache); LEAF_PKG a package in it with few
# dependents, edited for the go vet edit loop. It prints:
#  (a) standalone: jwtlint ./... vs two floors, both a no-op analyzer with
#      a fact type (internal/bench/floor): "floor" loaded and run the way
#      jwtlint's default driver does it (internal/inproc: list, parse and
#      type-check the module's packages one at a time), "floor-sc" under
#      singlechecker (every package from source, as any go/analysis tool
#      with facts; the floor when the speed targets were set); and vs
#      gosec -include=G201,G202,G701: median wall time, user CPU and peak
#      RSS of N alternating runs, each with a freshly linked binary and a
#      warm build cache;
#  (b) the edit loop: after a one-line change in LEAF_PKG, go vet ./... with
#      and without -vettool=jwtlint, warm caches;
#  (c) jwtlint ./... vs plain go vet ./... (cmd/vet's analyzers), both with a
#      cold vet cache (a fresh tool; a changing -printf.funcs for go vet) and
#      a warm build cache (BENCH_COLD=0 leaves it out).
#
# Figures with the in-process default driver (internal/inproc), one run
# each, BENCH_RUNS=3 BENCH_COLD=0 (tailscale BENCH_RUNS=1), at 614841e:
#   pocketbase v0.36.8 ./plugins/ghupdate: jwtlint/gosec wall 0.40x, user
#     0.41x, peak RSS 0.68x (90 vs 131 MB); jwtlint/floor 2.76x,
#     /singlechecker floor 0.25x; edit loop 0.56x of go vet.
#   sqlc v1.31.1 ./cmd/sqlc-gen-json: jwtlint/gosec wall 0.35x, user 0.36x,
#     peak RSS 0.89x (167 vs 188 MB); jwtlint/floor 2.79x, /singlechecker
#     floor 0.46x; edit loop 1.00x.
#   tailscale.com v1.102.5 ./types/empty (477 packages; the leaf is
#     imported by 113 of them): jwtlint/gosec wall 0.17x, user 0.17x, peak
#     RSS 1.52x (290 vs 191 MB); jwtlint/floor 2.75x, /singlechecker floor
#     0.48x; edit loop 1.45x (5.9 vs 4.1 s, with the replay cache of
#     cmd/jwtlint/replay.go; 6.6x without it).
#
# Earlier figures (go vet backend): with the skip of dependencies that can carry
# no fact (cmd/jwtlint/skip.go), against the tree before it (BENCH_BASE),
# 3 runs, load average 12-30 from other jobs:
#   pocketbase v0.36.8 ./plugins/ghupdate: jwtlint/base wall 0.58x, peak RSS
#     111 vs 401 MB; jwtlint/floor 0.66x; jwtlint/gosec wall 1.86x (was
#     3.19x), RSS 0.33x (was 1.20x); edit loop 0.54x of plain go vet.
#   sqlc v1.31.1 ./cmd/sqlc-gen-json: jwtlint/base wall 0.66x, RSS 215 vs
#     393 MB; jwtlint/floor 0.63x; jwtlint/gosec wall 0.87x (was 1.33x),
#     RSS 0.42x (was 0.77x); edit loop 1.01x of plain go vet.
#   tailscale.com v1.102.5 (one pass, by hand): CPU 106 vs 118 s, peak RSS
#     154 vs 556 MB; gosec 654 s CPU, 628 MB.
#
# BENCH_BASE=DIR adds another jwtlint source tree (say `git archive REV`
# unpacked), run as "base" in the same alternating loops, to measure a
# change before and after within one run. BENCH_RUNS sets N (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${BENCH_RUNS:-3}
cache=${JWTLINT_CACHE:-$HOME/.cache/jwtlint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

target=${1:-}
leaf=${2:-./go/analysis/passes/findcall}
if [ -z "$target" ]; then
  src=$(go mod download -json golang.org/x/tools@v0.52.0 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
  target=$work/xtools
  cp -r "$src" "$target" && chmod -R u+w "$target"
fi

gosec=$cache/bin/gosec
if [ ! -x "$gosec" ]; then
  GOBIN=$cache/bin go install github.com/securego/gosec/v2/cmd/gosec@v2.30.0
fi

build() { # name pkg nonce: link a fresh binary (a new build ID: go vet's cache misses)
  (cd "$repo" && go build -ldflags "-X main.benchNonce=$3" -o "$work/$1" "$2")
}
build_base() { # name nonce: the same from $BENCH_BASE
  (cd "$BENCH_BASE" && go build -ldflags "-X main.benchNonce=$2" -o "$work/$1" ./cmd/jwtlint)
}

measure() { # label cmd...: appends "label wall user maxrss_kb" to $work/times
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %M" -a -o "$work/times" "$@" >/dev/null 2>&1 || true
}

cd "$target"
echo "target: $target ($(go list ./... 2>/dev/null | wc -l) packages)"
go build ./... >/dev/null 2>&1 || true   # warm the build cache (export data) for every tool
go vet ./... >/dev/null 2>&1 || true

: > "$work/times"
for i in $(seq "$runs"); do
  build jwtlint ./cmd/jwtlint "$i$RANDOM"
  build floor ./internal/bench/floor "$i$RANDOM"
  measure floor "$work/floor" ./...
  measure floor-sc env FLOOR_DRIVER=singlechecker "$work/floor" ./...
  measure jwtlint "$work/jwtlint" ./...
  measure jwtlint-vet env JWTLINT_DRIVER=vet "$work/jwtlint" ./...
  measure gosec "$gosec" -quiet -include=G201,G202,G701 ./...
  if [ -n "${BENCH_BASE:-}" ]; then
    build_base base "$i$RANDOM"
    measure base "$work/base" ./...
  fi
done

# (c) jwtlint vs plain go vet, cold vet caches.
for i in $(seq "$([ "${BENCH_COLD:-1}" = 0 ] && echo 0 || echo "$runs")"); do
  build jwtlint ./cmd/jwtlint "vet$i$RANDOM"
  measure govet-cold go vet -printf.funcs="benchNonce$i$RANDOM" ./...
  measure jwtlint-cold "$work/jwtlint" ./...
done

# (b) edit loop: one changed line in a leaf package, warm caches.
build jwtlint ./cmd/jwtlint "edit$RANDOM"
go vet ./... >/dev/null 2>&1 || true
go vet -vettool="$work/jwtlint" ./... >/dev/null 2>&1 || true
if [ -n "${BENCH_BASE:-}" ]; then
  build_base base "edit$RANDOM"
  go vet -vettool="$work/base" ./... >/dev/null 2>&1 || true
fi
file=$(ls "$leaf"/*.go | grep -v _test.go | head -1)
cp "$file" "$work/edited.orig"
trap 'cp "$work/edited.orig" "$file"; rm -rf "$work"' EXIT
for i in $(seq "$runs"); do
  echo "var _ = $i$RANDOM // bench edit" >> "$file"
  measure vet go vet ./...
  measure vet-jwtlint go vet -vettool="$work/jwtlint" ./...
  if [ -n "${BENCH_BASE:-}" ]; then
    measure vet-base go vet -vettool="$work/base" ./...
  fi
done

python3 - "$work/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) != 4 or line.startswith("Command"):
        continue  # "Command exited with non-zero status 3": findings
    label, wall, user, rss = parts
    rows.setdefault(label, []).append((float(wall), float(user), int(rss)))
med = {k: (statistics.median(w for w, _, _ in v), statistics.median(u for _, u, _ in v), max(r for _, _, r in v)) for k, v in rows.items()}
print("| run | median wall s | median user s | peak RSS MB |")
print("| --- | --- | --- | --- |")
for k in ["floor", "floor-sc", "jwtlint", "jwtlint-vet", "base", "gosec", "vet", "vet-jwtlint", "vet-base", "govet-cold", "jwtlint-cold"]:
    if k in med:
        w, u, r = med[k]
        print(f"| {k} | {w:.2f} | {u:.2f} | {r/1024:.0f} |")
def ratio(a, b, i):
    return med[a][i] / med[b][i] if med[b][i] else float("nan")
print()
print(f"jwtlint / floor: wall {ratio('jwtlint','floor',0):.2f}x, user {ratio('jwtlint','floor',1):.2f}x")
print(f"jwtlint / floor: peak RSS {ratio('jwtlint','floor',2):.2f}x")
if "floor-sc" in med:
    print(f"jwtlint / singlechecker floor: wall {ratio('jwtlint','floor-sc',0):.2f}x, user {ratio('jwtlint','floor-sc',1):.2f}x, peak RSS {ratio('jwtlint','floor-sc',2):.2f}x")
print(f"jwtlint / gosec: wall {ratio('jwtlint','gosec',0):.2f}x, user {ratio('jwtlint','gosec',1):.2f}x, peak RSS {ratio('jwtlint','gosec',2):.2f}x")
print(f"jwtlint (JWTLINT_DRIVER=vet) / gosec: wall {ratio('jwtlint-vet','gosec',0):.2f}x, user {ratio('jwtlint-vet','gosec',1):.2f}x, peak RSS {ratio('jwtlint-vet','gosec',2):.2f}x")
print(f"edit loop, go vet -vettool=jwtlint / go vet: wall {ratio('vet-jwtlint','vet',0):.2f}x, user {ratio('vet-jwtlint','vet',1):.2f}x")
if "base" in med:
    print(f"base / floor: wall {ratio('base','floor',0):.2f}x, user {ratio('base','floor',1):.2f}x")
    print(f"base / gosec: wall {ratio('base','gosec',0):.2f}x, peak RSS {ratio('base','gosec',2):.2f}x")
    print(f"jwtlint / base: wall {ratio('jwtlint','base',0):.2f}x, user {ratio('jwtlint','base',1):.2f}x, peak RSS {ratio('jwtlint','base',2):.2f}x")
    print(f"edit loop, go vet -vettool=base / go vet: wall {ratio('vet-base','vet',0):.2f}x")
if "govet-cold" in med:
    print(f"cold, jwtlint / plain go vet: wall {ratio('jwtlint-cold','govet-cold',0):.2f}x, user {ratio('jwtlint-cold','govet-cold',1):.2f}x")
PY
