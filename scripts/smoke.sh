#!/usr/bin/env bash
# Starts the real binary under Xvfb in Kazakh and in Korean, takes a
# screenshot of each window and fails when no window appeared, the window
# is blank, or its WM_CLASS is not the desktop entry's StartupWMClass.
# Screenshots go to shots/ (or $2).
#   scripts/smoke.sh bin/koryo [outdir]
set -euo pipefail
bin=$(realpath "${1:?usage: smoke.sh BINARY [OUTDIR]}")
out=${2:-shots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

app=""
# shellcheck disable=SC2016 # $app is read when the cleanup runs
cleanup_add '[ -z "$app" ] || kill "$app" 2>/dev/null'
xvfb_start ":${SMOKE_DISPLAY:-97}"
tmp=$(mktemp -d /tmp/koryo-smoke.XXXXXX)
cleanup_add "rm -rf '$tmp'"

fail=0
# Commands draw nothing and must not talk like Fyne, even with Debian's
# default LANG=C.UTF-8 (app/localeenv): stats on an empty visit log.
: >"$tmp/visits.jsonl"
cmds=("validate" "--version" "stats --config $tmp/config.toml $tmp/visits.jsonl" "paths --config $tmp/config.toml")
for cmd in "${cmds[@]}"; do
  read -r -a words <<<"$cmd"
  if ! said=$(LANG=C.UTF-8 "$bin" "${words[@]}" 2>&1); then
    echo "smoke: FAIL: \`koryo $cmd\` with LANG=C.UTF-8 failed:"$'\n'"$said" >&2
    fail=1
  elif grep -q "Fyne error" <<<"$said"; then
    echo "smoke: FAIL: \`koryo $cmd\` with LANG=C.UTF-8 prints Fyne errors" >&2
    fail=1
  fi
done
wmclass=$(desktop_wmclass packaging/linux/org.koryosaram.exhibit.desktop)
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
  shot="$out/home-$lang.png"
  size=$(shot_window "$win" "$shot")
  if verdict=$(not_blank "$shot"); then blank=0; else blank=1; fi
  echo "smoke: [$lang] window $size, $verdict -> $shot"
  if [ "$blank" = 1 ]; then
    echo "smoke: FAIL [$lang]: the window is blank" >&2
    fail=1
  fi
  # The title is translated once the app has started; the class stays.
  class=$(window_class "$win")
  if [ "$class" != "$wmclass" ]; then
    echo "smoke: FAIL [$lang]: WM_CLASS \"$class\", but the desktop entry's StartupWMClass is \"$wmclass\"" >&2
    fail=1
  else
    echo "smoke: [$lang] WM_CLASS \"$class\" = StartupWMClass (window \"$(xdotool getwindowname "$win")\")"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
  app=""
done

# A QR code on an event page (qr = true) must read back, with zbarimg, as
# the event's first source URL.
event=1992-diplomatic-relations
want=$(sed -n 's/^url = "\(.*\)"$/\1/p' "assets/content/events/$event.toml" | head -n1)
printf 'qr = true\nstatistics = false\n' >"$tmp/config.toml"
LANG=C "$bin" --lang en --fullscreen --config "$tmp/config.toml" --start "event/$event" >"$out/app-qr.log" 2>&1 &
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
exit $fail
