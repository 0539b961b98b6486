#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds Planea and then either starts it on the demo
# plan (`run`) or runs every test (`test`). README.md and .ci/run call this script.
#   bash tools/bootstrap.sh run | test
set -euo pipefail

mode=${1:-test}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PLANEA_BUILD_DIR:-$root/build}

packages=(
    build-essential cmake ninja-build ccache pkg-config python3 git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libquazip1-qt6-dev zlib1g-dev libgl-dev libsqlite3-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth poppler-utils
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Instalando dependencias: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANEA_WERROR=ON
cmake --build "$build"

case "$mode" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No hay pantalla gráfica (DISPLAY); Planea se inicia dentro de un servidor X virtual (xvfb-run)."
        exec xvfb-run -a "$build/app/gui/planea" --demo
    fi
    exec "$build/app/gui/planea" --demo
    ;;
test)
    ctest --test-dir "$build" --output-on-failure --timeout 600 --no-tests=error
    ;;
*)
    echo "uso: $0 run|test" >&2
    exit 2
    ;;
esac
