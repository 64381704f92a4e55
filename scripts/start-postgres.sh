#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the server tests and prints its DATABASE_URL
# (the only line on stdout). Works as root on a fresh Debian machine right after
# `apt-get install -y postgresql` (the cluster runs as the postgres user), or as an ordinary user.
#
#   export TAL_TEST_DATABASE_URL="$(bash scripts/start-postgres.sh)"
#
# Environment: TAL_PG_DIR (data folder, default: a new temp folder), TAL_PG_PORT (default 54329;
# the next free port is taken when busy). Stop it with the command it prints on stderr.
set -euo pipefail

say() { echo "start-postgres: $*" >&2; }

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  say "no PostgreSQL found under /usr/lib/postgresql; install it with: apt-get update && apt-get install -y postgresql"
  exit 1
fi

dir="${TAL_PG_DIR:-$(mktemp -d /tmp/tal-pg.XXXXXX)}"
mkdir -p "$dir"
port="${TAL_PG_PORT:-54329}"

if [[ "$(id -u)" == "0" ]]; then
  user=postgres
  chown "$user" "$dir"
  as_user() { runuser -u "$user" -- "$@"; }
else
  user="$(id -un)"
  as_user() { "$@"; }
fi

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  as_user "$bindir/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { say "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
fi

if as_user "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port="$(sed -n 4p "$dir/data/postmaster.pid")"
  say "already running in $dir on port $port"
else
  # fsync is off: this server holds test data only, and tests should not wait on the disk.
  # Find a free port on loopback, trying a few after the preferred one.
  for _ in $(seq 1 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    port=$((port + 1))
  done
  as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { say "the server did not start:"; cat "$dir/server.log" >&2; exit 1; }
  stop="$bindir/pg_ctl -D $dir/data stop"
  [[ "$user" == postgres && "$(id -u)" == "0" ]] && stop="runuser -u postgres -- $stop"
  say "running in $dir on 127.0.0.1:$port (stop: $stop)"
fi

echo "postgresql://$user@127.0.0.1:$port/postgres"
