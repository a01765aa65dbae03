#!/usr/bin/env bash
# Builds everything a packager hands out into dist/ (emptied first):
#   koryo-VERSION-linux-amd64.tar.xz   koryo_VERSION_amd64.deb
#   koryo-VERSION-windows-amd64.zip    SHA256SUMS
# and, with ARM64=1, koryo-VERSION-linux-arm64.tar.xz and koryo_VERSION_arm64.deb.
# FyneApp.toml must come out unchanged.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
start=$SECONDS
rm -rf dist && mkdir -p dist
scripts/package-linux.sh amd64 dist
if [ "${ARM64:-0}" = 1 ]; then scripts/package-linux.sh arm64 dist; fi
scripts/package-windows.sh dist
(cd dist && sha256sum -- * >SHA256SUMS && sha256sum -c --quiet SHA256SUMS)
git diff --exit-code --stat -- FyneApp.toml || { echo "release: FAIL: FyneApp.toml changed" >&2; exit 1; }
echo "release: dist/ in $(elapsed "$start"):"
ls -l dist
cat dist/SHA256SUMS
