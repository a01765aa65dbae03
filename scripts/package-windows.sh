#!/usr/bin/env bash
# Builds the Windows release: `fyne package -os windows --release`, cross-
# compiled with mingw-w64 (cgo), with the icon, version and name of
# FyneApp.toml in the exe's resources. FyneApp.toml is left as it was.
#   scripts/package-windows.sh [DIST]      (default dist/)
# Writes build/windows-amd64/koryo.exe and DIST/koryo-VERSION-windows-amd64.zip
# (koryo.exe and the licences). The exe is one self-contained file: it
# imports only DLLs that every Windows 10/11 has (checked below).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
dist=${1:-dist}
start=$SECONDS

scripts/deps.sh windows
fyne=$(fyne_cli)
guard_tree

out=build/windows-amd64
rm -rf "$out" && mkdir -p "$out" "$dist"
# fyne names the exe after FyneApp.toml's Name; a stale one would be reused.
rm -f koryo.exe "Koryo-saram Exhibit.exe"
cleanup_add "rm -f '$root/koryo.exe' '$root/Koryo-saram Exhibit.exe'"

echo "package-windows: building (a cold build takes about 5 minutes)" >&2
CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOOS=windows GOARCH=amd64 CGO_ENABLED=1 \
  "$fyne" package -os windows --release
mv "Koryo-saram Exhibit.exe" "$out/koryo.exe"

# Self-contained: only system DLLs, no libgcc/libwinpthread/libstdc++ beside it.
dlls=$(x86_64-w64-mingw32-objdump -p "$out/koryo.exe" | sed -n 's/^[[:space:]]*DLL Name: //p' | tr '[:upper:]' '[:lower:]' | sort -u | tr "\n" " ")
echo "package-windows: koryo.exe imports: $dlls" >&2
for d in $dlls; do
  case "$d" in
    kernel32.dll | user32.dll | gdi32.dll | shell32.dll | opengl32.dll | winmm.dll | ole32.dll | \
      advapi32.dll | msvcrt.dll | ws2_32.dll | imm32.dll | dwmapi.dll | ntdll.dll | bcrypt.dll | \
      api-ms-win-*.dll | crypt32.dll | shlwapi.dll | comdlg32.dll | oleaut32.dll | uxtheme.dll | \
      setupapi.dll | hid.dll | dinput8.dll | xinput*.dll | userenv.dll | powrprof.dll | iphlpapi.dll | \
      secur32.dll | netapi32.dll | version.dll | mswsock.dll | dbghelp.dll) ;;
    *) echo "package-windows: FAIL: koryo.exe needs $d, which Windows does not ship" >&2; exit 1 ;;
  esac
done

scripts/licenses.sh build/licenses
stage=build/windows-zip/koryo-$version-windows-amd64
rm -rf build/windows-zip && mkdir -p "$stage"
cp "$out/koryo.exe" "$stage/"
cp -r build/licenses "$stage/licenses"
zip="$root/$dist/koryo-$version-windows-amd64.zip"
rm -f "$zip"
(cd build/windows-zip && zip -q -r -X "$zip" "koryo-$version-windows-amd64")
ls -l "$out/koryo.exe" "$zip" >&2
echo "package-windows: done in $(elapsed "$start")" >&2
