#!/usr/bin/env bash
# Find or start a PostgreSQL server for the test suite and `make run-postgres`.
#
# Usage:
#   scripts/postgres.sh [test|run]   print ONE admin connection URL on stdout
#   scripts/postgres.sh stop         stop the throwaway cluster, if one is running
#
# The printed URL points at a role that may CREATE/DROP databases: the tests
# create and drop their own databases through it. Everything else this script
# says goes to stderr, so `url="$(scripts/postgres.sh)"` captures only the URL.
#
# Order of attempts:
#   1. TEST_DATABASE_URL (mode `test`) or DATABASE_URL (mode `run`), if set.
#   2. A server on 127.0.0.1:5432 where role `postgres` gets in without a
#      password (trust auth) and may create databases.
#   3. Installed server binaries: start a stopped Debian cluster on port 5432
#      (root only) and retry 2; otherwise run a throwaway cluster in
#      $PGTMP (default: $PWD/target/pgdata) on 127.0.0.1:$PG_PORT.
#   4. As root on Debian: apt-get install postgresql, then retry 2 and 3.
#   5. Give up with a message saying what to do.
#
# Environment:
#   TEST_DATABASE_URL / DATABASE_URL  use this server, skip everything else
#   PGTMP           data directory of the throwaway cluster ($PWD/target/pgdata)
#   PG_PORT         port of the throwaway cluster (55432)
#   PG_SKIP_SYSTEM  if 1: ignore any server on 5432 and do not start the Debian
#                   cluster; go straight to the throwaway cluster (used to test
#                   that branch on machines that do have a system server)
#   PG_LOCALE       locale for initdb of the throwaway cluster (C.UTF-8); if
#                   initdb rejects it, the cluster is created with --no-locale
#
# The throwaway cluster is never the system cluster: it is marked with a file
# ($MARKER below), and `stop` refuses to touch a data directory without it.

set -euo pipefail

readonly SYSTEM_HOST=127.0.0.1
readonly SYSTEM_PORT=5432
readonly MARKER=.competency-catalog-throwaway

