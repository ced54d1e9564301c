#!/usr/bin/env bash
# Validates jwtlint's SARIF output against the SARIF 2.1.0 schema and
# GitHub code scanning's ingestion rules, with Microsoft's SARIF multitool.
#
#   .ci/sarif-validate.sh            # from the repository root
#
# It runs jwtlint -sarif on testdata/demo (plainly, and with -new-from-rev
# on a scratch repository so that results carry a baselineState), validates
# both files with --rule-kind "Gh;Sarif", prints every finding of the
# validator and fails on any of level "error" (warnings and notes are
# printed, not fatal).
#
# The multitool (an npm package with a self-contained Linux binary, no .NET
# needed) is installed once into $JWTLINT_SARIF_CACHE (default
# $HOME/.cache/jwtlint-sarif).
set -euo pipefail

MULTITOOL_VERSION=5.7.0
cache=${JWTLINT_SARIF_CACHE:-$HOME/.cache/jwtlint-sarif}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tool=$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [[ ! -x $tool ]]; then
	mkdir -p "$cache"
	npm install --prefix "$cache" --no-save --no-audit --no-fund \
		"@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2
fi

(cd "$root" && go build -o "$work/jwtlint" ./cmd/jwtlint)

# run DIR NAME FLAGS...: write $work/NAME.sarif for the demo copy in DIR.
# Exit status 3 means findings, expected on the demo; anything else but 0 is
# a broken run.
run() {
	local dir=$1 name=$2 status=0
	shift 2
	(cd "$dir" && "$work/jwtlint" -sarif "$work/$name.sarif" "$@" ./... 2>"$work/$name.log") || status=$?
	if [[ $status -ne 0 && $status -ne 3 ]]; then
		cat "$work/$name.log" >&2
		echo "sarif-validate: jwtlint $* exited $status" >&2
		exit 1
	fi
}
run "$root/testdata/demo" demo

# With a gate, results carry baselineState. Exercise that on a copy of the
# demo in a scratch repository (never the real one): everything committed
# but idp.go, whose findings are then new.
(
	unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
	export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
	cp -r "$root/testdata/demo" "$work/repo"
	cd "$work/repo"
	git init -q
	git add .
	git reset -q internal/auth/idp.go
	git -c user.name=ci -c user.email=ci@example.com commit -q -m demo
	run "$work/repo" demo-new-from-rev -new-from-rev HEAD
)

# The validator exits 0 even when it finds errors, and -o refuses to
# overwrite, so write a fresh file and read the verdict from it (it is
# SARIF: one result per validation finding).
"$tool" validate --rule-kind "Gh;Sarif" -o "$work/validation.sarif" "$work/demo.sarif" "$work/demo-new-from-rev.sarif" >"$work/validate.log" 2>&1 || {
	cat "$work/validate.log" >&2
	echo "sarif-validate: the multitool failed to run" >&2
	exit 1
}

python3 - "$work/validation.sarif" "$work/demo.sarif" <<'EOF'
import json, sys

log = json.load(open(sys.argv[1]))
demo = json.load(open(sys.argv[2]))
errors = 0
for run in log.get("runs", []):
    for res in run.get("results", []):
        level = res.get("level", "warning")
        msg = res.get("message", {})
        text = msg.get("text") or msg.get("id", "")
        args = msg.get("arguments")
        if args:
            text += " " + json.dumps(args)
        loc = (res.get("locations") or [{}])[0].get("physicalLocation", {})
        file = loc.get("artifactLocation", {}).get("uri", "?").rsplit("/", 1)[-1]
        line = loc.get("region", {}).get("startLine", "?")
        # SARIF's default level is "warning".
        print(f"{file}:{line}: {level}: {res.get('ruleId')}: {text}")
        if level == "error":
            errors += 1
results = demo["runs"][0]["results"]
print(f"sarif-validate: {len(results)} results in the demo SARIF, {errors} validation errors")
sys.exit(1 if errors or not results else 0)
EOF
