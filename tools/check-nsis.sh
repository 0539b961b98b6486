#!/usr/bin/env bash
# Proves on Linux that the Windows installer script compiles: stages a placeholder program folder
# with the real file names (what `cmake --install` + windeployqt produce on Windows), generates the
# install/uninstall file lists with packaging/windows/NsisFileList.cmake, and compiles
# packaging/windows/planea.nsi with Debian's makensis (package nsis). The placeholders are empty,
# so the installer produced is not usable; it only shows that the script, its includes, the icon
# and the licence page are right. Also checks that a staged portable.txt is refused.
#   tools/check-nsis.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v makensis >/dev/null || { echo "falta makensis (apt-get install nsis)" >&2; exit 1; }
version=$(sed -n '/^project(Planea/,/)/s/^ *VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ -n "$version" ] || { echo "no encontré VERSION en project() de CMakeLists.txt" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/stage"
mkdir -p "$stage"/{platforms,styles,sqldrivers,imageformats,generic,networkinformation,tls,translations}
for f in planea.exe planea-cli.exe \
    Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll Qt6PrintSupport.dll Qt6Charts.dll \
    Qt6OpenGL.dll Qt6OpenGLWidgets.dll Qt6Svg.dll D3Dcompiler_47.dll opengl32sw.dll \
    quazip1-qt6.dll zlib1.dll vcruntime140.dll vcruntime140_1.dll msvcp140.dll msvcp140_1.dll \
    concrt140.dll LICENSE.txt \
    platforms/qwindows.dll styles/qwindowsvistastyle.dll sqldrivers/qsqlite.dll \
    imageformats/qico.dll imageformats/qjpeg.dll imageformats/qsvg.dll generic/qtuiotouchplugin.dll \
    networkinformation/qnetworklistmanager.dll tls/qschannelbackend.dll \
    translations/qt_es.qm translations/qtbase_es.qm; do
    printf 'placeholder %s\n' "$f" > "$stage/$f"
done

cmake -DSTAGE_DIR="$stage" -DOUT_DIR="$work" -P "$root/packaging/windows/NsisFileList.cmake"
out="$work/Planea-$version-instalador-win64.exe"
makensis -V2 -DVERSION="$version" -DSTAGE_DIR="$stage" -DLISTS_DIR="$work" \
    -DICON="$root/resources/icons/planea.ico" -DLICENSE_FILE="$root/LICENSE" -DOUT_FILE="$out" \
    "$root/packaging/windows/planea.nsi"
[ "$(head -c 2 "$out")" = "MZ" ] || { echo "makensis no produjo un ejecutable de Windows" >&2; exit 1; }
files=$(grep -c '^File ' "$work/install-files.nsh")
deletes=$(grep -c '^Delete ' "$work/uninstall-files.nsh")
[ "$files" -eq "$deletes" ] || { echo "el desinstalador no borra lo mismo que instala ($files/$deletes)" >&2; exit 1; }
if grep -qi 'RMDir /r' "$work/uninstall-files.nsh" "$root/packaging/windows/planea.nsi"; then
    echo "el desinstalador no debe borrar carpetas enteras (RMDir /r)" >&2; exit 1
fi

# portable.txt belongs to the portable ZIP only.
printf 'x\n' > "$stage/portable.txt"
if cmake -DSTAGE_DIR="$stage" -DOUT_DIR="$work" -P "$root/packaging/windows/NsisFileList.cmake" >/dev/null 2>&1; then
    echo "NsisFileList.cmake aceptó portable.txt en el instalador" >&2; exit 1
fi
echo "instalador NSIS compilado: Planea $version, $files archivos, $(stat -c %s "$out") bytes"
