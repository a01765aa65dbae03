#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (bookworm) root made with
# debootstrap, as a museum's IT department would (`apt-get install
# ./koryo.deb`, so apt must find every Depends in Debian), checks the
# installed files, runs `koryo --version` there, and then starts the
# installed /usr/bin/koryo there on an X display: the window must appear, be
# titled in Kazakh, not be blank (the checks of scripts/smoke.sh) and carry
# the installed desktop entry's StartupWMClass.
#   scripts/test-deb.sh [DEB] [OUTDIR]
#     DEB     default dist/koryo_VERSION_amd64.deb
#     OUTDIR  default shots/deb: home-kk.png (the window), app-kk.log
# The X server (Xvfb) runs on this machine, on display SMOKE_DISPLAY (97),
# and only its socket is bound into the root: nothing but the .deb and what
# its Depends pull in is installed there, so a library the package forgot
# (GLFW's dlopen()ed X libraries included) makes the window fail.
# The root lives in a temporary folder that is removed afterwards; the
# downloaded .debs are kept in ~/.cache/koryo-debootstrap for the next run.
# DEBIAN_MIRROR overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
deb=${1:-dist/koryo_${version}_amd64.deb}
out=${2:-shots/deb}
[ -f "$deb" ] || { echo "test-deb: no $deb (make package-linux, or make release)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb: needs root (debootstrap, chroot)" >&2; exit 1; }
start=$SECONDS
scripts/deps.sh deb
mkdir -p "$out"

# What to run in the installed system, and what it must print.
check=(koryo --version) expect="^koryo $version\$"

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/koryo-debootstrap
mkdir -p "$cache"
tmp=$(mktemp -d /tmp/koryo-test-deb.XXXXXX)
sysroot=$tmp/root
# umount_under DIR unmounts everything mounted below DIR, deepest first.
# shellcheck disable=SC2317 # run by the EXIT trap
umount_under() {
  findmnt -rn -o TARGET | grep -F "$1/" | sort -r | while read -r m; do umount -l "$m" || true; done
}
# Unmount first; --one-file-system keeps rm out of anything still mounted.
cleanup_add "rm -rf --one-file-system '$tmp'"
cleanup_add "umount_under '$sysroot'"

# Every step has a time limit, so that a stuck mirror or apt cannot hang CI.
t=$SECONDS
timeout 900 debootstrap --variant=minbase --cache-dir="$cache" bookworm "$sysroot" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
  { echo "test-deb: debootstrap failed or took over 900 s (exit $?)" >&2; tail -n 30 "$tmp/debootstrap.log" >&2; exit 1; }
echo "test-deb: bookworm root in $(elapsed "$t") ($(du -sh "$sysroot" | cut -f1))"
mount -t proc proc "$sysroot/proc"
cp "$deb" "$sysroot/tmp/koryo.deb"
# root_cmd SECONDS CMD... sets cmd to CMD run in the root, killed after
# SECONDS; in_root SECONDS CMD... runs it.
root_cmd() {
  local limit=$1
  shift
  cmd=(timeout "$limit" chroot "$sysroot" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root
    DEBIAN_FRONTEND=noninteractive ${DISPLAY:+"DISPLAY=$DISPLAY"} "$@")
}
in_root() {
  local cmd
  root_cmd "$@"
  "${cmd[@]}"
}

t=$SECONDS
in_root 300 apt-get update -qq
in_root 900 apt-get install -y -qq --no-install-recommends /tmp/koryo.deb >"$tmp/apt.log" 2>&1 ||
  { echo "test-deb: apt-get install failed or took over 900 s" >&2; tail -n 30 "$tmp/apt.log" >&2; exit 1; }
echo "test-deb: apt-get install ./koryo.deb in $(elapsed "$t"): $(grep -c '^Unpacking' "$tmp/apt.log") packages unpacked"

