#!/usr/bin/env python3
"""Writes the sample .xlsx workbooks of tests/core/test_xlsx_reader.cpp and test_import_catalog.cpp.

Only the standard library: each workbook is a zip of hand-written SpreadsheetML parts, so every
case (shared and inline strings, rich text, dates, errors, merged cells, broken parts) is exactly
what the test says. Run from anywhere: python3 tests/data/xlsx/make_samples.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NSR = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_DATE = (2026, 1, 1, 0, 0, 0)  # reproducible zip timestamps

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

# Style 0: general; 1: built-in date 14; 2: custom "dd/mm/yyyy"; 3: custom time "hh:mm" (not a date);
# 4: custom "[Red]0.00" (a number whose colour bracket has a "d").
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}>
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="hh:mm"/>
<numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
</styleSheet>"""


def workbook_xml(names, date1904=False):
    sheets = "".join(f'<sheet name="{escape(n, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                     for i, n in enumerate(names))
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {NSR}>{pr}<sheets>{sheets}</sheets></workbook>'


def workbook_rels(count, shared=True, styles=True):
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                   for i in range(count))
    if shared:
        rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rIdT" Type="{REL}/styles" Target="/xl/styles.xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')


def shared_strings_xml(items):
    """items: plain strings, or raw XML for an <si> (rich text) when they start with '<'."""
    body = "".join(i if i.startswith("<") else f"<si><t xml:space=\"preserve\">{escape(i)}</t></si>" for i in items)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


def sheet_xml(rows, merges=()):
    """rows: {row number: raw <c> XML list}."""
    data = "".join(f'<row r="{r}">{"".join(cells)}</row>' for r, cells in sorted(rows.items()))
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS} {NSR}><sheetData>{data}</sheetData>{merge}</worksheet>'


