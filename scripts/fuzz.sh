#!/usr/bin/env bash
# Runs every fuzz target of app/ and cli/ for FUZZTIME each (default 2m), one
# after another with one worker (-parallel 1), and prints per target the
# execs and new interesting inputs of its last progress line. Exits 1 when
# a target fails: go keeps the failing input in the package's
# testdata/fuzz/<Target>/, where `go test` runs it from then on. Every
# target holds each input to 1 s and 64 MB (app/internal/fuzzcheck).
#   scripts/fuzz.sh                     every target
#   scripts/fuzz.sh FuzzLoad FuzzRead   only these
# FUZZTIME=30s for shorter runs. FUZZMINIMIZE (default 10s) caps the time go
# spends shrinking each new input (its default, 60 s, stalls short runs).
# KEEP=N copies up to N of a run's new interesting inputs (of 4 KB or less,
# spread over their sizes) into testdata/fuzz/<Target>/ as seeds, never past
# 20 files there: review them before committing (many only reach a corner of
# the TOML or JSON decoder). Each target's output is in build/fuzz/<Target>.log.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"
export CGO_ENABLED=0
FUZZTIME=${FUZZTIME:-2m}
FUZZMINIMIZE=${FUZZMINIMIZE:-10s}
KEEP=${KEEP:-0}
logs=build/fuzz
mkdir -p "$logs"

# targets prints "package-folder Target" for every fuzz target (or those named).
targets() {
  grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' app cli |
    sed 's|^\(.*\)/[^/]*_test.go:func |\1 |' | sort -u |
    while read -r dir name; do
      if [ $# -eq 0 ] || [[ " $* " == *" $name "* ]]; then echo "$dir $name"; fi
    done
}

# keep copies up to KEEP inputs of target $2 in folder $1 newer than $3.
keep() {
  local dir=$1 name=$2 since=$3 cache seeds room
  cache="$($GO env GOCACHE)/fuzz/$($GO list "./$dir")/$name"
  seeds="$dir/testdata/fuzz/$name"
  [ -d "$cache" ] || return 0
  mkdir -p "$seeds"
  room=$((20 - $(find "$seeds" -type f | wc -l)))
  room=$((room < KEEP ? room : KEEP))
  [ "$room" -gt 0 ] || return 0
  local -a found
  mapfile -t found < <(find "$cache" -type f -newer "$since" -size -4097c -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
  local n=${#found[@]} i
  for ((i = 0; i < room && i < n; i++)); do
    cp "${found[$((i * n / room))]}" "$seeds/"
  done
}

fail=0
printf '%-16s %-16s %12s %16s  %s\n' package target execs "new interesting" result
while read -r dir name; do
  log=$logs/$name.log
  since=$(mktemp)
  cleanup_add "rm -f '$since'"
  result=ok
  if ! $GO test "./$dir" -run '^$' -fuzz "^$name\$" -fuzztime "$FUZZTIME" \
    -fuzzminimizetime "$FUZZMINIMIZE" -parallel 1 >"$log" 2>&1; then
    result="FAIL (see $log)"
    fail=1
  fi
  last=$(grep 'fuzz: elapsed: .*execs: ' "$log" | tail -n1 || true)
  execs=$(sed -n 's/.*execs: \([0-9]*\).*/\1/p' <<<"$last")
  new=$(sed -n 's/.*new interesting: \([0-9]*\).*/\1/p' <<<"$last")
  printf '%-16s %-16s %12s %16s  %s\n' "$dir" "$name" "${execs:-?}" "${new:-?}" "$result"
  if [ "$result" != ok ]; then
    grep -A20 -e '--- FAIL' -e 'Failing input' "$log" | head -n 40 >&2 || tail -n 20 "$log" >&2
  elif [ "$KEEP" -gt 0 ]; then
    keep "$dir" "$name" "$since"
  fi
done < <(targets "$@")
exit "$fail"
