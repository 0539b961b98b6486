#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS seconds.
#   tools/run-fuzzers.sh [SECONDS]
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PLANEA_FUZZ_BUILD_DIR:-$root/build-fuzz}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANEA_BUILD_GUI=OFF -DPLANEA_BUILD_TESTS=OFF -DPLANEA_SANITIZE=ON -DPLANEA_FUZZ=ON
cmake --build "$build"
corpus="$build/corpus"
mkdir -p "$corpus/plan_open"
python3 "$root/tests/fuzz/make_seed_plans.py" "$root/core/storage/schema_v1.sql" "$corpus/plan_open"
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    dir="$corpus/${name#fuzz_}"
    mkdir -p "$dir"
    [ -d "$root/tests/fuzz/corpus/${name#fuzz_}" ] && cp -n "$root/tests/fuzz/corpus/${name#fuzz_}"/* "$dir"/ 2>/dev/null || true
    echo "-- $name: $seconds s"
    mkdir -p "$build/artifacts"
    status=0
    ASAN_OPTIONS=detect_leaks=0 "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" "$dir" >"$build/$name.log" 2>&1 || status=$?
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|ERROR" "$build/$name.log" || true
    if [ $status -ne 0 ]; then
        echo "El fuzzer $name encontró una falla (código $status); ver $build/$name.log y $build/artifacts/"
        tail -40 "$build/$name.log"
        exit 1
    fi
done
