#!/bin/sh
# koryo's postrm: let a running systemd forget the removed units.
set -e
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload >/dev/null 2>&1 || true
fi
exit 0
