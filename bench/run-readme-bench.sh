#!/usr/bin/env bash
# Generates 1k, 10k and 100k-entry lists with shared/bench/make-list.py and runs bench_readme on
# each in its own process (so peak memory is per size). Usage: bench/run-readme-bench.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shared=${CURATOR_SHARED:-$root/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1000 10000 100000; do
    python3 "$shared/bench/make-list.py" "$n" > "$tmp/list-$n.md"
    "$build/bin/bench_readme" "$tmp/list-$n.md" --runs 5
    echo
done
