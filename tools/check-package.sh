#!/usr/bin/env bash
# Builds the Debian package from a finished build and proves it works without the build tree:
# cpack -G DEB, unpack the .deb with dpkg-deb -x into a temporary root, check its files, and run
# planea-cli --version, demo and info (and planea --version, offscreen) from there, with no
# LD_LIBRARY_PATH. Needs dpkg-dev (dpkg-shlibdeps computes Depends). .ci/run calls it.
#   tools/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?uso: $0 BUILD_DIR}" && pwd)
[ -f "$build/CPackConfig.cmake" ] || { echo "$build no es una carpeta de compilación de Planea" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/run" # Qt asks for it even offscreen
mkdir -m 700 "$XDG_RUNTIME_DIR"
fail() { echo "check-package: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB falló"; }
deb=$(find "$work/pkg" -name "planea_${version}_*.deb" | head -n1)
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; fail "no se produjo planea_${version}_*.deb"; }

control=$(dpkg-deb -f "$deb")
echo "$control" | grep -q "^Package: planea$" || fail "el paquete no se llama planea"
echo "$control" | grep -q "^Version: $version$" || fail "la versión del paquete no es $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libquazip1-qt6 libc6; do
    echo "$depends" | grep -q "$lib" || fail "Depends no incluye $lib: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/planea usr/bin/planea-cli \
    usr/share/applications/co.planea.Planea.desktop usr/share/metainfo/co.planea.Planea.metainfo.xml \
    usr/share/mime/packages/co.planea.Planea.xml usr/share/icons/hicolor/scalable/apps/co.planea.Planea.svg \
    usr/share/doc/planea/copyright usr/share/man/man1/planea.1 usr/share/man/man1/planea-cli.1; do
    [ -s "$root/$f" ] || fail "falta $f en el paquete"
done
for size in 16 22 24 32 48 64 128 256 512; do
    [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/co.planea.Planea.png" ] || fail "falta el ícono de $size px"
done
for exe in planea planea-cli; do
    if readelf -d "$root/usr/bin/$exe" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$exe conserva un RPATH de la compilación"
    fi
    if ldd "$root/usr/bin/$exe" | grep -q "not found"; then
        fail "$exe: bibliotecas no encontradas: $(ldd "$root/usr/bin/$exe" | grep 'not found')"
    fi
done

cli="$root/usr/bin/planea-cli"
[ "$("$cli" --version)" = "planea-cli $version" ] || fail "planea-cli --version no dice $version"
[ "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/planea" --version)" = "Planea $version" ] \
    || fail "planea --version no dice $version"
"$cli" demo "$work/demo.planea" --data-dir "$work/data" >/dev/null || fail "planea-cli demo falló"
info=$("$cli" info "$work/demo.planea" --data-dir "$work/data") || fail "planea-cli info falló"
echo "$info" | grep -q "Buenavista" || fail "planea-cli info no muestra el plan de demostración: $info"

echo "paquete correcto: $(basename "$deb"), $(stat -c %s "$deb") bytes; $(du -sk "$root" | cut -f1) KiB instalados"
