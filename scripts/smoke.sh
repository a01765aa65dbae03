#!/usr/bin/env bash
# Starts the real binary under Xvfb in Kazakh and in Korean, takes a
# screenshot of each window and fails when no window appeared or the window
# is blank. Screenshots go to shots/ (or $2).
#   scripts/smoke.sh bin/koryo [outdir]
set -euo pipefail
bin=${1:?usage: smoke.sh BINARY [OUTDIR]}
out=${2:-shots}
mkdir -p "$out"
disp=":${SMOKE_DISPLAY:-97}"

Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$disp
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

fail=0
# Commands draw nothing and must not talk like Fyne, even with Debian's
# default LANG=C.UTF-8 (app/localeenv).
for cmd in validate --version; do
  if LANG=C.UTF-8 "$bin" $cmd 2>&1 | grep -q "Fyne error"; then
    echo "smoke: FAIL: \`koryo $cmd\` with LANG=C.UTF-8 prints Fyne errors" >&2
    fail=1
  fi
done
for lang in kk ko; do
  # LANG=C as in CI and systemd: the app must still start and pick --lang.
  LANG=C "$bin" --lang "$lang" >"$out/app-$lang.log" 2>&1 &
  app=$!
  if ! win=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" | head -n1); then
    echo "smoke: FAIL [$lang]: no window appeared within 30 s" >&2
    cat "$out/app-$lang.log" >&2
    exit 1
  fi
  sleep 2 # let the first frames paint
  eval "$(xdotool getwindowgeometry --shell "$win")"
  shot="$out/home-$lang.png"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$shot"
  colours=$(identify -format '%k' "$shot")
  spread=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  echo "smoke: [$lang] window ${WIDTH}x${HEIGHT}, $colours colours, grey deviation $spread -> $shot"
  if [ "$colours" -lt 16 ] || awk "BEGIN{exit !($spread < 0.02)}"; then
    echo "smoke: FAIL [$lang]: the window is blank" >&2
    fail=1
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
  app=""
done

# A QR code on an event page (qr = true) must read back, with zbarimg, as
# the event's first source URL.
event=1992-diplomatic-relations
want=$(sed -n 's/^url = "\(.*\)"$/\1/p' "assets/content/events/$event.toml" | head -n1)
cfg=$(mktemp -d)
printf 'qr = true\nstatistics = false\n' >"$cfg/config.toml"
LANG=C "$bin" --lang en --fullscreen --config "$cfg/config.toml" --start "event/$event" >"$out/app-qr.log" 2>&1 &
app=$!
win=$(timeout 30 xdotool search --sync --onlyvisible --pid "$app" | head -n1)
sleep 2
xdotool mousemove --window "$win" 900 500
xdotool click --repeat 40 --delay 20 5 # wheel down to the end of the page
sleep 1
import -window root "$out/event-qr.png"
got=$(zbarimg --quiet --raw "$out/event-qr.png" 2>/dev/null | head -n1 || true)
echo "smoke: QR on $event reads \"$got\" (want \"$want\") -> $out/event-qr.png"
[ "$got" = "$want" ] || { echo "smoke: FAIL: the QR code does not read back" >&2; fail=1; }
kill "$app"; wait "$app" 2>/dev/null || true
app=""
rm -rf "$cfg"
exit $fail
