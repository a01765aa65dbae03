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
