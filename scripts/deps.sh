#!/usr/bin/env bash
# Installs the system packages a target needs when they are missing:
#   scripts/deps.sh            X11/GL headers for Fyne's desktop driver (cgo)
#   scripts/deps.sh test       the same, plus Xvfb, xdotool, ImageMagick, zbar
#                              and xprop for the screenshot check of `make test`
#   scripts/deps.sh GROUP...   any of the groups below (packaging, smoke tests)
# Uses sudo when not root. Debian/Ubuntu (apt) only; elsewhere it says what
# to install and carries on. Runs `apt-get update` once, and only when
# something is missing.
set -euo pipefail

pkgs=(xorg-dev libgl1-mesa-dev pkg-config gcc)
arm64=0
for group in "$@"; do
  case "$group" in
    build) ;;
    test) pkgs+=(xvfb xdotool imagemagick zbar-tools x11-utils) ;;
    # make package-windows: the mingw-w64 C compiler for cgo, zip
    windows) pkgs+=(gcc-mingw-w64-x86-64 zip) ;;
    # make smoke-windows: Wine (64-bit), Xvfb, screenshots, the GL it draws with,
    # the locale sources that localedef compiles for Wine, unzip for the release zip
    wine) pkgs+=(wine wine64 gcc-mingw-w64-x86-64 xvfb xdotool imagemagick x11-utils libgl1-mesa-dri locales unzip) ;;
    # make smoke-windows: reading the title back from the screenshot
    ocr) pkgs+=(tesseract-ocr tesseract-ocr-kor tesseract-ocr-kaz tesseract-ocr-rus) ;;
    # make package-linux: xz for the tarball, the binary's linkage, AppStream check
    linux) pkgs+=(xz-utils binutils file dpkg-dev imagemagick appstream desktop-file-utils) ;;
    # make package-arm64: the cross compiler and arm64 X11/GL headers (multiarch)
    arm64) arm64=1 ;;
    # make test-deb: a clean Debian 12 root, and an X server and screenshots
    # for the installed app
    deb) pkgs+=(debootstrap xvfb xdotool imagemagick x11-utils) ;;
    # make verify-units: systemd-analyze
    units) pkgs+=(systemd) ;;
    lint) pkgs+=(shellcheck) ;;
    # scripts/bench-fleet.sh: /usr/bin/time
    time) pkgs+=(time) ;;
    *) echo "deps: unknown group $group" >&2; exit 2 ;;
  esac
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
updated=0
# On an arm64 machine (a Raspberry Pi) the native packages above are enough.
if [ "$arm64" = 1 ] && [ "$(dpkg --print-architecture 2>/dev/null)" != arm64 ]; then
  pkgs+=(gcc-aarch64-linux-gnu libc6-dev:arm64 libx11-dev:arm64 libxcursor-dev:arm64
    libxrandr-dev:arm64 libxinerama-dev:arm64 libxi-dev:arm64 libxxf86vm-dev:arm64
    libxext-dev:arm64 libgl-dev:arm64)
  if command -v dpkg >/dev/null && ! dpkg --print-foreign-architectures | grep -qx arm64; then
    echo "deps: adding the arm64 architecture to dpkg (multiarch)" >&2
    $sudo dpkg --add-architecture arm64
    $sudo apt-get update -qq
    updated=1
  fi
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
echo "deps: installing ${missing[*]}" >&2
[ "$updated" = 1 ] || $sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
