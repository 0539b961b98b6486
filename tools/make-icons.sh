#!/usr/bin/env bash
# Renders Planea's application icon (resources/icons/planea.svg) into the PNG sizes that the
# program, the Linux desktop (hicolor theme) and the Windows installer use, and packs the Windows
# .ico. The outputs are committed, so building Planea needs no SVG tools; run this after editing
# the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and python3.
#   tools/make-icons.sh
set -euo pipefail
icons=$(cd "$(dirname "$0")/../resources/icons" && pwd)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" "$icons/planea.svg" -o "$icons/planea-$size.png"
done
# A Windows .ico holding PNG images (Windows Vista and later read them; NSIS too).
python3 - "$icons" <<'PY'
import struct, sys
icons = sys.argv[1]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"{icons}/planea-{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(sizes)
header = struct.pack("<HHH", 0, 1, len(sizes))
entries = b""
for size, data in zip(sizes, images):
    dim = 0 if size >= 256 else size
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{icons}/planea.ico", "wb") as out:
    out.write(header + entries + b"".join(images))
PY
echo "iconos: ${sizes[*]} px y planea.ico en $icons"
