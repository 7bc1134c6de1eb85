#!/usr/bin/env bash
# Fails when a translation is unfinished, or when the sources hold a string that a .ts file does
# not: lupdate runs into a temporary copy, and any message it adds shows up as unfinished there.
# Usage: check-ts.sh LUPDATE SOURCES_LIST TS_FILE...
set -euo pipefail
lupdate=$1
sources=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$@"; do
    name=$(basename "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        echo "FAIL: $name has $unfinished unfinished and $vanished vanished messages"
        status=1
    fi
    cp "$ts" "$tmp/$name"
    "$lupdate" -silent -no-obsolete "@$sources" -ts "$tmp/$name" > "$tmp/lupdate.log" 2>&1 || {
        cat "$tmp/lupdate.log"; status=1; continue; }
    added=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
    gone=$(grep -c -E 'type="(vanished|obsolete)"' "$tmp/$name" || true)
    if [ "$added" -ne "$unfinished" ]; then
        echo "FAIL: the sources hold $((added - unfinished)) string(s) that $name lacks:"
        diff <(grep -o '<source>[^<]*</source>' "$ts" | sort -u) \
             <(grep -o '<source>[^<]*</source>' "$tmp/$name" | sort -u) | grep '^>' | head -20
        status=1
    fi
    messages=$(grep -c '<message' "$ts" || true)
    echo "$name: $messages messages, $unfinished unfinished, $((added - unfinished)) missing from the sources' strings"
done
if [ $status -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $status
