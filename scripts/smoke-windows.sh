#!/usr/bin/env bash
# Windows smoke test: starts the real koryo.exe under Wine on Xvfb, in
# Kazakh and in Korean (--lang) and once with no --lang on a Korean Windows
# locale, takes a screenshot of each window and fails when no window
# appeared, when a window is blank, or when the exhibit's title does not read
# back (OCR) in that language: Hangul drawn as boxes or nothing fails.
#   scripts/smoke-windows.sh [EXE-or-ZIP] [OUTDIR]
#     EXE     default build/windows-amd64/koryo.exe (make package-windows), or
#     ZIP     the release zip (dist/koryo-VERSION-windows-amd64.zip): its koryo.exe
#     OUTDIR  default shots/windows: home-kk.png, home-ko.png, home-os-ko.png, logs
# Everything it makes lives in one temporary folder (the Wine prefix, the
# stand-in DLL, the locales) that it removes, with the processes it started.
# Needs Debian 12's wine, wine64, xvfb, xdotool, imagemagick, tesseract
# (installed when missing). SMOKE_WINDOWS_DISPLAY picks the X display (92).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
exe=${1:-build/windows-amd64/koryo.exe}
out=${2:-shots/windows}
[ -f "$exe" ] || { echo "smoke-windows: no $exe (make package-windows, or make release for the zip)" >&2; exit 1; }
start=$SECONDS
scripts/deps.sh wine ocr
mkdir -p "$out"

tmp=$(mktemp -d /tmp/koryo-smoke-windows.XXXXXX)
cleanup_add "rm -rf '$tmp'"
case "$exe" in
  *.zip)
    unzip -q -j "$exe" '*/koryo.exe' -d "$tmp/zip"
    echo "smoke-windows: testing koryo.exe from $exe"
    exe=$tmp/zip/koryo.exe
    ;;
  *) exe=$(realpath "$exe") ;;
esac
export WINEPREFIX=$tmp/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko installers at prefix creation; our ProcessPrng stand-in
# (native) instead of Wine's builtin bcryptprimitives.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"

# Wine takes the Windows locale from the Unix one, so the locales it is to
# report must exist: compiled into the temporary folder, not the system.
export LOCPATH=$tmp/locales
mkdir -p "$LOCPATH"
for l in en_US ko_KR kk_KZ; do
  localedef -i "$l" -c -f UTF-8 "$LOCPATH/$l.UTF-8" 2>/dev/null || [ -d "$LOCPATH/$l.UTF-8" ]
done
export LANG=en_US.UTF-8 LANGUAGE="" LC_ALL="" LC_MESSAGES=""

xvfb_start ":${SMOKE_WINDOWS_DISPLAY:-92}" || { echo "smoke-windows: set SMOKE_WINDOWS_DISPLAY" >&2; exit 1; }
# Registered before the prefix exists: stop this prefix's wineserver and
# every Windows process in it (only ours: the prefix is ours alone).
cleanup_add "wineserver -k 2>/dev/null"

t=$SECONDS
# A first prefix takes some 20 s; a Wine that hangs must not hang CI.
timeout 300 wineboot --init >"$tmp/wineboot.log" 2>&1 ||
  { echo "smoke-windows: wineboot --init failed or hung (exit $?)" >&2; tail -n 20 "$tmp/wineboot.log" >&2; exit 1; }
timeout 120 wineserver -w || { echo "smoke-windows: wineserver -w did not return (exit $?)" >&2; exit 1; }
echo "smoke-windows: Wine prefix ready in $(elapsed "$t")"

