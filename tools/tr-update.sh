#!/usr/bin/env bash
# Refresh resources/translations/planea_es.ts from the sources and apply every translation pair
# file in resources/translations/pairs/*.tsv ("context<TAB>English<TAB>Spanish" per line).
# Serialised with flock so that several people can run it at once.
#   tools/tr-update.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ts="$root/resources/translations/planea_es.ts"
exec 9>/tmp/planea-ts.lock
flock 9
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -locations none -no-obsolete "$root/core" "$root/ui" "$root/app" -ts "$ts"
for pairs in "$root"/resources/translations/pairs/*.tsv; do
    python3 "$root/tools/ts.py" fill "$ts" "$pairs" >/dev/null
done
python3 "$root/tools/ts.py" unfinished "$ts" | sed 's/^/sin traducir: /'
