#!/usr/bin/env bash
# The fleet's figures (docs/performance.md, "Visit reports"), checked
# against their targets:
#   - `koryo stats --report --png` over 10 kiosks x 100,000 visits (the
#     generator's logs, 215 MB): < 5 s and < 200 MB peak RSS, whole process;
#   - a kiosk's switch to a changed content folder at the idle reset, at
#     100, 1,000 and 10,000 events: < 300 ms (in process, the visit written
#     first; screens' BenchmarkScale_SwitchContentAtReset).
# Exits 1 when a target is missed.
#   scripts/bench-fleet.sh [RUNS]        (default 3 runs of the report)
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
runs=${1:-3}
end=2026-12-02
logs=${FLEET_LOGS:-/tmp/koryo-fleet-$end}
[ -x /usr/bin/time ] || scripts/deps.sh time

[ -d "$logs" ] || $GO run ./tools/genvisits -kiosks 10 -visits 100000 -end "$end" -out "$logs"
$GO build -o bin/koryo .
out=$(mktemp -d)
cleanup_add "rm -rf '$out'"
cat "$logs"/* >/dev/null # in the page cache, as on a kiosk's second run

bad=0
for i in $(seq "$runs"); do
  /usr/bin/time -f '%e %M' -o "$out/time" bin/koryo stats --until "$end" \
    --report "$out/r.html" --png "$out/r.png" "$logs" >/dev/null 2>"$out/err" || { cat "$out/err"; exit 1; }
  read -r wall kb <"$out/time"
  mb=$((kb / 1024))
  ok=$(awk -v w="$wall" -v m="$mb" 'BEGIN { print (w < 5 && m < 200) ? "ok" : "MISSED" }')
  printf 'report, 10 x 100,000 visits, run %d: %5.2f s, %4d MB peak RSS  (< 5 s, < 200 MB) %s\n' "$i" "$wall" "$mb" "$ok"
  [ "$ok" = ok ] || bad=1
done

$GO test ./screens -run '^$' -bench 'Scale_SwitchContentAtReset' -benchtime 20x -count 3 |
  awk '/^Benchmark/ {
    n = $1; sub(/.*\//, "", n); sub(/-[0-9]+$/, "", n); ms = $3 / 1e6
    ok = ms < 300 ? "ok" : "MISSED"; if (ms >= 300) bad = 1
    printf "content switch at the idle reset, %5d events: %7.1f ms  (< 300 ms) %s\n", n, ms, ok
  } END { exit bad }' || bad=1
exit "$bad"
