# shellcheck shell=bash
# Sourced by the packaging and test scripts: the repository's root, the
# version, the fyne CLI, and one EXIT trap that runs every cleanup a script
# registers (last registered, first run).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1

# The version is kept in one place: FyneApp.toml's [Details] Version.
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -n1)
: "${version:?FyneApp.toml has no Version}"
export version

GO=${GO:-go}
FYNE_VERSION=v1.7.4
NFPM_VERSION=${NFPM_VERSION:-v2.48.0}

_cleanups=()
cleanup_add() { _cleanups+=("$1"); }
_run_cleanups() {
  local i
  for ((i = ${#_cleanups[@]} - 1; i >= 0; i--)); do
    eval "${_cleanups[$i]}" || true
  done
}
trap _run_cleanups EXIT
# Stopped by Ctrl+C, kill or a closed pipe, a script exits, so that the
# cleanups run (bash skips the EXIT trap when a signal ends it).
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

# fyne_cli prints the path of the pinned fyne CLI, installing it if needed.
fyne_cli() {
  local fyne
  fyne="$($GO env GOPATH)/bin/fyne"
  if ! [ -x "$fyne" ] || ! "$fyne" version 2>/dev/null | grep -q "${FYNE_VERSION#v}"; then
    $GO install "fyne.io/tools/cmd/fyne@$FYNE_VERSION" >&2
  fi
  echo "$fyne"
}

# guard_tree makes the fyne CLI's side effects disappear whatever happens:
# `fyne package` bumps Build in FyneApp.toml (and rewrites its layout), and
# fyne build/package drop fyne_metadata_init.go and fyne.syso into the tree
# while they run (an interrupted run would leave them behind).
guard_tree() {
  local saved
  saved=$(mktemp)
  cp FyneApp.toml "$saved"
  cleanup_add "cp '$saved' '$root/FyneApp.toml'; rm -f '$saved' '$root/fyne_metadata_init.go' '$root/fyne.syso'"
}

# elapsed prints the seconds since $1 (a value of $SECONDS).
elapsed() { echo "$((SECONDS - $1))s"; }

# Screenshot checks, shared by smoke.sh, smoke-windows.sh and test-deb.sh
# (Xvfb, xdotool and ImageMagick: scripts/deps.sh test).

# shot_window WIN FILE takes a screenshot of window WIN as it is on the
# screen (what covers it too) and prints its size, e.g. 1280x800.
shot_window() {
  # shellcheck disable=SC2034 # all six are set by xdotool's --shell output
  local WIDTH HEIGHT X Y SCREEN WINDOW
  eval "$(xdotool getwindowgeometry --shell "$1")"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$2"
  echo "${WIDTH}x${HEIGHT}"
}

# not_blank FILE prints the picture's number of colours and the standard
# deviation of its grey levels, and fails when it is blank: fewer than 16
# colours or a deviation under 0.02 (one flat colour, or nothing drawn).
not_blank() {
  local colours spread
  colours=$(identify -format '%k' "$1")
  spread=$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  echo "$colours colours, grey deviation $spread"
  [ "$colours" -ge 16 ] && awk "BEGIN{exit !($spread >= 0.02)}"
}

# app_title LANG prints the exhibit's title in LANG, as the catalogue has it
# (AppTitle in locales/active.LANG.toml): the window is titled with it.
app_title() {
  awk -v RS='' -v FS='\n' '/^\[AppTitle\]/ { for (i = 1; i <= NF; i++) if ($i ~ /^other = /) { sub(/^other = "/, "", $i); sub(/"$/, "", $i); print $i } }' "$root/locales/active.$1.toml"
}

# desktop_wmclass FILE prints a desktop entry's StartupWMClass, which the
# window's WM_CLASS must match for docks to pair the window with its launcher.
desktop_wmclass() {
  sed -n 's/^StartupWMClass=//p' "$1"
}

# window_class WIN prints the class part of window WIN's WM_CLASS (xprop,
# x11-utils): WM_CLASS(STRING) = "instance", "class".
window_class() {
  xprop -id "$1" WM_CLASS | sed -n 's/^WM_CLASS([A-Z_]*) = "[^"]*", "\(.*\)"$/\1/p'
}

# xvfb_start DISPLAY [SIZE] starts Xvfb on DISPLAY (":95") with one screen
# of SIZE (default 1920x1080), refuses a display that is taken, exports
# DISPLAY, waits until X answers and registers Xvfb's stop. Shared by the
# smoke tests, test-deb, soak-kill and longrun. -noreset: by default X resets
# itself when its last client leaves (the app killed, xdotool done), and a
# client that connects meanwhile fails ("Failed to open display").
xvfb_start() {
  local disp=$1 size=${2:-1920x1080} pid
  if [ -e "/tmp/.X${disp#:}-lock" ]; then
    echo "display $disp is taken (/tmp/.X${disp#:}-lock)" >&2
    return 1
  fi
  Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
  pid=$!
  cleanup_add "kill $pid 2>/dev/null; wait $pid 2>/dev/null"
  export DISPLAY=$disp
  for _ in $(seq 50); do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || break # (an X server that was just leaving may still answer)
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
  done
  echo "Xvfb on $disp did not start" >&2
  return 1
}

# app_window PID SECONDS prints the largest visible window of process PID
# (GLFW may map a tiny helper window too), waiting up to SECONDS for one.
app_window() {
  # shellcheck disable=SC2034 # set by the eval of xdotool's --shell output
  local pid=$1 deadline=$((SECONDS + $2)) w best area max WIDTH HEIGHT X Y SCREEN WINDOW
  while [ "$SECONDS" -lt "$deadline" ]; do
    best="" max=0
    for w in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do
      eval "$(xdotool getwindowgeometry --shell "$w" 2>/dev/null)" || continue
      area=$((WIDTH * HEIGHT))
      if [ "$area" -gt "$max" ]; then best=$w max=$area; fi
    done
    if [ -n "$best" ]; then echo "$best"; return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}
