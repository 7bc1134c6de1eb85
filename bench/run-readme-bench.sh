#!/usr/bin/env bash
# Generates 1k, 10k and 100k-entry lists with the project's make-list (bench/syntheticlist.h) and
# runs bench_readme on each in its own process (so peak memory is per size).
# Usage: bench/run-readme-bench.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1000 10000 100000; do
    "$build/bin/make-list" "$n" > "$tmp/list-$n.md"
    "$build/bin/bench_readme" "$tmp/list-$n.md" --runs 5
    echo
done
