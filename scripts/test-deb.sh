#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (bookworm) root made with
# debootstrap, as a museum's IT department would (`apt-get install
# ./koryo.deb`, so apt must find every Depends in Debian), then checks the
# installed files and runs koryo there.
#   scripts/test-deb.sh [DEB]      (default dist/koryo_VERSION_amd64.deb)
# The root lives in a temporary folder that is removed afterwards; the
# downloaded .debs are kept in ~/.cache/koryo-debootstrap for the next run.
# DEBIAN_MIRROR overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
deb=${1:-dist/koryo_${version}_amd64.deb}
[ -f "$deb" ] || { echo "test-deb: no $deb (make package-linux)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb: needs root (debootstrap, chroot)" >&2; exit 1; }
start=$SECONDS
scripts/deps.sh deb

# What to run in the installed system, and what it must print.
check=(koryo --version) expect="^koryo $version\$"

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/koryo-debootstrap
mkdir -p "$cache"
tmp=$(mktemp -d /tmp/koryo-test-deb.XXXXXX)
root=$tmp/root
# Unmount first; --one-file-system keeps rm out of anything still mounted.
cleanup_add "rm -rf --one-file-system '$tmp'"
cleanup_add "umount '$root/proc' 2>/dev/null"

t=$SECONDS
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
  { tail -n 30 "$tmp/debootstrap.log" >&2; exit 1; }
echo "test-deb: bookworm root in $(elapsed "$t") ($(du -sh "$root" | cut -f1))"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/koryo.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

t=$SECONDS
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/koryo.deb >"$tmp/apt.log" 2>&1 ||
  { tail -n 30 "$tmp/apt.log" >&2; exit 1; }
echo "test-deb: apt-get install ./koryo.deb in $(elapsed "$t"): $(grep -c '^Unpacking' "$tmp/apt.log") packages unpacked"

fail=0
for f in /usr/bin/koryo /usr/share/applications/org.koryosaram.exhibit.desktop \
  /usr/share/metainfo/org.koryosaram.exhibit.metainfo.xml \
  /usr/share/icons/hicolor/256x256/apps/org.koryosaram.exhibit.png \
  /usr/share/doc/koryo/copyright /usr/share/doc/koryo/LICENSE /usr/share/doc/koryo/THIRD-PARTY-LICENSES \
  /usr/share/doc/koryo/LICENSE-NotoSansKR.txt /usr/lib/systemd/user/koryo-kiosk.service \
  /lib/systemd/system/koryo-cage.service /usr/share/koryo/kiosk/openbox-autostart; do
  [ -e "$root$f" ] || { echo "test-deb: FAIL: $f is not installed" >&2; fail=1; }
done
if in_root ldd /usr/bin/koryo | grep 'not found' >&2; then
  echo "test-deb: FAIL: libraries missing: the .deb's Depends are incomplete" >&2
  fail=1
fi
if out=$(in_root "${check[@]}" 2>&1) && grep -Eq "$expect" <<<"$out"; then
  echo "test-deb: ok: \`${check[*]}\` in the installed system: $(grep -E "$expect" <<<"$out" | head -n1)"
else
  echo "test-deb: FAIL: \`${check[*]}\` in the installed system:"$'\n'"$out" >&2
  fail=1
fi
in_root apt-get remove -y -qq koryo >/dev/null 2>&1 || { echo "test-deb: FAIL: apt-get remove koryo" >&2; fail=1; }
[ -e "$root/usr/bin/koryo" ] && { echo "test-deb: FAIL: /usr/bin/koryo left after remove" >&2; fail=1; }
echo "test-deb: done in $(elapsed "$start")"
exit $fail
