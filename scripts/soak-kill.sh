#!/usr/bin/env bash
# Crash and restart (issue 14, item 5): runs the real kiosk under Xvfb with a
# settings file and visit log of its own, plays scripted visits on it with
# xdotool (Home → timeline → an event → back → another language → an event →
# back → Home), lets SOAK_VISITS of them end at the idle reset, then kills the
# app with SIGKILL at a random point of the next visit and starts it again,
# SOAK_ROUNDS times. It fails when
#   - a visit that ended at an idle reset before a kill is not in the log
#     (each is found by its first tap's time), or the log has a visit that
#     was never played;
#   - after a start the window is not full screen, its title is not the
#     exhibit's title in the default language, or the screen is not the
#     attract loop's first slide (the screenshot of the first start);
#   - `koryo stats LOG` fails, or finds more damaged lines than kills.
# The visit open at each kill may be lost (SIGKILL leaves no time to write
# it); the summary counts those.
#   scripts/soak-kill.sh [BINARY]        (default bin/koryo; make soak-kill)
# Settings, all optional:
#   SOAK_ROUNDS=20       kills and restarts
#   SOAK_VISITS=1        visits that end at an idle reset in each round
#   SOAK_IDLE=10         the kiosk's idle timeout in seconds (10 is its minimum)
#   SOAK_STEP=0.5        seconds between taps
#   SOAK_OPEN_WAIT=3     the kill comes up to this many seconds after the open
#                        visit's last tap (kept below SOAK_IDLE - 1)
#   SOAK_LANG=kk         the kiosk's default language
#   SOAK_SCREEN=1920x1080  Xvfb's screen (1280x800 works too)
#   SOAK_DISPLAY=95      X display number
#   SOAK_SEED            seed of the random kill points (printed; default random)
#   SOAK_OUT=shots/soak  the app's output, screenshots, the visit log, a CSV
#   SOAK_SHOTS=0         1: a screenshot after every tap of the first visit
# With the defaults a run takes about 7 minutes.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
bin=$(realpath "${1:-bin/koryo}")
[ -x "$bin" ] || { echo "soak-kill: no $bin (make build)" >&2; exit 1; }
rounds=${SOAK_ROUNDS:-20}
per_round=${SOAK_VISITS:-1}
idle=${SOAK_IDLE:-10}
step=${SOAK_STEP:-0.5}
open_wait=${SOAK_OPEN_WAIT:-3}
lang=${SOAK_LANG:-kk}
screen=${SOAK_SCREEN:-1920x1080}
out=${SOAK_OUT:-shots/soak}
shots=${SOAK_SHOTS:-0}
seed=${SOAK_SEED:-$((RANDOM * 32768 + RANDOM))}
RANDOM=$seed
start=$SECONDS
if awk "BEGIN{exit !($open_wait > $idle - 1)}"; then
  echo "soak-kill: SOAK_OPEN_WAIT ($open_wait) must stay below SOAK_IDLE - 1 ($idle - 1): the visit would end before the kill" >&2
  exit 2
