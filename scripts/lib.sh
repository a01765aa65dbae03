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

# start_xvfb :N starts Xvfb (1920x1080) on display :N, stopped on exit, and
# exports DISPLAY once it answers. A display that is taken fails.
start_xvfb() {
  local disp=$1 pid
  if [ -e "/tmp/.X${disp#:}-lock" ]; then
    echo "display $disp is taken (/tmp/.X${disp#:}-lock): choose another" >&2
    return 1
  fi
  Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  pid=$!
  cleanup_add "kill $pid 2>/dev/null"
  export DISPLAY=$disp
  for _ in $(seq 50); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "Xvfb did not start on $disp" >&2
  return 1
}

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
