-- Planea plan file, schema version 2: what version 1 gains (schema_v1.sql stays as it was).
-- The audit trail: who changed what and when. PlanStore writes one row per changed field in the
-- same transaction as the edit, so the log can never disagree with the plan. Rows of deleted
-- items stay (no foreign keys). Not part of the plan's content: the approval fingerprint and the
-- documents never read it.

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    row_id     INTEGER,
    row_key    TEXT NOT NULL DEFAULT '',
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT,
    label      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_item ON audit_log (table_name, row_id, row_key);
