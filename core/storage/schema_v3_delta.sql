-- Planea plan file, schema version 3: what version 2 gains.
-- A goal (meta de producto) keeps the entity's own code for it («COD META PRODUCTO» 1…331, or a
-- local code), apart from the MGA indicator code, which several goals may share. Empty for every
-- goal of an older file: the approval fingerprint leaves an empty goal code out, so migrating an
-- approved plan does not change its fingerprint.

ALTER TABLE product_indicator ADD COLUMN goal_code TEXT NOT NULL DEFAULT '';
