#!/usr/bin/env bash
# Runs graphql-http's GraphQL-over-HTTP server audit (https://github.com/graphql/graphql-http) against
# the built jar: installs the audit's pinned packages (package-lock.json) with npm ci, starts the jar
# from an empty temporary directory (so the run also shows that it needs no files beside it) on a free
# port, audits /graphql, stops the server. Fails on any failure or warning. Without Node.js and npm
# it says so and skips (exit 0): the audit is then not run, not passed.
#
#   bash scripts/audit/run.sh target/competency-catalog.jar
set -euo pipefail

jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA:-java}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "graphql-http audit SKIPPED: node and npm are not installed (Node.js 18 or later runs it)" >&2
  exit 0
fi
[[ -f "$jar" ]] || { echo "no jar at $1: run make build first" >&2; exit 1; }

npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null

workdir="$(mktemp -d)"
log="$workdir/server.log"
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

(cd "$workdir" && exec env -u CATALOG_DIR -u DATABASE_URL PORT=0 LOG_FORMAT=text "$java" -jar "$jar") >"$log" 2>&1 &
server=$!

url=""
for _ in $(seq 1 600); do
  url="$(grep -o 'serving http://[^ ]*/graphql' "$log" | head -1 | sed 's/^serving //')" || true
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { echo "the server did not start:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "the server did not say where it serves within 60 s:" >&2; cat "$log" >&2; exit 1; }

node "$here/audit.mjs" "$url"
