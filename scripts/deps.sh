#!/usr/bin/env bash
# Installs the system packages the build needs when they are missing:
#   scripts/deps.sh        X11/GL headers for Fyne's desktop driver (cgo)
#   scripts/deps.sh test   the same, plus Xvfb, xdotool and ImageMagick for
#                          the screenshot check of `make test`
# Uses sudo when not root. Debian/Ubuntu (apt) only; elsewhere it says what
# to install and carries on.
set -euo pipefail

pkgs=(xorg-dev libgl1-mesa-dev pkg-config gcc)
if [ "${1:-}" = test ]; then
  pkgs+=(xvfb xdotool imagemagick)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "deps: please install the equivalents of: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
