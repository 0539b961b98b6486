#!/usr/bin/env python3
"""Writes seed inputs for fuzz_journal_wal: a plan and what a crash or another tool leaves beside
it, made by SQLite itself from a plan built from schema_v1.sql (as make_seed_plans.py does).

   make_seed_journals.py SCHEMA.sql OUTDIR

Each input is one flags byte, then (flag 8) the plan's length in 4 bytes little-endian, the plan,
and the -journal (flag 1 clear) or -wal (flag 1 set); flags 2 and 4 choose a read-only open and
one that leaves the folder as it is (see fuzz_journal_wal.cpp).
"""
import os
import shutil
import sqlite3
import struct
import sys
import tempfile

schema, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
sql = open(schema, encoding="utf-8").read()
work = tempfile.mkdtemp()


def read(path):
    with open(path, "rb") as f:
        return f.read()


def plan(path):
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.execute("PRAGMA application_id = 1347178049")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO plan (id, entity_code, entity_name, term_start_year) VALUES (1, '63111', 'Buenavista', 2028)")
    for i in range(3):
        db.execute("INSERT INTO strategic_line (sort_order, name) VALUES (?, ?)", (i, f"Línea {i}"))
    db.commit()
    db.close()


def seed(name, flags, plan_bytes, companion):
    for extra in (0, 2, 4 | 2):
        with open(os.path.join(outdir, f"{name}-{flags | extra}"), "wb") as f:
            f.write(bytes([8 | flags | extra]) + struct.pack("<I", len(plan_bytes)) + plan_bytes + companion)


base = os.path.join(work, "base.planea")
plan(base)

# A save cut off: a transaction larger than the page cache spills pages into the plan after
# syncing its journal; the plan and the (hot) journal are copied while it is still open.
cut = os.path.join(work, "cut.planea")
shutil.copy(base, cut)
db = sqlite3.connect(cut, isolation_level=None)
db.execute("PRAGMA journal_mode = DELETE")
db.execute("PRAGMA synchronous = FULL")
db.execute("PRAGMA cache_size = 4")
db.execute("BEGIN")
for i in range(40):
    db.execute("INSERT INTO strategic_line (sort_order, name, description) VALUES (?, ?, ?)", (i, f"Nueva {i}", "x" * 1500))
db.execute("UPDATE strategic_line SET description = 'cambiada' WHERE sort_order < 3")
journal = read(cut + "-journal")
assert journal[:8] == bytes.fromhex("d9d505f920a163d7"), "the journal is not hot"
seed("hot-journal", 0, read(cut), journal)
db.execute("ROLLBACK")
db.close()

# A WAL made on a copy switched to WAL mode: beside the rollback-journal plan it is stray (moved
# aside); beside its own WAL-mode copy it holds that copy's edits.
walplan = os.path.join(work, "wal.planea")
shutil.copy(base, walplan)
db = sqlite3.connect(walplan, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(3):
    db.execute("INSERT INTO strategic_line (sort_order, name) VALUES (?, ?)", (10 + i, f"En el WAL {i}"))
wal = read(walplan + "-wal")
seed("stray-wal", 1, read(base), wal)
seed("wal-mode", 1, read(walplan), wal)
db.close()
shutil.rmtree(work)
