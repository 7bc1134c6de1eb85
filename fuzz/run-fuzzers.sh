#!/bin/sh
# Builds the libFuzzer targets and runs each for a while (fuzz/README.md).
#
#   fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]
#
# SECONDS_PER_TARGET defaults to 30, BUILD_DIR to build-fuzz beside the source tree. The build
# directory is configured (clang, -DCURATOR_FUZZ=ON) when it is not a fuzz build yet. Each target
# starts from a copy of its corpus in a temporary directory: the repository's fuzz/corpus is never
# written to. Crash, hang and out-of-memory inputs are kept in BUILD_DIR/fuzz-artifacts/<target>/,
# each target's log in BUILD_DIR/fuzz-logs/. The exit status is 1 when any target failed.
#
# Environment: FUZZ_TARGETS (names, space separated) runs only those; FUZZ_ARGS adds libFuzzer
# options to every run; CC and CXX (default clang, clang++) configure a new build directory.
set -eu

seconds=${1:-30}
src=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$src/../build-fuzz}
mkdir -p "$build"
build=$(cd "$build" && pwd)

all_targets="fuzz_readmereader fuzz_readmeio fuzz_identifier fuzz_arxivfeed fuzz_crossref
fuzz_csl fuzz_citationmeta fuzz_dropclassifier fuzz_textmerge fuzz_changesummary"
targets=${FUZZ_TARGETS:-$all_targets}

# Largest input per target, and the dictionary that speaks its format.
max_len() {
    case $1 in
        fuzz_identifier) echo 1024 ;;
        fuzz_dropclassifier) echo 4096 ;;
        fuzz_textmerge) echo 8192 ;;
        fuzz_citationmeta | fuzz_changesummary) echo 16384 ;;
        *) echo 32768 ;; # the seed README is 25 KB, the fixtures' bodies up to 25 KB
    esac
}
dict() {
    case $1 in
        fuzz_arxivfeed) echo xml.dict ;;
        fuzz_crossref | fuzz_csl) echo json.dict ;;
        fuzz_citationmeta) echo html.dict ;;
        *) echo markdown.dict ;;
    esac
}

if ! grep -q '^CURATOR_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$src" -B "$build" -G Ninja -DCURATOR_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
fi
# shellcheck disable=SC2086 # one argument per target
cmake --build "$build" --target $targets

work=$(mktemp -d "${TMPDIR:-/tmp}/curator-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$build/fuzz-logs"

# Sanitizer findings abort, so that libFuzzer keeps the input. libFuzzer checks for leaks too
# (an input whose run allocates more than it frees is run again under LeakSanitizer).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"

status=0
summary="$work/summary"
printf '%-20s %7s %11s %8s %7s %7s %s\n' target seconds executions exec/s cov ft crashes >"$summary"
for t in $targets; do
    corpus="$work/$t"
    mkdir -p "$corpus" "$build/fuzz-artifacts/$t"
    cp "$src/fuzz/corpus/$t/"* "$corpus/"
    log="$build/fuzz-logs/$t.log"
    echo "== $t: $seconds s"
    touch "$work/$t.start"
    rc=0
    # shellcheck disable=SC2086 # FUZZ_ARGS holds several options
    "$build/bin/$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
        -dict="$src/fuzz/dict/$(dict "$t")" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" ${FUZZ_ARGS:-} \
        "$corpus" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    crashes=0
    if [ "$rc" -ne 0 ]; then
        crashes=$(find "$build/fuzz-artifacts/$t" -type f -newer "$work/$t.start" 2>/dev/null | wc -l)
        [ "$crashes" -gt 0 ] || crashes=1
        status=1
        echo "   FAILED (exit $rc): see $log; inputs in $build/fuzz-artifacts/$t/"
        grep -E 'invariant broken|ERROR: |runtime error|ASSERT' "$log" | head -n 3 | sed 's/^/   /'
    fi
    printf '%-20s %7s %11s %8s %7s %7s %s\n' "$t" "$seconds" "${execs:-?}" "${rate:-?}" \
        "${cov:-?}" "${ft:-?}" "$crashes" >>"$summary"
done
echo
cat "$summary"
exit "$status"
