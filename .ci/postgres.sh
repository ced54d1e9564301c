#!/usr/bin/env bash
# Runs the exploit tests (internal/exploit) against a real PostgreSQL.
#
#   .ci/postgres.sh                 # from anywhere; extra arguments go to go test
#
# 1. Installs Debian's postgresql package if no PostgreSQL server binaries
#    are found (apt-get; as root, or through sudo -n), without creating or
#    starting the distribution's own cluster.
# 2. Creates a cluster in a temporary directory (initdb, trust
#    authentication, as the unprivileged `postgres` user when run as root:
#    the server refuses to run as root), starts it on a free port of
#    127.0.0.1 only (no other address; the Unix socket lives in the
#    temporary directory), and creates the database `demo`.
# 3. Runs `go test ./internal/exploit` with JWTLINT_PG_DSN pointing at it and
#    JWTLINT_REQUIRE_PG=1, so the tests fail rather than skip if the
#    database is missing.
# 4. Stops the server and removes the directory, whatever happened (trap).
#
# Any step that fails (no PostgreSQL and no way to install it, initdb or
# start failing) prints why and exits non-zero: the exploit tests never
# pass by not running. KEEP=1 keeps the directory (data and server log).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
start=$SECONDS
die() { echo "postgres.sh: FAIL: $*" >&2; exit 1; }

pgbin() {
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [[ -n $d && -x $d/initdb && -x $d/pg_ctl && -x $d/postgres ]]; then
		echo "$d"
	fi
}

# --- 1. install -------------------------------------------------------------
bin=$(pgbin)
if [[ -z $bin ]]; then
	echo "== PostgreSQL not found: installing Debian's postgresql package"
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null || die "PostgreSQL is not installed, and installing it needs root (no sudo here)"
		sudo=(sudo -n)
	fi
	command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is not available"
	# Only the binaries: no cluster of the distribution's, no server left
	# running after the install.
	"${sudo[@]}" mkdir -p /etc/postgresql-common
	if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
		echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
	fi
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null ||
		die "apt-get update failed"
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
		-o Dpkg::Options::=--force-confold postgresql >/dev/null ||
		die "apt-get install postgresql failed"
	bin=$(pgbin)
	[[ -n $bin ]] || die "postgresql installed, but no server binaries under /usr/lib/postgresql/*/bin"
	echo "== installed $("$bin/postgres" --version) ($((SECONDS - start)) s)"
fi
command -v psql >/dev/null || PATH=$bin:$PATH

# --- 2. a throwaway cluster on loopback ---------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jwtlint-pg.XXXXXX")
cd "$tmp" # the server user may not be allowed into the working directory
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
	id postgres >/dev/null 2>&1 || die "running as root and there is no postgres user to run the server as"
	chown postgres: "$tmp"
	as_pg=(runuser -u postgres --)
fi
pgctl() { "${as_pg[@]}" "$bin/pg_ctl" -D "$tmp/data" "$@"; }
cleanup() {
	status=$?
	pgctl status >/dev/null 2>&1 && pgctl stop -m immediate >/dev/null 2>&1 || true
	if [[ ${KEEP:-} == 1 ]]; then
		echo "== kept $tmp"
	else
		rm -rf "$tmp"
	fi
	exit $status
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$tmp/data" -U jwtlint --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log" >&2; die "initdb failed"; }

# A free port: one nobody listens on, and the server must start on it (a
# race with another process taking it is retried).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
started=
for _ in 1 2 3 4 5; do
	port=$((20000 + RANDOM % 40000))
	port_in_use "$port" && continue
	if pgctl -w -t 60 -l "$tmp/server.log" \
		-o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$tmp" \
		-o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		start >/dev/null; then
		started=1
		break
	fi
done
[[ -n $started ]] || { cat "$tmp/server.log" >&2 || true; die "could not start PostgreSQL on 127.0.0.1"; }

dsn="postgres://jwtlint@127.0.0.1:$port/demo?sslmode=disable"
psql -X -q -v ON_ERROR_STOP=1 -d "postgres://jwtlint@127.0.0.1:$port/postgres?sslmode=disable" \
	-c "CREATE DATABASE demo" || die "could not create the database"
echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($((SECONDS - start)) s)"

# --- 3. the exploit tests -----------------------------------------------------
cd "$root"
set +e
JWTLINT_PG_DSN=$dsn JWTLINT_REQUIRE_PG=1 go test -count=1 -v "$@" ./internal/exploit/ 2>&1 | tee "$tmp/test.log"
status=${PIPESTATUS[0]}
set -e
[[ $status -eq 0 ]] || die "exploit tests failed"
! grep -q -- '--- SKIP' "$tmp/test.log" || die "an exploit test was skipped"
for t in TestExploits TestNotExploitable TestFixedDemo; do
	grep -q -- "--- PASS: $t " "$tmp/test.log" || die "$t did not run"
done
echo "== exploit tests passed ($((SECONDS - start)) s)"
