#!/usr/bin/env bash
# Prints how long the real binary takes from exec to a settled first screen
# (its window shown and its CPU idle for 0.3 s), and its memory at rest on
# that screen (PSS and RSS from /proc, 5 s after the start, once the app
# has handed its start-up garbage back), median of RUNS starts, under Xvfb:
#   scripts/measure-start.sh BINARY [RUNS] [-- APP ARGS...]
# e.g. scripts/measure-start.sh bin/koryo 5 -- --content /tmp/k10000
set -euo pipefail
bin=${1:?usage: measure-start.sh BINARY [RUNS] [-- ARGS...]}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = -- ] && shift
disp=":${MEASURE_DISPLAY:-93}"
Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$disp LANG=en_US.UTF-8
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
results=()
for _ in $(seq "$runs"); do
  t0=$(date +%s.%N)
  "$bin" "$@" >/dev/null 2>&1 &
  pid=$!
  last=0; quiet=0; shown=""; settled=$t0
  while [ -z "$shown" ] || [ "$quiet" -lt 6 ]; do # shown, then 6 × 0.05 s without a CPU tick
    sleep 0.05
    [ -n "$shown" ] || shown=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n1 || true)
    now=$(ticks "$pid")
    if [ "$now" = "$last" ]; then quiet=$((quiet + 1)); else quiet=0; last=$now; settled=$(date +%s.%N); fi
  done
  cpu=$(awk -v t="$last" -v hz="$hz" 'BEGIN {printf "%.2f", t / hz}')
  sleep "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {d = 5 - (b - a); print (d > 0 ? d : 0)}')"
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
  rss=$(awk '/^Rss:/ {print $2}' "/proc/$pid/smaps_rollup")
  results+=("$(awk -v a="$t0" -v b="$settled" 'BEGIN {printf "%.2f", b - a}') $cpu $((pss / 1024)) $((rss / 1024))")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${results[@]}" | sort -n | awk -v n="$runs" '
  { w[NR] = $1; c[NR] = $2; p[NR] = $3; r[NR] = $4 }
  END { m = int((n + 1) / 2); printf "start to settled %s s (cpu %s s), PSS %s MiB, RSS %s MiB (median of %d; fastest %s s, slowest %s s)\n", w[m], c[m], p[m], r[m], n, w[1], w[n] }'
