#!/usr/bin/env bash
# Runs `systemd-analyze verify` on every systemd unit in deploy/, as the
# files are shipped: in a throw-away root holding this machine's systemd
# units and stand-ins for /usr/bin/koryo and /usr/bin/cage (verify insists
# that ExecStart's program exists). User units are checked there too, and
# once more by the user manager's rules (systemd-analyze --user), which has
# no --root: that copy points ExecStart at the stand-in.
#   scripts/verify-units.sh
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
scripts/deps.sh units

tmp=$(mktemp -d /tmp/koryo-verify-units.XXXXXX)
cleanup_add "rm -rf '$tmp'"
r=$tmp/root
mkdir -p "$r/usr/bin" "$r/usr/lib/systemd" "$r/etc" "$r/run"
cp -a /usr/lib/systemd/system /usr/lib/systemd/user "$r/usr/lib/systemd/"
ln -s usr/lib "$r/lib"
ln -s usr/bin "$r/bin"
for b in koryo cage; do
  printf '#!/bin/sh\nexit 0\n' >"$r/usr/bin/$b"
  chmod 755 "$r/usr/bin/$b"
done
cp /usr/bin/env "$r/usr/bin/env"

fail=0
n=0
for unit in deploy/*.service deploy/*.socket deploy/*.timer deploy/*.target deploy/*.path; do
  [ -e "$unit" ] || continue
  name=$(basename "$unit")
  n=$((n + 1))
  # A user unit says so in its header comment ("systemd user service").
  user=0
  grep -qi '^# systemd user service' "$unit" && user=1
  cp "$unit" "$r/usr/lib/systemd/system/$name"
  if out=$(systemd-analyze verify --root="$r" "$name" 2>&1) && [ -z "$out" ]; then
    echo "verify-units: ok   $unit"
  else
    echo "verify-units: FAIL $unit"$'\n'"$out" >&2
    fail=1
  fi
  rm -f "$r/usr/lib/systemd/system/$name"
  if [ "$user" = 1 ]; then
    sed "s|/usr/bin/koryo|$r/usr/bin/koryo|g" "$unit" >"$tmp/$name"
    if out=$(XDG_RUNTIME_DIR=$r/run systemd-analyze --user verify "$tmp/$name" 2>&1) && [ -z "$out" ]; then
      echo "verify-units: ok   $unit (as a user unit)"
    else
      echo "verify-units: FAIL $unit (as a user unit)"$'\n'"$out" >&2
      fail=1
    fi
  fi
done
[ "$n" -gt 0 ] || { echo "verify-units: no units in deploy/" >&2; exit 1; }
echo "verify-units: $n unit(s) checked"
exit $fail
