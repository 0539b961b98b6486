#!/usr/bin/env python3
"""Builds catalogs/sectores_mga.csv, mga_programas.csv and mga_productos.csv from the public copy of
DNP's MGA catalog in ../shared/catalogs/mga (see catalogs/SOURCES.md). Codes and names are copied as
they are; only the sector names get a display form in sentence case. Run from the project root:
    python3 tools/build_mga_catalog.py /path/to/shared/catalogs/mga
"""
import csv
import sys
from pathlib import Path

VERIFIED = "copia pública del catálogo MGA (anterior a 2024)"
# Sentence case lowers every word but the first; these stay capitalised because they are names.
PROPER = {"república": "República", "red-i": "Red-i"}
# The source spells sector 45 «GOBIERNO TERRRITORIAL»; the display name corrects the typing error.
TYPOS = {"terrritorial": "territorial"}


def sentence_case(upper_name: str) -> str:
    words = upper_name.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        w = TYPOS.get(w, w)
        w = PROPER.get(w, w)
        if i == 0:
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    src = Path(sys.argv[1])
    out = Path("catalogs")
    sectors = read(src / "sectores.csv")
    programs = read(src / "programas.csv")
    products = read(src / "productos.csv")
    sector_codes = {s["codigo"] for s in sectors}
    program_codes = {p["codigo"] for p in programs}
    assert all(p["sector"] in sector_codes for p in programs)
    assert all(p["programa"] in program_codes for p in products)
    write(out / "sectores_mga.csv", ["codigo", "nombre", "nombre_fuente", "verificacion"],
          [[s["codigo"], sentence_case(s["nombre"]), s["nombre"], VERIFIED] for s in sectors])
    write(out / "mga_programas.csv", ["codigo", "nombre", "codigo_sector", "verificacion"],
          [[p["codigo"], p["nombre"], p["sector"], VERIFIED] for p in programs])
    write(out / "mga_productos.csv",
          ["codigo", "nombre", "codigo_programa", "descripcion", "unidad", "activo"],
          # No per-row «verificacion»: every row has the same origin (SOURCES.md), and 4,307 copies of
          # it were 40 % of the file the program parses at every start.
          [[p["codigo"], p["nombre"], p["programa"], "", "", "Sí"] for p in products])
    print(len(sectors), len(programs), len(products))


if __name__ == "__main__":
    main()
