#!/usr/bin/env bash
# Builds a Linux package with the fyne CLI and leaves FyneApp.toml as it was
# (fyne package bumps its Build number on success).
set -euo pipefail
fyne="$(go env GOPATH)/bin/fyne"
[ -x "$fyne" ] || go install fyne.io/tools/cmd/fyne@v1.7.4
cp FyneApp.toml /tmp/FyneApp.toml.$$
trap 'cp /tmp/FyneApp.toml.$$ FyneApp.toml; rm -f /tmp/FyneApp.toml.$$' EXIT
"$fyne" package -os linux --release
ls -l ./*.tar.xz
