-- Planea plan file, schema version 4: what version 3 gains.
-- A diagnosis indicator taken from the official figures shipped with Planea
-- (catalogs/diagnostico_*.csv) keeps that catalog's code, and each of its yearly values keeps the
-- department's and the nation's figure for the same year, computed when the plan was created
-- (docs/CALCULATIONS.md «Diagnóstico: departamento y nación»), so that a plan keeps the figures it
-- was built on. Empty code and NULL comparators for every indicator of an older file and for the
-- entity's own indicators; the approval fingerprint leaves an empty code out, so migrating an
-- approved plan does not change its fingerprint.

ALTER TABLE wellbeing_indicator ADD COLUMN official_code TEXT NOT NULL DEFAULT '';
ALTER TABLE indicator_value ADD COLUMN department_value REAL;
ALTER TABLE indicator_value ADD COLUMN nation_value REAL;