MODE=${1:-test}
PG_PORT=${PG_PORT:-55432}
PG_LOCALE=${PG_LOCALE:-C.UTF-8}
PG_SKIP_SYSTEM=${PG_SKIP_SYSTEM:-0}
DATADIR=${PGTMP:-$PWD/target/pgdata}
# Absolute path: commands may run as another user from another directory.
[[ $DATADIR == /* ]] || DATADIR=$PWD/$DATADIR

log() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

admin_url() { printf 'postgresql://postgres@%s:%s/postgres\n' "$SYSTEM_HOST" "$1"; }

# --- probing a server -------------------------------------------------------

# Does anything accept connections on host:port?
port_answers() {
  local host=$1 port=$2
  if have pg_isready; then
    pg_isready -q -h "$host" -p "$port" -t 3
  else
    # No client tools: a bare TCP connect is the best we can do.
    timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null
  fi
}

# Can role postgres log in without a password and create databases?
# -w: never prompt for a password (a prompt would hang `make test`).
postgres_role_usable() {
  local port=$1 answer
  answer=$(PGCONNECT_TIMEOUT=5 psql -w -h "$SYSTEM_HOST" -p "$port" -U postgres -d postgres -Atc \
    "select rolsuper or rolcreatedb from pg_roles where rolname = current_user" 2>/dev/null) || return 1
  [[ $answer == t ]]
}

# Step 2: a usable server on the default port.
try_system_server() {
  [[ $PG_SKIP_SYSTEM == 1 ]] && return 1
  port_answers "$SYSTEM_HOST" "$SYSTEM_PORT" || return 1
  if ! have psql; then
    log "a server answers on $SYSTEM_HOST:$SYSTEM_PORT; psql is not installed, so assuming trust auth for role postgres"
    admin_url "$SYSTEM_PORT"
    return 0
  fi
  if postgres_role_usable "$SYSTEM_PORT"; then
    log "using the PostgreSQL server on $SYSTEM_HOST:$SYSTEM_PORT"
    admin_url "$SYSTEM_PORT"
    return 0
  fi
  log "a server answers on $SYSTEM_HOST:$SYSTEM_PORT, but role postgres cannot log in without a password or cannot create databases"
  return 1
}

# --- server binaries --------------------------------------------------------

# Directory holding initdb and pg_ctl; the highest installed version wins,
# unless a major version is requested (an existing data dir needs its own).
find_bindir() {
  local want=${1:-} dir
  if [[ -n $want && -x /usr/lib/postgresql/$want/bin/pg_ctl ]]; then
    echo "/usr/lib/postgresql/$want/bin"
    return 0
  fi
  while read -r dir; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      echo "$dir"
      return 0
    fi
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -t/ -k5,5 -V -r)
  if have initdb && have pg_ctl; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

# Step 3a: Debian keeps clusters in /etc/postgresql; one on port 5432 may just
# be stopped (containers do not start services). Starting it needs root.
try_start_debian_cluster() {
  [[ $PG_SKIP_SYSTEM == 1 ]] && return 1
  is_root && have pg_lsclusters && have pg_ctlcluster || return 1
  local version name port status
  while read -r version name port status _; do
    [[ $name == main && $port == "$SYSTEM_PORT" && $status == down ]] || continue
    log "starting the stopped Debian cluster $version/main"
    if pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2; then
      return 0
    fi
    log "could not start cluster $version/main"
  done < <(pg_lsclusters -h 2>/dev/null)
  return 1
}

# --- the throwaway cluster --------------------------------------------------

# initdb and pg_ctl refuse to run as root, so as root they run as this user.
cluster_user() {
  if [[ -e $DATADIR/PG_VERSION ]]; then
    stat -c %U "$DATADIR"          # whoever created the cluster owns it
  elif getent passwd postgres >/dev/null; then
    echo postgres
  else
    if ! getent passwd pgtest >/dev/null; then
      log "no postgres system user; creating system user pgtest to run the throwaway cluster"
      useradd -r -M -s /usr/sbin/nologin pgtest >&2
    fi
    echo pgtest
  fi
}

# Run a command as the cluster owner (as ourselves when not root).
# `cd /` first: the owner may not be allowed into our working directory.
as_owner() {
  if ! is_root; then
    "$@"
  elif have runuser; then
    (cd / && runuser -u "$OWNER" -- "$@")
  else
    (cd / && su "$OWNER" -s "$BASH" -c "$(printf '%q ' "$@")")
  fi
}

cluster_running() { as_owner "$BINDIR/pg_ctl" -D "$DATADIR" status >/dev/null 2>&1; }

# Port of the running cluster: line 4 of postmaster.pid.
running_port() { sed -n 4p "$DATADIR/postmaster.pid"; }

create_datadir() {
  mkdir -p "$DATADIR"
  if is_root; then
    chown "$OWNER": "$DATADIR"
    # Every parent directory must be searchable by the owner, e.g. not /root.
    as_owner test -w "$DATADIR" ||
      die "user $OWNER cannot write $DATADIR (a parent directory is private?); set PGTMP to e.g. /tmp/competency-pgdata"
  fi
  chmod 700 "$DATADIR"
}

init_cluster() {
  [[ -z $(ls -A "$DATADIR" 2>/dev/null) ]] ||
    die "$DATADIR is not empty and is not a throwaway cluster; remove it or set PGTMP"
  create_datadir
  log "creating a throwaway cluster in $DATADIR"
  if ! as_owner "$BINDIR/initdb" -D "$DATADIR" -U postgres --auth=trust -E UTF8 --no-sync --locale="$PG_LOCALE" >&2; then
    log "initdb with locale $PG_LOCALE failed; retrying with --no-locale"
    # initdb empties the directory on failure, but leaves it in place.
    as_owner "$BINDIR/initdb" -D "$DATADIR" -U postgres --auth=trust -E UTF8 --no-sync --no-locale >&2 ||
      die "initdb failed"
  fi
  # Unix socket paths are limited to ~107 bytes; if ours would be longer,
  # serve TCP only (the tests only use TCP anyway).
  local sockdir=$DATADIR
  (( ${#DATADIR} + 20 < 107 )) || sockdir=
  sockdir=${sockdir//\'/\'\'}   # quote for postgresql.conf
  cat >>"$DATADIR/postgresql.conf" <<EOF

# --- added by scripts/postgres.sh (throwaway test cluster) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sockdir'
# Test data is disposable: trade durability for speed.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  touch "$DATADIR/$MARKER"
  is_root && chown "$OWNER": "$DATADIR/postgresql.conf" "$DATADIR/$MARKER"
  return 0
}

start_cluster() {
  log "starting the throwaway cluster on $SYSTEM_HOST:$PG_PORT (log: $DATADIR/server.log)"
  # The port goes on the command line, so a different PG_PORT next time works.
  if ! as_owner "$BINDIR/pg_ctl" -D "$DATADIR" -l "$DATADIR/server.log" -w -t 60 \
      -o "-p $PG_PORT" start >&2; then
    tail -n 20 "$DATADIR/server.log" >&2 2>/dev/null || true
    die "the throwaway cluster did not start; see $DATADIR/server.log"
  fi
}

# Step 3b: reuse the throwaway cluster if it runs, else create/start it.
throwaway_cluster() {
  [[ $PG_PORT =~ ^[0-9]+$ ]] || die "PG_PORT must be a number, got '$PG_PORT'"
  local version=
  if [[ -e $DATADIR/PG_VERSION ]]; then
    [[ -e $DATADIR/$MARKER ]] ||
      die "$DATADIR holds a cluster not created by this script; refusing to use it (set PGTMP)"
    version=$(<"$DATADIR/PG_VERSION")
  fi
  BINDIR=$(find_bindir "$version") || die "PostgreSQL server binaries not found"
  OWNER=$(cluster_user)
  if [[ -n $version ]] && cluster_running; then
    local port
    port=$(running_port)
    log "reusing the throwaway cluster running in $DATADIR on port $port"
    admin_url "$port"
    return 0
  fi
  # Checked before initdb, so a busy port does not leave a half-made cluster.
  if port_answers "$SYSTEM_HOST" "$PG_PORT"; then
    die "port $PG_PORT is already in use by another server; set PG_PORT to a free port"
  fi
  [[ -n $version ]] || init_cluster
  start_cluster
  admin_url "$PG_PORT"
}

# --- installing -------------------------------------------------------------

can_apt_install() { is_root && [[ -e /etc/debian_version ]] && have apt-get; }

apt_install_postgres() {
  log "PostgreSQL is not installed; installing it with apt-get"
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  } >&2
}

# --- commands ---------------------------------------------------------------

fail_help() {
  cat >&2 <<EOF
postgres.sh: no usable PostgreSQL server found.
  Checked: \$TEST_DATABASE_URL / \$DATABASE_URL, a trust-auth server on $SYSTEM_HOST:$SYSTEM_PORT,
  and PostgreSQL server binaries (initdb, pg_ctl) for a throwaway cluster.
  Fix one of:
    - install PostgreSQL 15 or newer (e.g. apt-get install postgresql), or
    - start your PostgreSQL server on $SYSTEM_HOST:$SYSTEM_PORT with trust auth for role postgres, or
    - set TEST_DATABASE_URL (tests) / DATABASE_URL (run) to a server URL whose role may create databases.
EOF
  exit 1
}

find_or_start() {
  local var=TEST_DATABASE_URL
  [[ $MODE == run ]] && var=DATABASE_URL
  if [[ -n ${!var:-} ]]; then
    log "using \$$var"
    printf '%s\n' "${!var}"
    return 0
  fi

  local tried_apt=0
  while true; do
    try_system_server && return 0
    if find_bindir >/dev/null; then
      if try_start_debian_cluster && try_system_server; then
        return 0
      fi
      throwaway_cluster
      return 0
    fi
    if (( tried_apt == 0 )) && can_apt_install; then
      tried_apt=1
      apt_install_postgres || die "apt-get install postgresql failed"
      continue
    fi
    fail_help
  done
}

stop_throwaway() {
  if [[ ! -e $DATADIR/$MARKER ]]; then
    log "no throwaway cluster in $DATADIR; nothing to stop"
    return 0
  fi
  BINDIR=$(find_bindir "$(<"$DATADIR/PG_VERSION")") || die "PostgreSQL server binaries not found"
  OWNER=$(cluster_user)
  if cluster_running; then
    log "stopping the throwaway cluster in $DATADIR"
    as_owner "$BINDIR/pg_ctl" -D "$DATADIR" -m fast -w stop >&2
  else
    log "the throwaway cluster in $DATADIR is not running"
  fi
}

case $MODE in
  test | run) find_or_start ;;
  stop) stop_throwaway ;;
  *) die "usage: $0 [test|run|stop]" ;;
esac
