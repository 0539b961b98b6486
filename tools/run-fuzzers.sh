#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS seconds.
#   tools/run-fuzzers.sh [SECONDS] [NAME...]
# NAME (e.g. journal_wal or fuzz_journal_wal) runs only those targets. The total stays within
# PLANEA_FUZZ_TOTAL_SECONDS (default 480, CI's budget): when SECONDS times the number of targets
# is more, each target runs PLANEA_FUZZ_TOTAL_SECONDS / targets seconds instead.
set -euo pipefail
seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PLANEA_FUZZ_BUILD_DIR:-$root/build-fuzz}
total=${PLANEA_FUZZ_TOTAL_SECONDS:-480}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANEA_BUILD_GUI=OFF -DPLANEA_BUILD_TESTS=OFF -DPLANEA_SANITIZE=ON -DPLANEA_FUZZ=ON
cmake --build "$build"
corpus="$build/corpus"
mkdir -p "$corpus/plan_open" "$corpus/journal_wal"
python3 "$root/tests/fuzz/make_seed_plans.py" "$root/core/storage/schema_v1.sql" "$corpus/plan_open"
python3 "$root/tests/fuzz/make_seed_journals.py" "$root/core/storage/schema_v1.sql" "$corpus/journal_wal"
fuzzers=()
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    if [ $# -gt 0 ]; then
        wanted=0
        for only in "$@"; do
            [ "$name" = "$only" ] || [ "$name" = "fuzz_$only" ] && wanted=1
        done
        [ $wanted -eq 1 ] || continue
    fi
    fuzzers+=("$fuzzer")
done
[ ${#fuzzers[@]} -gt 0 ] || { echo "No fuzzer to run in $build/tests/fuzz"; exit 1; }
if [ $((seconds * ${#fuzzers[@]})) -gt "$total" ]; then
    seconds=$((total / ${#fuzzers[@]}))
    [ "$seconds" -ge 1 ] || seconds=1
    echo "-- ${#fuzzers[@]} fuzzers within $total s: $seconds s each"
fi
for fuzzer in "${fuzzers[@]}"; do
    name=$(basename "$fuzzer")
    dir="$corpus/${name#fuzz_}"
    mkdir -p "$dir"
    [ -d "$root/tests/fuzz/corpus/${name#fuzz_}" ] && cp -n "$root/tests/fuzz/corpus/${name#fuzz_}"/* "$dir"/ 2>/dev/null || true
    dict=()
    [ -f "$root/tests/fuzz/$name.dict" ] && dict=(-dict="$root/tests/fuzz/$name.dict")
    echo "-- $name: $seconds s"
    mkdir -p "$build/artifacts"
    status=0
    ASAN_OPTIONS=detect_leaks=0 "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" "${dict[@]}" "$dir" >"$build/$name.log" 2>&1 || status=$?
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|ERROR" "$build/$name.log" || true
    if [ $status -ne 0 ]; then
        echo "El fuzzer $name encontró una falla (código $status); ver $build/$name.log y $build/artifacts/"
        tail -40 "$build/$name.log"
        exit 1
    fi
done
