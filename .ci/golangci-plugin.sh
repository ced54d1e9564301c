#!/usr/bin/env bash
# Integration test of the golangci-lint module plugin (cmd/gclplugin), offline.
#
# 1. Builds golangci-lint v2.15.0 with the plugin linked in from the wrapper
#    module .ci/gcl (module proxy only, no git clone) into
#    ${JWTLINT_CACHE:-$HOME/.cache/jwtlint}/custom-gcl. The first build takes
#    minutes; with Go's build cache warm a rebuild takes seconds.
# 2. Copies the demo app (testdata/demo) to a temporary git repository and
#    runs `custom-gcl run ./...` there with several .golangci.yml files,
#    checking: the seeded jwtalg/jwtverify/jwtclaims findings are reported;
#    //nolint:jwtlint suppresses a finding (//nolint:<check> does not);
#    settings reach the analyzer (checks, require-claims); an exclusions rule
#    on "^<check>: " silences one check; --new-from-rev=HEAD reports only a
#    finding added after the last commit; an unknown settings key or a bad
#    value stops golangci-lint with the plugin's error; .golangci.example.yml
#    passes `config verify` and runs.
#
# Exit status 0 when every check passes, 1 otherwise (the failing check and
# the golangci-lint output are printed). KEEP=1 keeps the temporary directory.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${JWTLINT_CACHE:-${HOME:-/tmp}/.cache/jwtlint}
bin=$cache/custom-gcl
mkdir -p "$cache"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }
die() { echo "FAIL: $*" >&2; exit 1; }

# --- 1. build -------------------------------------------------------------
echo "== building custom-gcl (golangci-lint v2.15.0 + jwtlint) into $bin"
start=$SECONDS
if ! (cd "$root/.ci/gcl" && go build -buildvcs=false -o "$bin.tmp" .); then
	die "building .ci/gcl failed (errors above); if they are about go.mod or go.sum (jwtlint's dependencies changed), run 'cd .ci/gcl && go mod tidy' and commit .ci/gcl/go.mod and go.sum"
fi
mv -f "$bin.tmp" "$bin"
echo "   built in $((SECONDS - start))s: $("$bin" version 2>&1)"

# --- 2. demo repository -----------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jwtlint-gcl.XXXXXX")
if [[ ${KEEP:-} == 1 ]]; then
	echo "   keeping $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
fi
demo=$tmp/demo
cp -R "$root/testdata/demo" "$demo"
rm -f "$demo/.golangci.yml"
git_() { git -C "$demo" -c user.name=jwtlint-ci -c user.email=ci@jwtlint.invalid -c commit.gpgsign=false "$@"; }
git_ init -q
git_ add -A
git_ commit -q -m "demo app"
# The configuration files below stay untracked: they are not Go code, so
# --new-from-rev ignores them.

# Fresh golangci-lint result cache for this run.
export GOLANGCI_LINT_CACHE=$tmp/golangci-lint-cache

# write_config SETTINGS [EXCLUSION_TEXT]: .golangci.yml enabling jwtlint only,
# with SETTINGS (YAML, indented under `settings:`) and an optional
# exclusions rule for jwtlint issues matching EXCLUSION_TEXT, and
# issues.uniq-by-line: false.
write_config() {
	{
		cat <<-'EOF'
			version: "2"
			linters:
			  default: none
			  enable: [jwtlint]
			  settings:
			    custom:
			      jwtlint:
			        type: module
			        description: JWT misuse and the SQL injection it leads to
			        original-url: https://github.com/jwtlint/jwtlint
		EOF
		if [[ -n $1 ]]; then
			echo "        settings:"
			sed 's/^/          /' <<<"$1"
		fi
		if [[ -n ${2:-} ]]; then
			printf '  exclusions:\n    rules:\n      - linters: [jwtlint]\n        text: "%s"\n' "$2"
		fi
		# As recommended in .golangci.example.yml: by default golangci-lint
		# keeps one issue per line and linter, hiding a second check's
		# finding on the same call.
		printf 'issues:\n  uniq-by-line: false\n'
	} >"$demo/.golangci.yml"
}

out=
rc=0
# run NAME [ARGS...]: custom-gcl run ./... in the demo; output in $out, exit
# status in $rc. Issue lines look like
#   internal/auth/session.go:46:14: jwtalg: ... (jwtlint)
run() {
	local name=$1
	shift
	rc=0
	(cd "$demo" && "$bin" run --allow-parallel-runners \
		--output.text.path=stdout --output.text.print-issued-lines=false \
		--max-issues-per-linter=0 --max-same-issues=0 \
		"$@" ./...) >"$tmp/$name.out" 2>&1 || rc=$?
	out=$(cat "$tmp/$name.out")
	echo "-- $name: exit $rc, $(issues | wc -l) issues"
}
# issues prints the issue lines of the last run.
issues() { grep -E '^[^ ]+\.go:[0-9]+:[0-9]+: ' <<<"$out" || true; }
show() { echo "---- output of the last run:" >&2; sed 's/^/   | /' <<<"$out" >&2; }

# has FILE:LINE CHECK: the last run reported CHECK at FILE:LINE.
has() { grep -qE "^$1:[0-9]+: $2: .*\(jwtlint\)$" <<<"$out"; }
expect() {
	local what=$1 loc=$2 check=$3
	if has "$loc" "$check"; then ok "$what: $loc $check"; else fail "$what: $loc $check not reported"; show; fi
}
expect_not() {
	local what=$1 loc=$2 check=$3
	if has "$loc" "$check"; then fail "$what: $loc $check reported"; show; else ok "$what: no $loc $check"; fi
}
expect_rc() {
	if [[ $rc == "$2" ]]; then ok "$1: exit status $rc"; else fail "$1: exit status $rc, want $2"; show; fi
}

