#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store's tests, on a loopback port in a temp dir.
#
#   source scripts/start_postgres.sh    # exports DATELINE_TEST_POSTGRES (a URL), or
#                                       # DATELINE_TEST_POSTGRES_SKIP (why there is none)
#   bash scripts/start_postgres.sh      # prints the URL
#
# Installs Debian's postgresql package only when no server binaries are found (needs root).
# The server runs as the `postgres` user with trust auth on 127.0.0.1 and is stopped by
# `pg_ctl -D "$DATELINE_PG_DIR/data" stop` (scripts/test.sh does that on exit).

_dl_pg_start() {
  local bindir port dir log
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
      echo "no PostgreSQL binaries, and cannot apt-get install them (not root or no apt)"
      return 1
    fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } \
      >/dev/null 2>&1 || { echo "apt-get install postgresql failed"; return 1; }
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$bindir/initdb" ] || { echo "initdb not found after install"; return 1; }
  id postgres >/dev/null 2>&1 || { echo "no 'postgres' system user to run the server"; return 1; }
  dir=$(mktemp -d /tmp/dateline-pg.XXXXXX)
  chown postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  log="$dir/server.log"
  if ! su postgres -s /bin/sh -c "'$bindir/initdb' -D '$dir/data' -A trust -U postgres" \
      >"$dir/initdb.log" 2>&1; then
    echo "initdb failed (see $dir/initdb.log)"; return 1
  fi
  if ! su postgres -s /bin/sh -c "'$bindir/pg_ctl' -D '$dir/data' -l '$log' -w -t 60 \
      -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off\" start" >/dev/null 2>&1; then
    echo "pg_ctl start failed (see $log)"; return 1
  fi
  DATELINE_PG_DIR=$dir
  DATELINE_PG_CTL="$bindir/pg_ctl"
  DATELINE_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
  return 0
}

_dl_pg_stop() {
  [ -n "${DATELINE_PG_DIR:-}" ] || return 0
  su postgres -s /bin/sh -c "'$DATELINE_PG_CTL' -D '$DATELINE_PG_DIR/data' -m fast stop" \
    >/dev/null 2>&1 || true
  rm -rf "$DATELINE_PG_DIR"
}

if _dl_pg_out=$(mktemp) && _dl_pg_start >"$_dl_pg_out" 2>&1; then
  export DATELINE_TEST_POSTGRES DATELINE_PG_DIR DATELINE_PG_CTL
  unset DATELINE_TEST_POSTGRES_SKIP
  echo "PostgreSQL for tests: $DATELINE_TEST_POSTGRES" >&2
  [ "${BASH_SOURCE[0]}" = "$0" ] && echo "$DATELINE_TEST_POSTGRES"
else
  export DATELINE_TEST_POSTGRES_SKIP
  DATELINE_TEST_POSTGRES_SKIP="scripts/start_postgres.sh: $(tail -n 1 "$_dl_pg_out")"
  echo "$DATELINE_TEST_POSTGRES_SKIP; PostgreSQL tests will skip" >&2
fi
rm -f "$_dl_pg_out"