def write_zip(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts.items():
            info = zipfile.ZipInfo(path, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def workbook(name, sheets, shared=None, date1904=False, extra=None, drop=()):
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
             "xl/workbook.xml": workbook_xml([n for n, _ in sheets], date1904),
             "xl/_rels/workbook.xml.rels": workbook_rels(len(sheets), shared is not None),
             "xl/styles.xml": STYLES}
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared_strings_xml(shared)
    for i, (_, xml) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = xml
    parts.update(extra or {})
    for d in drop:
        parts.pop(d, None)
    write_zip(name, parts)


def s(ref, index):
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def n(ref, value, style=0):
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>' if style else f'<c r="{ref}"><v>{value}</v></c>'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def basic():
    shared = ["Código", "Nombre", "Meta cuatrienio",
              "<si><r><rPr><b/></rPr><t>Educación </t></r><r><t>de calidad</t></r>"
              "<rPh sb=\"0\" eb=\"1\"><t>IGNORAR</t></rPh></si>",
              "Indicadores 2028–2031", "  con espacios  "]
    datos = {
        1: [s("A1", 4), '<c r="B1" s="0"/>', '<c r="C1"/>'],  # merged A1:C1, B1 and C1 styled but empty
        2: [s("A2", 0), s("B2", 1), s("C2", 2)],
        3: [n("A3", "2201021"), s("B3", 3), n("C3", "12.5")],
        4: [inline("A4", "Ñandú «inline»"), f'<c r="B4" t="b"><v>1</v></c>', '<c r="C4" t="b"><v>0</v></c>'],
        5: ['<c r="A5" t="e"><v>#DIV/0!</v></c>', '<c r="B5" t="str"><f>A2&amp;"x"</f><v>Códigox</v></c>',
            n("C5", "-3.25E+2")],
        6: [n("A6", "46023", 1), n("B6", "45352.75", 2), n("C6", "0.5", 3), n("D6", "61", 1), n("E6", "59", 1),
            n("F6", "60", 1), n("G6", "7.5", 4)],
        9: [s("E9", 5)],  # sparse: rows 7-8 absent, only column E
        10: ['<c r="AB10" t="inlineStr"><is><r><t>rico </t></r><r><t>inline</t></r></is></c>'],
    }
    segunda = {1: [inline("A1", "Hoja dos")], 2: [n("A2", "1"), n("B2", "2")]}
    workbook("basic.xlsx", [("Datos", sheet_xml(datos, ["A1:C1", "A7:B8"])), ("Segunda", sheet_xml(segunda)),
                            ("Vacía", sheet_xml({}))], shared)
    # The same data under the 1904 date system (Excel for Mac before 2011).
    workbook("date1904.xlsx", [("Fechas", sheet_xml({1: [n("A1", "0", 1), n("B1", "44561", 1)]}))], None,
             date1904=True)


HEADER = ["Sector", "Programa", "Producto", "Descripción del producto", "Unidad de medida del producto",
          "Producto activo", "Código del indicador", "Indicador de producto", "Unidad de medida del indicador",
          "Indicador principal", "Indicador activo"]
# The rows of tests/data/catalog/mga_v1.csv; codes as numbers where DNP's workbook has numbers.
ROWS = [
    ["22 - Educación", "2201 - Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media",
     "2201051 - Infraestructura educativa construida", "Sedes educativas construidas", "Número", "Sí", 220105100,
     "Sedes educativas nuevas construidas", "Número", "Sí", "Sí"],
    ["22 - Educación", "2201 - Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media",
     "2201052 - Infraestructura educativa mejorada", "Sedes educativas construidas", "Número", "Sí", 220105200,
     "Sedes educativas mejoradas", "Número", "No", "Sí"],
    ["45 - Gobierno territorial", "4501 - Fortalecimiento de la convivencia y la seguridad ciudadana",
     "4501048 - Producto de prueba de convivencia", None, "Número", "Sí", 450104800, "Estrategias implementadas",
     "Número", "Sí", "Sí"],
    [45, 4501, "4501028 - Producto de prueba de seguridad", None, "Número", "Si", 450102800,
     "Cámaras de seguridad instaladas", "Número", "si", "SI"],
    ["24 - Transporte", "2402 - Infraestructura red vial regional", "2402041 - Producto de prueba vial",
     'Texto con "comillas" y ; separador\nen dos líneas', "Kilómetros", "Sí", 240204112, "Vía terciaria pavimentada",
     "Kilómetros", "Sí", "Sí"],
    [32, 3203, 3203050, None, "Hectáreas", "Sí", 320305000, "Áreas protegidas", "Hectáreas", "Sí", "Sí"],
]


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def catalog(name, rows, bad=None):
    strings = []

    def sidx(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    notes = {1: [s("A1", sidx("Catálogo de productos MGA — notas de la descarga"))]}
    data = {1: [s("A1", sidx("DEPARTAMENTO NACIONAL DE PLANEACIÓN — Catálogo de Productos"))],
            3: [s(f"{col(i)}3", sidx(h)) for i, h in enumerate(HEADER)]}
    for r, row in enumerate(rows, start=4):
        cells = []
        for i, v in enumerate(row):
            ref = f"{col(i)}{r}"
            if (r, i) == bad:
                v = "Quizás"
            if v is None:
                continue
            cells.append(n(ref, v) if isinstance(v, int) else s(ref, sidx(v)))
        data[r] = cells
    data[len(rows) + 6] = []  # an empty row at the end, as DNP's files have
    workbook(name, [("Notas", sheet_xml(notes)), ("Catálogo MGA", sheet_xml(data, ["A1:K1"]))], strings)


def bad_files():
    write_zip("no_workbook.xlsx", {"readme.txt": "solo un texto"})
    with open(os.path.join(HERE, "not_zip.xlsx"), "wb") as f:
        f.write(bytes((i * 37 + 11) % 256 for i in range(600)))
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with open(os.path.join(HERE, "basic.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    workbook("missing_shared.xlsx", [("Hoja1", sheet_xml({1: [s("A1", 0)]}))], None)
    workbook("malformed.xlsx", [("Hoja1", sheet_xml({1: [n("A1", "1")]}).replace("</row>", "</rowx>"))], None)
    workbook("bad_reference.xlsx", [("Hoja1", sheet_xml({1: [n("A1", "1"), n("1A", "2")]}))], None)
    workbook("missing_sheet_part.xlsx", [("Hoja1", sheet_xml({})), ("Perdida", sheet_xml({}))], None,
             drop=["xl/worksheets/sheet2.xml"])
    workbook("bad_number.xlsx", [("Hoja1", sheet_xml({2: [n("C2", "doce")]}))], None)
    # A workbook whose list of sheets is empty (a damaged or hand-made file).
    workbook("no_sheets.xlsx", [], None)
    # A cell in the last column on each of 1,000 rows: 16 million cell slots from a 2 KB file.
    workbook("far_cells.xlsx", [("Hoja1", sheet_xml({r: [n(f"XFD{r}", "1")] for r in range(1, 1001)}))], None)
    # 2 MB of spaces inside a sheet: compresses to a few KB (tests lower the per-part limit).
    workbook("big_part.xlsx", [("Hoja1", sheet_xml({1: [n("A1", "1")]}).replace("<sheetData>", "<sheetData>" + " " * 2_000_000))], None)


if __name__ == "__main__":
    basic()
    catalog("catalog.xlsx", ROWS)
    catalog("catalog_bad_row.xlsx", ROWS, bad=(7, 5))  # sheet row 7, column F "Producto activo"
    bad_files()
    # Seeds for the fuzzer: small valid and broken workbooks.
    seeds = os.path.join(HERE, "..", "..", "fuzz", "corpus", "xlsx_reader")
    os.makedirs(seeds, exist_ok=True)
    for seed in ["basic.xlsx", "date1904.xlsx", "catalog.xlsx", "missing_shared.xlsx", "malformed.xlsx",
                 "bad_reference.xlsx", "truncated.xlsx"]:
        with open(os.path.join(HERE, seed), "rb") as src, open(os.path.join(seeds, seed), "wb") as dst:
            dst.write(src.read())