stable=(
	"internal/auth/session.go:46 jwtalg"
	"internal/auth/idp.go:49 jwtalg"
	"internal/auth/session.go:56 jwtverify"
	"internal/auth/session.go:78 jwtverify"
	"internal/api/admin.go:51 jwtverify"
	"internal/auth/idp.go:39 jwtclaims"
)

# --- (a) the seeded findings --------------------------------------------
write_config ""
run default
expect_rc "default" 1
for f in "${stable[@]}"; do
	# shellcheck disable=SC2086
	expect "default" $f
done
expect_not "default (twin)" internal/auth/idp.go:27 jwtclaims
expect_not "default (twin)" internal/auth/session.go:36 jwtalg
issues | sed 's/^/   | /' | cut -c1-160

# --- (b) //nolint:jwtlint suppresses, //nolint:jwtalg does not ----------
sed -i '49s|$| //nolint:jwtlint // test: suppressed by golangci-lint|' "$demo/internal/auth/idp.go"
sed -i '46s|$| //nolint:jwtalg // not a golangci-lint linter name|' "$demo/internal/auth/session.go"
run nolint
expect_not "//nolint:jwtlint" internal/auth/idp.go:49 jwtalg
expect "//nolint:jwtalg is not golangci-lint's" internal/auth/session.go:46 jwtalg
expect "//nolint:jwtlint (others kept)" internal/auth/idp.go:39 jwtclaims
git_ checkout -q -- .

# --- (c) settings reach the analyzer ----------------------------------------
write_config "checks: [jwtalg]"
run checks
expect_rc "checks: [jwtalg]" 1
expect "checks: [jwtalg]" internal/auth/session.go:46 jwtalg
expect "checks: [jwtalg]" internal/auth/idp.go:49 jwtalg
if others=$(issues | grep -vE '^[^ ]+: jwtalg: '); then
	fail "checks: [jwtalg]: other issues reported:"$'\n'"$others"
else
	ok "checks: [jwtalg]: only jwtalg findings"
fi

write_config "require-claims: aud,iss,exp,sub" # comma-separated form
run require-claims
expect "require-claims: aud,iss,exp,sub" internal/auth/idp.go:27 jwtclaims
expect "require-claims: aud,iss,exp,sub" internal/auth/session.go:36 jwtclaims
# Two checks on one line, both kept with uniq-by-line: false.
expect "require-claims: aud,iss,exp,sub" internal/auth/session.go:46 jwtclaims
expect "require-claims: aud,iss,exp,sub" internal/auth/session.go:46 jwtalg

# An exclusions rule on the message prefix silences one check.
write_config "" "^jwtverify: "
run exclusion
expect_not "exclusions text ^jwtverify:" internal/auth/session.go:56 jwtverify
expect_not "exclusions text ^jwtverify:" internal/api/admin.go:51 jwtverify
expect "exclusions text ^jwtverify:" internal/auth/session.go:46 jwtalg

# --- (d) --new-from-rev=HEAD reports only the new finding --------------------
write_config ""
session=$demo/internal/auth/session.go
newline=$(($(wc -l <"$session") + 4))
cat >>"$session" <<'EOF'

// ParseLegacySession accepts sessions from the old mobile app.
func (v *Verifier) ParseLegacySession(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, v.sessionKey)
}
EOF
run new-from-rev --new-from-rev=HEAD
expect_rc "--new-from-rev=HEAD" 1
expect "--new-from-rev=HEAD" "internal/auth/session.go:$newline" jwtalg
if [[ $(issues | wc -l) == 1 ]]; then
	ok "--new-from-rev=HEAD: only the new finding"
else
	fail "--new-from-rev=HEAD: want exactly 1 issue"
	show
fi
git_ checkout -q -- .

# --- (e) bad settings stop golangci-lint with the plugin's error ------------
write_config "chekcs: [jwtalg]"
run unknown-key
expect_rc "unknown settings key" 3
if grep -q 'plugin(jwtlint): newPlugin jwtlint settings: decoding settings: json: unknown field "chekcs" (known settings: checks, require-claims' <<<"$out"; then
	ok "unknown settings key: plugin error reported"
else
	fail "unknown settings key: plugin error not found"
	show
fi
grep -m1 'unknown field' <<<"$out" | sed 's/^/   | /'

write_config "checks: [jwtalg, jwtnope]"
run bad-value
expect_rc "bad settings value" 3
if grep -qE 'plugin\(jwtlint\): newPlugin jwtlint settings: .*unknown check "jwtnope"' <<<"$out"; then
	ok "bad settings value: plugin error reported"
else
	fail "bad settings value: plugin error not found"
	show
fi

# --- (f) the shipped example configuration ---------------------------------
cp "$root/.golangci.example.yml" "$demo/.golangci.yml"
rc=0
out=$(cd "$demo" && "$bin" config verify 2>&1) || rc=$?
expect_rc ".golangci.example.yml: config verify" 0
run example
expect_rc ".golangci.example.yml" 1
expect ".golangci.example.yml" internal/auth/idp.go:49 jwtalg
out=$("$bin" linters -c "$demo/.golangci.yml" 2>&1) || true
if grep -q '^jwtlint: JWT misuse' <<<"$out"; then
	ok ".golangci.example.yml: 'linters' lists jwtlint"
else
	fail ".golangci.example.yml: 'linters' does not list jwtlint"
	show
fi

echo
if ((failures > 0)); then
	echo "golangci-plugin: $failures check(s) FAILED (KEEP=1 keeps the demo copy)" >&2
	exit 1
fi
echo "golangci-plugin: all checks passed in $((SECONDS))s"