# The test harness's stand-in for ProcessPrng (see scripts/wine/).
x86_64-w64-mingw32-gcc -shared -O2 -o "$tmp/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
cp "$tmp/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# reads_title SHOT LANG: OCR the window; at least half the title's words
# must come back.
reads_title() {
  local shot=$1 lang=$2 ocrlang text want words=0 found=0 w
  case "$lang" in ko) ocrlang=kor ;; kk) ocrlang=kaz+rus ;; *) ocrlang=eng ;; esac
  convert "$shot" -resize 200% -colorspace Gray "$tmp/ocr.png"
  text=$(tesseract "$tmp/ocr.png" - -l "$ocrlang" 2>/dev/null | tr -d '[:space:]')
  printf '%s\n' "$text" >"${shot%.png}.ocr.txt"
  want=$(app_title "$lang")
  for w in $want; do
    w=$(printf '%s' "$w" | tr -d '[:punct:]')
    [ "${#w}" -ge 2 ] || continue
    words=$((words + 1))
    case "$text" in *"$w"*) found=$((found + 1)) ;; esac
  done
  # Letters of the script that a font without it would draw as boxes:
  # Hangul syllables (UTF-8 EA..ED xx xx) or the Kazakh letters beyond Russian.
  # The Korean model "reads" some 50 syllables into the Kazakh Home screen's
  # Cyrillic, and Korean Home gives some 140: hence 80.
  local letters need
  case "$lang" in
    ko) need=80 letters=$(printf '%s' "$text" | LC_ALL=C grep -o $'[\xea-\xed][\x80-\xbf][\x80-\xbf]' | wc -l) ;;
    kk) need=5 letters=$(printf '%s' "$text" | LC_ALL=C grep -o -F -e ә -e ғ -e қ -e ң -e ө -e ұ -e ү -e һ -e і -e Ә -e Ғ -e Қ -e Ң -e Ө -e Ұ -e Ү -e Һ -e І | wc -l) ;;
    *) need=0 letters=0 ;;
  esac
  echo "smoke-windows: [$3] OCR found $found of the $words words of the title \"$want\" and $letters $lang letters (at least $need needed)"
  [ "$words" -gt 0 ] && [ $((found * 2)) -ge "$words" ] && [ "$letters" -ge "$need" ]
}

# find_window SECONDS prints the exhibit's window: the largest visible
# window of koryo.exe (GLFW also maps a tiny message window). Its title is
# the exhibit's title in the current language, so it cannot be searched by.
find_window() {
  local deadline=$((SECONDS + $1)) w best area max
  while [ "$SECONDS" -lt "$deadline" ]; do
    best="" max=0
    for w in $(xdotool search --onlyvisible --classname '^koryo\.exe$' 2>/dev/null); do
      eval "$(xdotool getwindowgeometry --shell "$w" 2>/dev/null)" || continue
      area=$((WIDTH * HEIGHT))
      if [ "$WIDTH" -ge 320 ] && [ "$area" -gt "$max" ]; then best=$w max=$area; fi
    done
    if [ -n "$best" ]; then echo "$best"; return 0; fi
    sleep 0.5
  done
  return 1
}

fail=0
# NAME LANG-TO-EXPECT ENV... -- ARGS...
run() {
  local name=$1 lang=$2 envs=() args=() app win
  shift 2
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  args=("$@")
  t=$SECONDS
  env "${envs[@]}" wine "$exe" "${args[@]}" >"$out/app-$name.log" 2>&1 &
  app=$!
  if ! win=$(find_window 120); then
    echo "smoke-windows: FAIL [$name]: no window appeared within 120 s" >&2
    cat "$out/app-$name.log" >&2
    fail=1
    return
  fi
  sleep 3 # let the first frames paint
  local shot="$out/home-$name.png" size verdict blank=0 wname
  size=$(shot_window "$win" "$shot")
  verdict=$(not_blank "$shot") || blank=1
  wname=$(xdotool getwindowname "$win")
  echo "smoke-windows: [$name] window \"$wname\" $size after $(elapsed "$t"), $verdict -> $shot"
  # The window is titled with the exhibit's title in the current language:
  # another language's title there means the wrong start language.
  local other wrong=""
  for other in en kk ko ru; do
    [ "$other" != "$lang" ] && [ "$wname" = "$(app_title "$other")" ] && wrong=$other
  done
  if [ -n "$wrong" ]; then
    echo "smoke-windows: FAIL [$name]: the window's title is in $wrong, not $lang" >&2
    fail=1
  elif [ "$blank" = 1 ]; then
    echo "smoke-windows: FAIL [$name]: the window is blank" >&2
    fail=1
  elif ! reads_title "$shot" "$lang" "$name"; then
    echo "smoke-windows: FAIL [$name]: the title does not read as $lang text (boxes, or nothing drawn?)" >&2
    fail=1
  fi
  kill "$app" 2>/dev/null || true
  wineserver -k 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}

run kk kk -- --lang kk
run ko ko -- --lang ko
# No --lang and no settings file (a new prefix has no %APPDATA%\koryo-exhibit): the start language must come from the
# Windows locale API (GetUserDefaultLocaleName, which Wine takes from
# LC_MESSAGES). LANGUAGE=en makes the environment say English, so a Korean
# window proves the OS API was asked first.
run os-ko ko LC_MESSAGES=ko_KR.UTF-8 LANGUAGE=en --

echo "smoke-windows: done in $(elapsed "$start")"
exit $fail
