#!/usr/bin/env bash
# Prints two lines summing up a test run from surefire's XML reports (make test runs Maven quietly,
# so that the console shows the failures and these lines). The last line has the
# plain 'N passed, N failed, N skipped' form that CI systems read.
#
# Usage: scripts/test-summary.sh [reports directory, default target/surefire-reports]
set -euo pipefail
dir=${1:-target/surefire-reports}
shopt -s nullglob
reports=("$dir"/TEST-*.xml)
if (( ${#reports[@]} == 0 )); then
  echo "no test reports in $dir"
  exit 0
fi
grep -ho '<testsuite [^>]*>' "${reports[@]}" | awk '
  {
    for (i = 1; i <= NF; i++) {
      if (split($i, kv, "=") == 2) { gsub(/[">]/, "", kv[2]); total[kv[1]] += kv[2] }
    }
    classes++
  }
  END {
    failed = total["failures"] + total["errors"]
    printf "%d tests in %d classes, %d of them in error (details: %s)\n", total["tests"], classes, total["errors"], dir
    printf "tests: %d passed, %d failed, %d skipped\n", total["tests"] - failed - total["skipped"], failed, total["skipped"]
  }' dir="$dir"
