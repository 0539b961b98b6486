#!/usr/bin/env python3
"""Writes the sample KPT 2024-2027 workbooks of tests/core/test_kpt_workbook.cpp.

They imitate a workbook exported by DNP's KPT (no Planea sheet): two header rows on
"PLAN INDICATIVO - PRODUCTOS" with its 86 columns (DOMAIN.md §3.1), a merged group header, codes with
stray spaces and line breaks, numbers stored as text, "NP", a totals row. Only the standard
library. Run from anywhere: python3 tests/data/kpt/make_kpt_samples.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NSR = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_DATE = (2026, 1, 1, 0, 0, 0)

SOURCES = ["Recursos propios", "SGP Educación", "SGP Salud", "SGP Deporte", "SGP Cultura",
           "SGP Libre inversión", "SGP Libre destinación", "SGP Alimentación escolar",
           "SGP Municipios río Magdalena", "SGP APSB", "Crédito",
           "Transferencias de cofinanciación - Departamento", "Transferencias de cofinanciación - Nación", "Otros"]


def col_name(c):
    name = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(r, c, v):
    ref = f"{col_name(c)}{r + 1}"
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'


def sheet_xml(rows, merges=()):
    data = "".join(f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                   for r, row in enumerate(rows))
    m = ""
    if merges:
        m = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{x}"/>' for x in merges) + "</mergeCells>"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS} {NSR}><sheetData>{data}</sheetData>{m}</worksheet>'


def write_book(name, sheets):
    """sheets: list of (name, rows, merges)."""
    wb = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _, _) in enumerate(sheets))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {NSR}><sheets>{wb}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
    }
    for i, (_, rows, merges) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = sheet_xml(rows, merges)
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, FIXED_DATE), text.encode("utf-8"))


def product_headers(start):
    t = ["Código DANE", "Entidad territorial", "Nombre del plan", "Código línea", "Código indicador de producto",
         "Línea estratégica", "Código sector", "Sector", "Código programa", "Programa", "Código producto", "Producto",
         "Código indicador de producto MGA", "Indicador de producto", "Personalización del indicador",
         "Unidad de medida", "Meta cuatrienio", "Principal", "Código ODS", "ODS", "Tipo de acumulación"]
    t += [f"Programación {start + i}" for i in range(4)]
    for i in range(4):
        t += [f"{s} {start + i}" for s in SOURCES] + [f"Total {start + i}"]
    t.append("BPIN")
    assert len(t) == 86
    groups = [None] * 86
    groups[0] = "META DE PRODUCTO"
    groups[21] = "PROGRAMACIÓN FÍSICA"
    for i in range(4):
        groups[25 + 15 * i] = f"RECURSOS {start + i}"
    return groups, t


def product_row(line_code, line, prog_code, prog, prod_code, prod, ind_code, ind, unit, target, main, ods, acc,
                years, money=None, bpin=None):
    row = ["63272", "Filandia", "Plan de Desarrollo Filandia 2024-2027", line_code, None, line, prog_code[:2], None,
           prog_code, prog, prod_code, prod, ind_code, ind, None, unit, target, main, ods, None, acc] + list(years)
    row += [None] * 60
    for (year_index, source_index), amount in (money or {}).items():
        row[25 + 15 * year_index + source_index] = amount
    for y in range(4):
        values = [row[25 + 15 * y + s] for s in range(14)]
        if any(v is not None for v in values):
            row[25 + 15 * y + 14] = sum(float(str(v).replace(".", "")) if isinstance(v, str) else v
                                        for v in values if v is not None)
    row.append(bpin)
    return row


def main():
    groups, titles = product_headers(2024)
    rows = [groups, titles,
            product_row("1", "Filandia saludable", "1905", "Salud pública", "1905031", "Servicio de promoción",
                        "190503100", "Campañas realizadas", "Número", 8, "Sí", 3, "Acumulado", [2, 2, 2, 2],
                        {(0, 0): 10_000_000, (0, 2): 40_000_000, (1, 2): 42_000_000}, "2024632720001"),
            # Codes with a stray space and a line break; the target written as text; NP.
            product_row("1", "Filandia saludable", "19 05", "Salud pública", "1905031\n", "Servicio de promoción",
                        " 190503101", "Personas atendidas", "Número", "1.200", "No", 3, "flujo", ["NP", 400, 400, "400"]),
            product_row("2", "Filandia educada", "2201", "Calidad educativa", "2201052", "Sedes dotadas",
                        "220105200", "Sedes educativas dotadas", "Número", 4, "Sí", 4, "Capacidad", [1, 1, 1, 1],
                        {(0, 1): "25.000.000", (2, 10): 100_000_000}),
            # A totals row: no product, no indicator.
            [None] * 10 + ["TOTAL"] + [None] * 14 + [10_000_000, 25_000_000, 40_000_000],
            ]
    lines = [["Código DANE", "Entidad territorial", "Nombre del plan", "Código línea estratégica", "Línea estratégica",
              "Descripción"],
             ["63272", "Filandia", "Plan de Desarrollo Filandia 2024-2027", 1, "Filandia saludable",
              "Salud y bienestar para todos"],
             ["63272", "Filandia", "Plan de Desarrollo Filandia 2024-2027", 2, "Filandia educada", "Educación de calidad"]]
    wellbeing = [["Código DANE", "Entidad territorial", "Línea estratégica", "Consecutivo", "Indicador de resultado",
                  "Unidad de medida", "Línea base", "Año línea base", "Meta cuatrienio", "Fuente", "Está en el PND",
                  "Transformación PND", "Código ODS"],
                 ["63272", "Filandia", "Filandia saludable", 1, "Tasa de mortalidad infantil", "Tasa", 12.5, 2022, 10,
                  "DANE", "No", None, 3]]
    sgr = [["Consecutivo", "Línea estratégica", "Tipo de iniciativa", "Sector MGA", "Iniciativa",
            "Recursos SGR indicativos", "BPIN"],
           ["ISGR-1", "Filandia educada", "Proyecto", "22 - Educación", "Dotación de sedes rurales", 350_000_000, None]]
    sgr_products = [[None] * 30, titles[:21] + ["Iniciativa SGR"]]
    merges = ["A1:U1", "V1:Y1"] + [f"{col_name(25 + 15 * i)}1:{col_name(39 + 15 * i)}1" for i in range(4)]
    write_book("kpt_municipio.xlsx", [("LÍNEAS ESTRATÉGICAS", lines, []), ("INDICADORES DE RESULTADO", wellbeing, []),
                                      ("INICIATIVAS SGR", sgr, []), ("PLAN INDICATIVO - PRODUCTOS", rows, merges),
                                      ("PLAN INDICATIVO SGR", sgr_products, [])])

    bad = [groups, titles,
           product_row("1", "Filandia saludable", "1905", "Salud pública", "1905031", "Servicio de promoción",
                       "190503100", "Campañas realizadas", "Número", 8, "Sí", 3, "Acumulado", [2, 2, 2, 2]),
           product_row("1", "Filandia saludable", "1905", "Salud pública", "1905031", "Servicio de promoción",
                       "190503101", "Personas atendidas", "Número", 8, "Sí", 3, "Sumatoria rara", [2, 2, 2, 2])]
    write_book("kpt_bad_row.xlsx", [("PLAN INDICATIVO - PRODUCTOS", bad, [])])
    write_book("kpt_wrong_columns.xlsx", [("PLAN INDICATIVO - PRODUCTOS", [["Código", "Nombre"], ["x", "y"]], [])])
    write_book("kpt_no_products_sheet.xlsx", [("LÍNEAS ESTRATÉGICAS", lines, [])])
    # A workbook that does not say which entity it is for (the GUI asks; the CLI needs --dane).
    anonymous = [groups, titles, rows[2][:]]
    anonymous[2][0] = anonymous[2][1] = None
    write_book("kpt_sin_entidad.xlsx", [("PLAN INDICATIVO - PRODUCTOS", anonymous, [])])


if __name__ == "__main__":
    main()
