#!/usr/bin/env python3
"""Writes small valid plan files for the fuzzers' seed corpus, straight from schema_v1.sql.

   make_seed_plans.py SCHEMA.sql OUTDIR
"""
import os
import sqlite3
import sys

schema, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
sql = open(schema, encoding="utf-8").read()
for name, lines in (("empty", 0), ("small", 3)):
    path = os.path.join(outdir, f"{name}.planea")
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.execute("PRAGMA application_id = 1347178049")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO plan (id, entity_code, entity_name, term_start_year) VALUES (1, '63111', 'Buenavista', 2028)")
    for i in range(lines):
        cur = db.execute("INSERT INTO strategic_line (sort_order, name) VALUES (?, ?)", (i, f"Línea {i}"))
        line = cur.lastrowid
        db.execute("INSERT INTO line_sector VALUES (?, '22')", (line,))
        cur = db.execute("INSERT INTO program (line_id, code, name) VALUES (?, '2201', 'Educación')", (line,))
        program = cur.lastrowid
        cur = db.execute("INSERT INTO product (program_id, code, name, cost) VALUES (?, '2201028', 'Producto', 1000)", (program,))
        product = cur.lastrowid
        cur = db.execute("INSERT INTO product_indicator (product_id, code, name, term_target) VALUES (?, '220102805', 'Indicador', 4)", (product,))
        indicator = cur.lastrowid
        for year in range(2028, 2032):
            db.execute("INSERT INTO annual_target VALUES (?, ?, 1, 0)", (indicator, year))
            db.execute("INSERT INTO investment VALUES (?, ?, 'RP', 250)", (product, year))
    db.commit()
    db.close()