fi
scripts/deps.sh test
mkdir -p "$out"
rm -f "$out"/*.png "$out"/app.log

tmp=$(mktemp -d /tmp/koryo-soak-kill.XXXXXX)
cleanup_add "rm -rf '$tmp'"
cfg=$tmp/config.toml
printf 'language = "%s"\nidle_timeout = "%ss"\nattract = true\nattract_pace = "5m"\nstatistics = true\n' "$lang" "$idle" >"$cfg"
log=$("$bin" paths --config "$cfg" | sed -n 's/^visit log: *//p')
case "$log" in "$tmp"/*) ;; *) echo "soak-kill: the visit log would be $log, not in $tmp" >&2; exit 1 ;; esac
want_title=$(app_title "$lang")

xvfb_start ":${SOAK_DISPLAY:-95}" "$screen"
W=${screen%x*} H=${screen#*x}
# Where things are, from the full-screen window's size (the top bar and
# the event cards keep their place; Home's four buttons share the width
# above the bottom): measured on screenshots at 1920x1080 and 1280x800.
declare -A at=(
  [wake]="$((W / 2)) $((H / 2))"            # anywhere on the attract loop
  [timeline]="$((W / 8)) $((H - 230))"      # Home's first button
  [event]="158 277"                         # the timeline's first event card
  [back]="73 41"                            # top bar: Back
  [home]="218 41"                           # top bar: Home
  [ko]="$((W - 272)) 41" [ru]="$((W - 170)) 41" [en]="$((W - 61)) 41" [kk]="$((W - 380)) 41"
)
others=()
for l in kk ko ru en; do [ "$l" = "$lang" ] || others+=("$l"); done

app="" win="" ref="$out/attract-ref.png"
stop_app() {
  [ -n "$app" ] || return 0
  kill "-$1" "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}
cleanup_add 'stop_app TERM'

fail=0
problem() { echo "soak-kill: FAIL: $*" >&2; fail=1; }

# start_kiosk N starts the app and checks that it came back as a kiosk:
# full screen, titled in the default language, on the attract loop.
start_kiosk() {
  local n=$1 name="" t0=$SECONDS shot diff
  echo "--- start $n" >>"$out/app.log"
  LANG=C.UTF-8 "$bin" --kiosk --config "$cfg" >>"$out/app.log" 2>&1 &
  app=$!
  if ! win=$(app_window "$app" 30); then
    problem "start $n: no window within 30 s"
    tail -n 20 "$out/app.log" >&2
    exit 1
  fi
  # The window is made with its class as title, then titled in the language.
  while [ $((SECONDS - t0)) -lt 30 ]; do
    name=$(xdotool getwindowname "$win" 2>/dev/null || true)
    [ "$name" != "Koryo-saram Exhibit" ] && [ -n "$name" ] && break
    sleep 0.2
  done
  [ "$name" = "$want_title" ] || problem "start $n: the window is titled \"$name\", not \"$want_title\" ($lang)"
  # shellcheck disable=SC2034 # set by the eval of xdotool's --shell output
  local WIDTH HEIGHT X Y SCREEN WINDOW
  eval "$(xdotool getwindowgeometry --shell "$win")"
  [ "${WIDTH}x${HEIGHT}+$X+$Y" = "${W}x${H}+0+0" ] ||
    problem "start $n: the window is ${WIDTH}x${HEIGHT}+$X+$Y, not full screen (${W}x${H}+0+0)"
  if [ "$n" = 1 ]; then
    sleep 2 # the first frames
    import -window root "$ref"
    if [ "$(identify -format '%k' "$ref")" -lt 16 ]; then
      problem "start 1: the screen is blank ($ref)"
      exit 1
    fi
    return
  fi
  # The attract loop's first slide, as at the first start.
  shot="$out/start-$n.png"
  while :; do
    import -window root "$shot"
    diff=$(compare -metric AE -fuzz 5% "$ref" "$shot" null: 2>&1 || true)
    [ "${diff%%.*}" -lt $((W * H / 100)) ] 2>/dev/null && { rm -f "$shot"; return; }
    [ $((SECONDS - t0)) -lt 20 ] || break
    sleep 0.5
  done
  problem "start $n: the screen is not the attract loop's first slide ($diff pixels differ: $shot)"
}

last_tap=0
# tap NAME: one tap on a named place.
tap() {
  # shellcheck disable=SC2086 # "x y"
  xdotool mousemove ${at[$1]} click 1
  last_tap=$(date +%s.%N)
}

# visit STEPS: the first STEPS steps (1–8) of a visit; sets first_tap to
# its first tap's time, for finding it in the log.
first_tap=""
visit() {
  local steps=$1 other=${others[RANDOM % ${#others[@]}]} i=0 s
  first_tap=""
  for s in wake timeline event back "$other" event back home; do
    i=$((i + 1))
    [ "$i" -le "$steps" ] || break
    tap "$s"
    [ -n "$first_tap" ] || first_tap=$last_tap
    if [ "$shots" = 1 ] && [ "$visits_played" = 0 ]; then
      sleep 1
      import -window root "$out/visit-$i-$s.png"
    fi
    sleep "$step"
  done
}

lines() { if [ -f "$log" ]; then wc -l <"$log"; else echo 0; fi; }

expected=() # first-tap times of the visits that ended at an idle reset
opened=()   # … of the visits open at a kill
visits_played=0
echo "soak-kill: $rounds rounds of $per_round visit(s) and a kill; idle timeout ${idle}s; $screen on $DISPLAY; seed $seed"
start_kiosk 1
for round in $(seq "$rounds"); do
  for _ in $(seq "$per_round"); do
    before=$(lines)
    visit 8
    expected+=("$first_tap")
    visits_played=$((visits_played + 1))
    # The idle reset comes at the kiosk's next one-second tick after the
    # timeout: wait for it, then for the visit's line (up to 5 s more).
    sleep "$(awk "BEGIN{d = $last_tap + $idle + 1.5 - $(date +%s.%N); print (d > 0 ? d : 0)}")"
    for _ in $(seq 25); do [ "$(lines)" -gt "$before" ] && break; sleep 0.2; done
    [ "$(lines)" -gt "$before" ] || problem "round $round: no line in the log after the idle reset"
    name=$(xdotool getwindowname "$win" 2>/dev/null || true)
    [ "$name" = "$want_title" ] || problem "round $round: after the idle reset the window is titled \"$name\", not in $lang"
  done
  # The kill: after 1 to 8 taps of a visit and up to SOAK_OPEN_WAIT seconds.
  steps=$((1 + RANDOM % 8))
  visit "$steps"
  opened+=("$first_tap")
  visits_played=$((visits_played + 1))
  wait_s=$(awk "BEGIN{print $open_wait * $RANDOM / 32768}")
  sleep "$wait_s"
  stop_app KILL
  printf 'soak-kill: round %2d: killed after %d tap(s) and %.1f s; %d line(s) in the log\n' "$round" "$steps" "$wait_s" "$(lines)"
  start_kiosk $((round + 1))
done
stop_app TERM

# The log as staff would read it.
stats_err=$tmp/stats.err
csv=$out/visits.csv
cp "$log" "$out/visits.jsonl" 2>/dev/null || : >"$out/visits.jsonl"
if ! "$bin" stats --csv "$csv" "$log" >"$out/stats.txt" 2>"$stats_err"; then
  problem "koryo stats $log failed: $(cat "$stats_err")"
fi
damaged=$(grep -o '[0-9]* damaged line' "$stats_err" | head -n1 | cut -d' ' -f1 || true)
damaged=${damaged:-0}
[ "$damaged" -le "$rounds" ] || problem "$damaged damaged lines, more than the $rounds kills could cut"

# Each visit's line is found by its start, within 2 s of its first tap.
starts=()
while IFS=, read -r _ s _; do
  starts+=("$(date -d "$s" +%s)")
done < <(tail -n +2 "$csv")
# find_visit T: is there a line, not yet claimed, of a visit that began
# at T? It claims it.
used=()
find_visit() {
  local i
  for i in "${!starts[@]}"; do
    [ -z "${used[i]:-}" ] || continue
    if awk "BEGIN{d = ${starts[i]} - int($1); exit !(d >= -2 && d <= 2)}"; then
      used[i]=1
      return 0
    fi
  done
  return 1
}
found=0
for t in "${expected[@]}"; do
  if find_visit "$t"; then
    found=$((found + 1))
  else
    problem "the visit that began at $(date -d "@$t" +%T) ended at an idle reset but is not in the log"
  fi
done
saved=0
for t in "${opened[@]}"; do
  if find_visit "$t"; then saved=$((saved + 1)); fi
done
unknown=$((${#starts[@]} - found - saved))
[ "$unknown" -eq 0 ] || problem "$unknown visit(s) in the log that were never played"

echo "soak-kill: summary ($(elapsed "$start"), seed $seed)"
echo "  runs (kills and restarts)   $rounds"
echo "  visits played               $visits_played"
echo "  visits expected in the log  ${#expected[@]} (ended at an idle reset before a kill)"
echo "  visits found                $found of them ($(lines) lines in the log)"
echo "  finished visits lost        $((${#expected[@]} - found))"
echo "  open visits lost at a kill  $((${#opened[@]} - saved)) of ${#opened[@]} (at most one per kill)"
echo "  damaged lines               $damaged"
echo "  log, CSV, app output        $out/"
[ "$fail" = 0 ] && echo "soak-kill: ok" || echo "soak-kill: FAILED" >&2
exit "$fail"
