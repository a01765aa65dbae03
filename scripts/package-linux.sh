#!/usr/bin/env bash
# Builds the Linux release for one architecture:
#   scripts/package-linux.sh [amd64|arm64] [DIST]      (default amd64, dist/)
# 1. `fyne build --release` (stripped, -trimpath, FyneApp.toml's metadata);
#    arm64 is cross-compiled with aarch64-linux-gnu-gcc and Debian's arm64
#    X11/GL development packages (multiarch).
# 2. A staging tree laid out as /usr: bin/koryo, the desktop entry, the icon
#    in share/icons/hicolor/<size>/apps, the AppStream metainfo, the licences
#    in share/doc/koryo, the systemd units and the kiosk files from deploy/.
#    The desktop entry and metainfo are validated.
# 3. DIST/koryo-VERSION-linux-ARCH.tar.xz: that tree and a Makefile
#    (sudo make install, PREFIX=/usr/local by default).
# 4. DIST/koryo_VERSION_ARCH.deb, built by nfpm (packaging/linux/nfpm.yaml),
#    after checking that its Depends name every library the binary links.
# FyneApp.toml is left as it was.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
arch=${1:-amd64}
dist=${2:-dist}
start=$SECONDS
case "$arch" in
  amd64) groups=(linux) triplet=x86_64-linux-gnu ;;
  arm64) groups=(linux arm64) triplet=aarch64-linux-gnu ;;
  *) echo "package-linux: unknown architecture $arch (amd64 or arm64)" >&2; exit 2 ;;
esac
scripts/deps.sh "${groups[@]}"
fyne=$(fyne_cli)
guard_tree
mkdir -p "$dist"

# 1. The binary.
bin=build/linux-$arch/koryo
mkdir -p "$(dirname "$bin")"
rm -f "$bin"
t=$SECONDS
if [ "$arch" = arm64 ] && [ "$(uname -m)" != aarch64 ]; then
  CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ GOARCH=arm64 CGO_ENABLED=1 \
    PKG_CONFIG_LIBDIR=/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig \
    "$fyne" build --release -o "$bin"
else
  GOARCH=$arch CGO_ENABLED=1 "$fyne" build --release -o "$bin"
fi
echo "package-linux: $bin built in $(elapsed "$t"): $(file -b "$bin" | cut -d, -f1-2,6-)" >&2

# 2. The staging tree (/usr layout).
stage=build/stage-$arch
rm -rf "$stage"
install -D -m 755 "$bin" "$stage/bin/koryo"
install -D -m 644 packaging/linux/org.koryosaram.exhibit.desktop "$stage/share/applications/org.koryosaram.exhibit.desktop"
install -D -m 644 packaging/linux/org.koryosaram.exhibit.metainfo.xml "$stage/share/metainfo/org.koryosaram.exhibit.metainfo.xml"
for size in 512 256 128 64 48 32; do
  d="$stage/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$d"
  if [ "$size" = 512 ]; then
    cp assets/icon.png "$d/org.koryosaram.exhibit.png"
  else
    convert assets/icon.png -resize "${size}x${size}" -strip "$d/org.koryosaram.exhibit.png"
  fi
done
scripts/licenses.sh "$stage/share/doc/koryo"
install -D -m 644 deploy/koryo-kiosk.service "$stage/lib/systemd/user/koryo-kiosk.service"
install -D -m 644 deploy/koryo-cage.service "$stage/lib/systemd/system/koryo-cage.service"
for f in koryo-kiosk.desktop openbox-autostart lightdm-autologin.conf; do
  install -D -m 644 "deploy/$f" "$stage/share/koryo/kiosk/$f"
done
install -m 644 docs/kiosk.md "$stage/share/koryo/kiosk/README.md"

desktop-file-validate "$stage/share/applications/org.koryosaram.exhibit.desktop"
appstreamcli validate --no-net "$stage/share/metainfo/org.koryosaram.exhibit.metainfo.xml" >&2
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' packaging/linux/org.koryosaram.exhibit.metainfo.xml | head -n1)
if [ "$newest" != "$version" ]; then
  echo "package-linux: FAIL: the metainfo's newest release is $newest, FyneApp.toml says $version: add a <release>" >&2
  exit 1
fi

# 3. The tarball.
name=koryo-$version-linux-$arch
tardir=build/tar-$arch/$name
rm -rf "build/tar-$arch" && mkdir -p "$tardir"
cp -a "$stage/." "$tardir/"
cp packaging/linux/Makefile "$tardir/Makefile"
tarball="$dist/$name.tar.xz"
tar -C "build/tar-$arch" --owner=0 --group=0 --numeric-owner --sort=name -cJf "$tarball" "$name"

# 4. The .deb. Its Depends (packaging/linux/nfpm.yaml) must name the package
# of every shared library the binary needs, as dpkg-shlibdeps finds them.
needed=$(objdump -p "$bin" | sed -n 's/^ *NEEDED *//p' | sort -u | tr '\n' ' ')
shlib=$(
  d=$(mktemp -d)
  mkdir -p "$d/debian"
  printf 'Source: koryo\n\nPackage: koryo\nArchitecture: any\n' >"$d/debian/control"
  cp "$bin" "$d/koryo"
  (cd "$d" && DEB_HOST_ARCH=$arch DEB_HOST_MULTIARCH=$triplet dpkg-shlibdeps -O -e koryo 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
  rm -rf "$d"
)
[ -n "$shlib" ] || { echo "package-linux: FAIL: dpkg-shlibdeps found nothing for $bin" >&2; exit 1; }
# GLFW loads the X extension libraries with dlopen: their names are strings
# in the binary, their packages are found through this machine's copies.
dlopened=$(strings -a "$bin" | grep -E '^libX[A-Za-z0-9-]*\.so\.[0-9]+$' | sort -u | tr '\n' ' ')
dlpkgs=$(for so in $dlopened; do dpkg -S "/usr/lib/$triplet/$so" 2>/dev/null | head -n1 | cut -d: -f1; done | sort -u | tr "\n" " ")
listed=$(sed -n '/^depends:/,/^[a-z]/s/^  - \([a-z0-9.+-]*\).*/\1/p' packaging/linux/nfpm.yaml | sort -u)
wanted=$( (tr ',' '\n' <<<"$shlib" | sed 's/^ *//; s/ .*//'; tr ' ' '\n' <<<"$dlpkgs") | grep . | sort -u)
echo "package-linux: koryo links $needed-> $shlib; loads $dlopened-> $dlpkgs" >&2
if [ "$(wc -w <<<"$dlopened")" -ne "$(wc -w <<<"$dlpkgs")" ]; then
  echo "package-linux: FAIL: no package found for some of $dlopened (scripts/deps.sh installs them)" >&2
  exit 1
fi
missing=$(comm -13 <(echo "$listed") <(echo "$wanted"))
if [ -n "$missing" ]; then
  echo "package-linux: FAIL: packaging/linux/nfpm.yaml's depends lacks: $missing (dpkg-shlibdeps says: $shlib)" >&2
  exit 1
fi
deb="$dist/koryo_${version}_$arch.deb"
rm -f "$deb"
STAGE="$root/$stage" VERSION=$version ARCH=$arch \
  $GO run "github.com/goreleaser/nfpm/v2/cmd/nfpm@$NFPM_VERSION" package \
  --config packaging/linux/nfpm.yaml --packager deb --target "$deb" >&2
dpkg-deb --info "$deb" | sed -n '/Package:/,$p' >&2
ls -l "$bin" "$tarball" "$deb" >&2
echo "package-linux: done in $(elapsed "$start")" >&2
