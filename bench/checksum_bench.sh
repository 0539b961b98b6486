#!/usr/bin/env bash
# Cost of the page checksums (docs/STORAGE.md, "Page checksums"): open and edit a 5,000-goal plan
# with the build before them (OLD_CLI, OLD_WRITER) and after (NEW_CLI, NEW_WRITER), interleaved, each
# figure against the process start (`planea-cli --version`) of the same run. Edits are made by the
# crash-safety helper (tests/reliability/crash_writer: PlanStore::open, then N committed edits,
# alternately a new strategic line and a changed plan name); per edit = (N edits − 0 edits) / N.
#   bench/checksum_bench.sh OLD_CLI OLD_WRITER NEW_CLI NEW_WRITER [REPEAT] [EDITS]
# Output: one line per run, "side what wall_ms user_s system_s".
set -euo pipefail
old_cli=$1 old_writer=$2 new_cli=$3 new_writer=$4 repeat=${5:-5} edits=${6:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$old_cli" --data-dir "$work/dd" generate "$work/old.planea" --products 5000 --seed 7 2>/dev/null
"$new_cli" --data-dir "$work/dd" generate "$work/new.planea" --products 5000 --seed 7 2>/dev/null
# Wall milliseconds (date, ns resolution), then user and system CPU seconds (/usr/bin/time).
t() {
    local start end cpu
    start=$(date +%s%N)
    cpu=$(/usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1)
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $cpu" | awk '{ printf "%.1f %s %s", $1 / 1000, $2, $3 }'
}
row() { # label, command...
    local label=$1; shift
    echo "$label $(t "$@")"
}
for i in $(seq "$repeat"); do
    for side in old new; do
        cli=${side}_cli writer=${side}_writer
        cli=${!cli} writer=${!writer}
        row "$side version" "$cli" --version
        row "$side info" "$cli" --data-dir "$work/dd" info "$work/$side.planea"
        row "$side check" "$cli" --data-dir "$work/dd" check "$work/$side.planea"
        cp "$work/$side.planea" "$work/$side-edit.planea"
        row "$side open-rw" "$writer" "$work/$side-edit.planea" 0 0
        row "$side edits" "$writer" "$work/$side-edit.planea" 0 "$edits"
        rm -f "$work/$side-edit.planea"*
    done
    # The one-time conversion of an old plan by the new build (open read-write, no edit).
    cp "$work/old.planea" "$work/convert.planea"
    row "new convert" "$new_writer" "$work/convert.planea" 0 0
    rm -f "$work/convert.planea"*
done
