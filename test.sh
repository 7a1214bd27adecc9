#!/usr/bin/env bash
# Runs every test of Chorus on a fresh machine: installs what the tests need, builds, tests, and prints the
# closing "N passed, N failed, N skipped" line that CI reads.
set -euo pipefail
cd "$(dirname "$0")"

# System packages some tests need, installed only when missing: Debian's Chromium for the browser tests of the
# web reader (Playwright drives it; its own browser download is never run); PostgreSQL's server binaries for the
# tests of the PostgreSQL store (they start a throw-away server of their own unless CHORUS_TEST_POSTGRES names one);
# Debian's Redis for the cluster membership of the `chorus node` tests (each starts its own on a free loopback port).
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
[ -x /usr/bin/redis-server ] || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}"; else sudo apt-get update -qq && sudo apt-get install -y -qq "${need[@]}"; fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# One test project at a time: the browser and Ctrl+C tests of the web reader time real work, and on a 2-core machine
# they miss their deadlines when the Core tests run beside them.
dotnet test --solution Chorus.slnx --max-parallel-test-modules 1 2>&1 | tee "$log" || status=$?

total=$(grep -E '^\s*total:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s*failed:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
passed=$(grep -E '^\s*succeeded:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
skipped=$(grep -E '^\s*skipped:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
if [ "$status" -ne 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
