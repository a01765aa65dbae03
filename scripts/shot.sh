#!/usr/bin/env bash
# Screenshots for docs/screenshots: starts bin/koryo (1280x800) on an X
# display that is already running, plays input, and saves the window.
#   scripts/shot.sh LANG OUT.png [INPUT...]
# INPUT is an xdotool key name (plus, Right, ctrl+alt+p), click:X,Y,
# dclick:X,Y (a double tap) or sleep:SECONDS. Environment: DISPLAY (:99),
# START (--start, default timeline), EXTRA (more flags, e.g. --content DIR).
# e.g.  Xvfb :99 -screen 0 1920x1080x24 &
#       scripts/shot.sh ko docs/screenshots/timeline-ko-year.png dclick:454,300 dclick:454,300
set -u
cd "$(dirname "$0")/.." || exit 1
lang=$1; out=$2; shift 2
export DISPLAY=${DISPLAY:-:99} LANG=en_US.UTF-8
# shellcheck disable=SC2086 # EXTRA is several flags
bin/koryo --lang "$lang" --start "${START:-timeline}" ${EXTRA:-} >/dev/null 2>&1 &
pid=$!
win=""
for _ in $(seq 50); do
  win=$(xdotool search --pid "$pid" --onlyvisible 2>/dev/null | head -1)
  [ -n "$win" ] && break
  sleep 0.2
done
[ -n "$win" ] || { echo "shot: no window" >&2; kill "$pid"; exit 1; }
sleep 2
xdotool windowactivate --sync "$win" 2>/dev/null; xdotool windowfocus "$win" 2>/dev/null
for k in "$@"; do
  case $k in
    click:*) xy=${k#click:}; xdotool mousemove --window "$win" "${xy%,*}" "${xy#*,}" click 1; sleep 0.6;;
    dclick:*) xy=${k#dclick:}; xdotool mousemove --window "$win" "${xy%,*}" "${xy#*,}" click --repeat 2 --delay 80 1; sleep 0.8;;
    sleep:*) sleep "${k#sleep:}";;
    *) xdotool key --window "$win" "$k"; sleep 0.4;;
  esac
done
sleep 1
import -window "$win" "$out"
kill "$pid"; wait "$pid" 2>/dev/null
