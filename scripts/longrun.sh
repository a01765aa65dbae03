#!/usr/bin/env bash
# Long run (issue 14, item 6): the real kiosk under Xvfb gets random taps,
# drags, wheel turns and keys from xdotool, RATE a second for DURATION
# seconds. Every SAMPLE seconds it reads the app's memory (VmRSS from
# /proc/PID/status, Pss from /proc/PID/smaps_rollup). Stalls of the UI loop
# are measured the way systemd's watchdog sees them: the app pings
# $NOTIFY_SOCKET with WATCHDOG=1 from its UI loop (fyne.Do) every
# $WATCHDOG_USEC/2, here every 50 ms, and tools/watchgap records the gaps
# between pings; a gap longer than 50 ms + STALL_MS means the UI loop did
# nothing else for longer than STALL_MS. On a machine shared with other
# work much of a gap can be the UI thread waiting for a CPU: watchgap reads
# the UI thread's schedstat and takes that wait out, which leaves the gap's
# "own" time (what it would be on a machine of its own, at most). It fails
# when
#   - RSS at the end differs by more than RSS_PCT % from RSS after the
#     warm-up (the first sample at WARMUP seconds or later),
#   - a gap's own time is over 50 ms + STALL_MS (with LONGRUN_STRICT=1: a
#     gap is, whatever the machine was doing),
#   - the app died, or its window is no longer full screen.
# Taps never land on the empty part of the top bar (five of them there open
# the staff PIN pad) and no key chord is sent (Ctrl+Alt+P opens it too).
#   scripts/longrun.sh [BINARY]        (default bin/koryo; make longrun)
# Settings, all optional:
#   DURATION=600                 seconds of input
#   LONGRUN_RATE=20              actions a second
#   LONGRUN_SAMPLE=30            seconds between memory samples
#   LONGRUN_WARMUP=60            the RSS that the end is compared with: the
#                                first sample from this second on
#   LONGRUN_RSS_PCT=10           allowed change of RSS, in per cent
#   LONGRUN_STALL_MS=200         the longest allowed stall of the UI loop
#   LONGRUN_STRICT=0             1: fail on gaps in wall time, waits for a
#                                CPU included (for a machine of its own)
#   LONGRUN_SCREEN=1920x1080     Xvfb's screen
#   LONGRUN_DISPLAY=96           X display number
#   LONGRUN_SEED                 $RANDOM's seed (printed; default random)
#   LONGRUN_OUT=shots/longrun    the app's output, samples, gaps, screenshots
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
bin=$(realpath "${1:-bin/koryo}")
[ -x "$bin" ] || { echo "longrun: no $bin (make build)" >&2; exit 1; }
duration=${DURATION:-600}
rate=${LONGRUN_RATE:-20}
every=${LONGRUN_SAMPLE:-30}
warmup=${LONGRUN_WARMUP:-60}
rss_pct=${LONGRUN_RSS_PCT:-10}
stall_ms=${LONGRUN_STALL_MS:-200}
strict=${LONGRUN_STRICT:-0}
screen=${LONGRUN_SCREEN:-1920x1080}
out=${LONGRUN_OUT:-shots/longrun}
seed=${LONGRUN_SEED:-$((RANDOM * 32768 + RANDOM))}
RANDOM=$seed
watchdog_usec=100000 # pings every 50 ms
ping_ms=$((watchdog_usec / 2000))
start=$SECONDS
scripts/deps.sh test
mkdir -p "$out"
rm -f "$out"/*.png "$out"/app.log "$out"/samples.txt "$out"/gaps.txt

tmp=$(mktemp -d /tmp/koryo-longrun.XXXXXX)
cleanup_add "rm -rf '$tmp'"
$GO build -o "$tmp/watchgap" ./tools/watchgap
cfg=$tmp/config.toml
# Statistics on (the log is written at each idle reset); the idle timeout
# never passes while the input runs.
printf 'language = "kk"\nidle_timeout = "30s"\nattract = true\nstatistics = true\n' >"$cfg"

xvfb_start ":${LONGRUN_DISPLAY:-96}" "$screen"
W=${screen%x*} H=${screen#*x}

sock=$tmp/notify.sock
"$tmp/watchgap" -socket "$sock" -report "$((ping_ms + stall_ms))ms" >"$out/gaps.txt" 2>&1 &
# shellcheck disable=SC2034 # used by name: stop gap_pid
gap_pid=$!
# stop NAME: stops the process whose pid is in $NAME, if it still runs (a
# stopped one's pid is cleared, never killed again), and waits for it.
stop() {
  local pid=${!1}
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  printf -v "$1" '%s' ""
}
cleanup_add 'stop gap_pid'
for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.1; done

env -u WATCHDOG_PID NOTIFY_SOCKET="$sock" WATCHDOG_USEC=$watchdog_usec LANG=C.UTF-8 \
  "$bin" --kiosk --config "$cfg" >"$out/app.log" 2>&1 &
app=$!
cleanup_add 'stop app'
win=$(app_window "$app" 30) || { echo "longrun: FAIL: no window within 30 s" >&2; cat "$out/app.log" >&2; exit 1; }
sleep 2

# memory: "VmRSS_kB Pss_kB" of the app.
memory() {
  local rss pss
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$app/smaps_rollup")
  echo "$rss $pss"
}

# action prints one random action as xdotool commands (press and release,
# not xdotool's click, which waits 100 ms after it). Taps in the top bar
# (y < 80) go only to its left end (Back, Home, text sizes) or its right end
# (the language buttons), never between them.
keys=(Left Right Up Down Escape BackSpace Home Tab Return space Prior Next a k 1)
action() {
  local r=$((RANDOM % 100)) x=$((RANDOM % W)) y=$((RANDOM % H)) dx dy b
  if [ "$y" -lt 80 ] && [ "$x" -ge 280 ] && [ "$x" -lt $((W - 400)) ]; then
    y=$((80 + RANDOM % (H - 80)))
  fi
  if [ "$r" -lt 45 ]; then
    echo "mousemove $x $y mousedown 1 mouseup 1"
  elif [ "$r" -lt 50 ]; then # a language button
    echo "mousemove $((W - 380 + (RANDOM % 4) * 105)) 41 mousedown 1 mouseup 1"
  elif [ "$r" -lt 55 ]; then # Back or Home
    echo "mousemove $((73 + (RANDOM % 2) * 145)) 41 mousedown 1 mouseup 1"
  elif [ "$r" -lt 75 ]; then # a drag in three moves, ending on the screen
    dx=$((RANDOM % 1200 - 600)) dy=$((RANDOM % 600 - 300))
    dx=$((x + dx < 0 ? -x : (x + dx >= W ? W - 1 - x : dx)))
    dy=$((y + dy < 0 ? -y : (y + dy >= H ? H - 1 - y : dy)))
    echo "mousemove $x $y mousedown 1 mousemove $((x + dx / 3)) $((y + dy / 3)) mousemove $((x + 2 * dx / 3)) $((y + 2 * dy / 3)) mousemove $((x + dx)) $((y + dy)) mouseup 1"
  elif [ "$r" -lt 82 ]; then # the wheel
    b=$((4 + RANDOM % 2))
    echo "mousemove $x $y mousedown $b mouseup $b"
  else
    echo "key --delay 0 ${keys[RANDOM % ${#keys[@]}]}"
  fi
}

echo "longrun: ${duration}s of $rate actions a second on $screen ($DISPLAY), seed $seed; pid $app"
samples=()
t0=$(date +%s.%N)
now() { awk "BEGIN{printf \"%.3f\", $(date +%s.%N) - $t0}"; }
sample() {
  local t m
  t=$(now)
  m=$(memory)
  samples+=("$t $m")
  printf '%7.1f s  RSS %7d kB  PSS %7d kB  load %s\n' "$t" "${m% *}" "${m#* }" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/samples.txt"
}
sample
next_sample=$every
pause=$(awk "BEGIN{print 0.6 / $rate}") # between actions; adjusted to hold the rate
actions=0
while :; do
  el=$(now)
  awk "BEGIN{exit !($el >= $duration)}" && break
  if awk "BEGIN{exit !($el >= $next_sample)}"; then
    sample
    next_sample=$((next_sample + every))
  fi
  kill -0 "$app" 2>/dev/null || { echo "longrun: FAIL: the app died after $el s" >&2; tail -n 30 "$out/app.log" >&2; exit 1; }
  # A second's batch, and what earlier batches fell short of the rate.
  n=$(awk -v el="$el" -v r="$rate" -v done="$actions" 'BEGIN{n = int(r * (el + 1)) - done; print (n < 1 ? 1 : (n > 2 * r ? 2 * r : n))}')
  cmd=()
  for _ in $(seq "$n"); do
    # shellcheck disable=SC2207 # the words of one action
    cmd+=($(action) sleep "$pause")
  done
  b0=$(date +%s.%N)
  xdotool "${cmd[@]}"
  actions=$((actions + n))
  # Hold the batch at one second: sleep what is left, and move the pause
  # between actions towards what makes it one second.
  read -r pause rest < <(awk -v p="$pause" -v b0="$b0" -v b1="$(date +%s.%N)" -v n="$n" 'BEGIN{
    d = b1 - b0; p += (1 - d) / n / 2; if (p < 0) p = 0; if (p > 1 / n) p = 1 / n
    printf "%.4f %.3f\n", p, (d < 1 ? 1 - d : 0) }')
  sleep "$rest"
done
total=$(now)
sample
kill -0 "$app" 2>/dev/null || { echo "longrun: FAIL: the app died at the end" >&2; exit 1; }
# shellcheck disable=SC2034 # set by the eval of xdotool's --shell output
eval "$(xdotool getwindowgeometry --shell "$win")"
geom="${WIDTH}x${HEIGHT}+$X+$Y"
stop gap_pid # it prints its summary as it stops; before the screenshot,
import -window root "$out/end.png" # which holds the X server a while
stop app
summary=$(grep '^pings=' "$out/gaps.txt" || true)
echo "longrun: watchdog: $summary"
grep '^gap ' "$out/gaps.txt" | sed 's/^/longrun:   /' || true

fail=0
problem() { echo "longrun: FAIL: $*" >&2; fail=1; }
[ "$geom" = "${W}x${H}+0+0" ] || problem "the window is $geom at the end, not full screen"
# pings=N ready=N longest_ms=X longest_at_s=X over=N longest_own_ms=X
# own_at_s=X over_own=N cpu_wait_s=X report_ms=N, as wg[key]
declare -A wg=()
for kv in $summary; do wg[${kv%%=*}]=${kv#*=}; done
limit=$((ping_ms + stall_ms))
if [ "${wg[pings]:-0}" -lt 10 ]; then
  problem "no watchdog pings came (${wg[pings]:-0}): the stall measure did not work"
elif [ "$strict" = 1 ] && [ "${wg[over]}" != 0 ]; then
  problem "${wg[over]} gap(s) between pings over $limit ms: the UI loop stalled over $stall_ms ms"
elif [ "${wg[over_own]}" != 0 ]; then
  problem "${wg[over_own]} gap(s) between pings over $limit ms even without the UI thread's waits for a CPU: the UI loop stalled over $stall_ms ms"
fi

warm="" max=0 end_rss=""
for s in "${samples[@]}"; do
  read -r t rss _ <<<"$s"
  [ "$rss" -gt "$max" ] && max=$rss
  [ -z "$warm" ] && awk "BEGIN{exit !($t >= $warmup)}" && warm=$rss
  end_rss=$rss
done
warm=${warm:-$end_rss}
change=$(awk "BEGIN{printf \"%+.1f\", ($end_rss - $warm) * 100 / $warm}")
awk "BEGIN{c = $change; exit !(c > $rss_pct || c < -$rss_pct)}" &&
  problem "RSS changed by $change % from the warm-up ($warm kB) to the end ($end_rss kB), more than $rss_pct %"

echo "longrun: summary ($(elapsed "$start"), seed $seed)"
printf '  input             %d actions in %.0f s (%.1f a second)\n' "$actions" "$total" "$(awk "BEGIN{print $actions / $total}")"
echo "  RSS first         $(cut -d' ' -f2 <<<"${samples[0]}") kB (at start)"
echo "  RSS after warm-up $warm kB (first sample from ${warmup} s)"
echo "  RSS end           $end_rss kB ($change %)"
echo "  RSS max           $max kB"
echo "  UI loop           ${wg[pings]} pings every ${ping_ms} ms; longest gap ${wg[longest_ms]} ms (at ${wg[longest_at_s]} s), ${wg[over]} over $limit ms"
echo "  … less CPU waits  longest ${wg[longest_own_ms]} ms (at ${wg[own_at_s]} s), ${wg[over_own]} over $limit ms; the UI thread waited ${wg[cpu_wait_s]} s in all for a CPU (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  samples           $out/samples.txt; screenshot $out/end.png"
[ "$fail" = 0 ] && echo "longrun: ok" || echo "longrun: FAILED" >&2
exit "$fail"