fail=0
for f in /usr/bin/koryo /usr/share/applications/org.koryosaram.exhibit.desktop \
  /usr/share/metainfo/org.koryosaram.exhibit.metainfo.xml \
  /usr/share/icons/hicolor/256x256/apps/org.koryosaram.exhibit.png \
  /usr/share/doc/koryo/copyright /usr/share/doc/koryo/LICENSE /usr/share/doc/koryo/THIRD-PARTY-LICENSES \
  /usr/share/doc/koryo/LICENSE-NotoSansKR.txt /usr/lib/systemd/user/koryo-kiosk.service \
  /lib/systemd/system/koryo-cage.service /usr/share/koryo/kiosk/openbox-autostart; do
  [ -e "$sysroot$f" ] || { echo "test-deb: FAIL: $f is not installed" >&2; fail=1; }
done
if in_root 60 ldd /usr/bin/koryo | grep 'not found' >&2; then
  echo "test-deb: FAIL: libraries missing: the .deb's Depends are incomplete" >&2
  fail=1
fi
if out_=$(in_root 60 "${check[@]}" 2>&1) && grep -Eq "$expect" <<<"$out_"; then
  echo "test-deb: ok: \`${check[*]}\` in the installed system: $(grep -E "$expect" <<<"$out_" | head -n1)"
else
  echo "test-deb: FAIL: \`${check[*]}\` in the installed system:"$'\n'"$out_" >&2
  fail=1
fi

# The installed app on this machine's Xvfb, through its socket alone.
disp=":${SMOKE_DISPLAY:-97}"
xvfb_start "$disp"
mkdir -p "$sysroot/tmp/.X11-unix"
touch "$sysroot/tmp/.X11-unix/X${disp#:}"
mount --bind "/tmp/.X11-unix/X${disp#:}" "$sysroot/tmp/.X11-unix/X${disp#:}"
app=""
# shellcheck disable=SC2016 # $app is read when the cleanup runs
cleanup_add '[ -z "$app" ] || kill "$app" 2>/dev/null'
t=$SECONDS
root_cmd 300 /usr/bin/koryo --lang kk
"${cmd[@]}" >"$out/app-kk.log" 2>&1 &
app=$! # timeout's (not a subshell's), which passes a kill on to koryo
# The display is this script's alone: its one visible window is koryo's.
if ! win=$(timeout 60 xdotool search --sync --onlyvisible --classname . 2>/dev/null | head -n1); then
  echo "test-deb: FAIL: the installed koryo showed no window within 60 s" >&2
  cat "$out/app-kk.log" >&2
  fail=1
else
  sleep 3 # let the first frames paint
  shot="$out/home-kk.png"
  size=$(shot_window "$win" "$shot")
  if verdict=$(not_blank "$shot"); then blank=0; else blank=1; fi
  name=$(xdotool getwindowname "$win")
  echo "test-deb: the installed koryo: window \"$name\" $size after $(elapsed "$t"), $verdict -> $shot"
  if [ "$blank" = 1 ]; then
    echo "test-deb: FAIL: the window is blank" >&2
    fail=1
  fi
  if [ "$name" != "$(app_title kk)" ]; then
    echo "test-deb: FAIL: the window is titled \"$name\", not the Kazakh title \"$(app_title kk)\"" >&2
    fail=1
  fi
  class=$(window_class "$win")
  want=$(desktop_wmclass "$sysroot/usr/share/applications/org.koryosaram.exhibit.desktop")
  if [ "$class" != "$want" ]; then
    echo "test-deb: FAIL: WM_CLASS \"$class\", the installed desktop entry's StartupWMClass \"$want\"" >&2
    fail=1
  else
    echo "test-deb: ok: WM_CLASS \"$class\" = the installed desktop entry's StartupWMClass"
  fi
fi
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=""
if grep -q "Fyne error" "$out/app-kk.log"; then
  echo "test-deb: note: the app logged:" >&2
  grep "Fyne error" "$out/app-kk.log" | head -n 5 >&2
fi

in_root 300 apt-get remove -y -qq koryo >/dev/null 2>&1 || { echo "test-deb: FAIL: apt-get remove koryo" >&2; fail=1; }
[ -e "$sysroot/usr/bin/koryo" ] && { echo "test-deb: FAIL: /usr/bin/koryo left after remove" >&2; fail=1; }
echo "test-deb: done in $(elapsed "$start")"
exit $fail
