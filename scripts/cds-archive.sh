#!/usr/bin/env bash
# Write the class-data sharing (AppCDS) archive of the server, so that it starts in about a second:
# the classes it loads are stored once, parsed and verified, and mapped into every later JVM.
#
# Usage: scripts/cds-archive.sh JAR ARCHIVE [java options...]
#
# A training run starts the jar on the embedded store (no DATABASE_URL) on a free local port, waits
# for /ready, sends a catalog query and an evaluation, and stops it with SIGTERM; the JVM writes the
# archive as it exits (-XX:ArchiveClassesAtExit). The archive belongs to that jar file: a rebuilt
# jar needs a new archive (the JVM ignores a stale one, with a warning, and starts without it).
# Nothing here is needed to run the server; if training fails, no archive is written and the
# build goes on.

set -euo pipefail

jar=${1:?usage: cds-archive.sh JAR ARCHIVE [java options...]}
archive=${2:?usage: cds-archive.sh JAR ARCHIVE [java options...]}
shift 2
java=${JAVA:-java}
log=$(mktemp)
secret="cds-training-$RANDOM$RANDOM"
trap 'rm -f "$log"' EXIT

rm -f "$archive"
HOST=127.0.0.1 PORT=0 DATABASE_URL= API_KEYS="training:integrator:$secret" \
  "$java" "$@" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" >"$log" 2>&1 &
pid=$!

url=
for _ in $(seq 1 300); do
  url=$(sed -nE 's#.*serving (http://[^ ]+)/graphql.*#\1#p' "$log" | head -1)
  [[ -n $url ]] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z $url ]]; then
  echo "cds-archive.sh: the training run did not start; no archive written" >&2
  cat "$log" >&2
  kill "$pid" 2>/dev/null || true
  exit 0
fi

post() {
  curl -s -o /dev/null --max-time 30 "$url/graphql" -H 'Content-Type: application/json' "$@"
}
curl -s -o /dev/null --max-time 30 "$url/ready"
for _ in 1 2 3; do
  post -H 'Accept-Language: ru' \
    -d '{"query":"{ competency(slug: \"cloud-productivity\") { id name { text locale fallback } options { tiers { slug rank name { text } requirements { __typename id position title { text locale fallback } notes { text } ... on PerformanceRequirement { metrics { metric windowMonths thresholds { market { code name { text } } value } } eligibleWorkloads { code name { text } } excludesTrials qualifyingAssociations { code name { text } } } ... on SkillRequirement { individuals paths { choices { anyOf { code kind url title { text } } } } } } } } } }"}'
  post -H "Authorization: Bearer $secret" \
    -d '{"query":"mutation($input: EvaluateInput!) { evaluate(input: $input) { evaluation { id achievedTier { slug } tiers { met requirements { met required actual shortfall explanation { text } } } } userErrors { code } } }","variables":{"input":{"competency":"cloud-productivity","market":"DEVELOPED","asOf":"2017-07-07","customers":[{"id":"c1","associations":["DELEGATED_ADMIN"],"deployments":[{"workload":"EXCHANGE_ONLINE","activeUsers":2500}]}],"individuals":[{"id":"p1","credentials":["MCSA-OFFICE-365"]}]}}}'
done
kill -TERM "$pid"
wait "$pid" || true
if [[ -f $archive ]]; then
  echo "cds-archive.sh: wrote $archive ($(du -h "$archive" | cut -f1))" >&2
else
  echo "cds-archive.sh: the JVM wrote no archive; the server starts without it" >&2
fi
