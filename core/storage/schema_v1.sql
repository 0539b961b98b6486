-- Planea plan file, schema version 1.
-- One row per plan fact. Money columns are INTEGER pesos. Codes (sources, sectors, enums) are the
-- stable codes of catalogs/ and core/domain/Enums.cpp.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE plan (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    entity_code             TEXT NOT NULL,
    entity_name             TEXT NOT NULL,
    department_code         TEXT NOT NULL DEFAULT '',
    department_name         TEXT NOT NULL DEFAULT '',
    entity_type             TEXT NOT NULL DEFAULT 'MUNICIPIO',
    category                TEXT NOT NULL DEFAULT '',
    plan_name               TEXT NOT NULL DEFAULT '',
    term_start_year         INTEGER NOT NULL CHECK (term_start_year BETWEEN 1990 AND 2200),
    term_start_date         TEXT,
    head_of_government      TEXT NOT NULL DEFAULT '',
    workflow_state          TEXT NOT NULL DEFAULT 'BORRADOR',
    progress_period         TEXT NOT NULL DEFAULT 'ANUAL',
    catalog_version         TEXT NOT NULL DEFAULT '',
    government_program_text TEXT NOT NULL DEFAULT '',
    is_demo                 INTEGER NOT NULL DEFAULT 0,
    adoption_act            TEXT NOT NULL DEFAULT '',
    adoption_date           TEXT,
    fingerprint             TEXT NOT NULL DEFAULT '',
    version                 INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE office (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE team_member (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    position   TEXT NOT NULL DEFAULT '',
    office     TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    is_leader  INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE checklist_item (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0,
    evidence   TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE milestone (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL UNIQUE,
    actual_date TEXT,
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE strategic_line (
    id          INTEGER PRIMARY KEY,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight      REAL
);

CREATE TABLE line_sector (
    line_id     INTEGER NOT NULL REFERENCES strategic_line(id) ON DELETE CASCADE,
    sector_code TEXT NOT NULL,
    PRIMARY KEY (line_id, sector_code)
);

CREATE TABLE wellbeing_indicator (
    id             INTEGER PRIMARY KEY,
    line_id        INTEGER REFERENCES strategic_line(id) ON DELETE SET NULL,
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL DEFAULT '',
    sector_code    TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL DEFAULT 'AUMENTAR',
    sdg            INTEGER CHECK (sdg BETWEEN 1 AND 17),
    pnd_code       INTEGER,
    is_prioritized INTEGER NOT NULL DEFAULT 0,
    is_own         INTEGER NOT NULL DEFAULT 0,
    baseline       REAL,
    baseline_year  INTEGER,
    target         REAL,
    sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator_value (
    indicator_id INTEGER NOT NULL REFERENCES wellbeing_indicator(id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    value        REAL NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE problem (
    id                  INTEGER PRIMARY KEY,
    line_id             INTEGER REFERENCES strategic_line(id) ON DELETE SET NULL,
    sector_code         TEXT NOT NULL DEFAULT '',
    problem             TEXT NOT NULL,
    causes              TEXT NOT NULL DEFAULT '',
    effects             TEXT NOT NULL DEFAULT '',
    affected_population TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE characterization (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    title   TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT ''
);

CREATE TABLE financial_record (
    source_code TEXT NOT NULL,
    year        INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('HISTORICO', 'PROYECCION')),
    amount      INTEGER NOT NULL,
    PRIMARY KEY (source_code, year, kind)
);

CREATE TABLE program (
    id         INTEGER PRIMARY KEY,
    line_id    INTEGER NOT NULL REFERENCES strategic_line(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    objective  TEXT NOT NULL DEFAULT '',
    is_own     INTEGER NOT NULL DEFAULT 0,
    weight     REAL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX program_line ON program(line_id);

CREATE TABLE product (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    is_own     INTEGER NOT NULL DEFAULT 0,
    cost       INTEGER NOT NULL DEFAULT 0,
    bpin       TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX product_program ON product(program_id);

CREATE TABLE product_indicator (
    id                      INTEGER PRIMARY KEY,
    product_id              INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    code                    TEXT NOT NULL,
    name                    TEXT NOT NULL,
    custom_label            TEXT NOT NULL DEFAULT '',
    unit                    TEXT NOT NULL DEFAULT '',
    is_own                  INTEGER NOT NULL DEFAULT 0,
    is_main                 INTEGER NOT NULL DEFAULT 1,
    baseline                REAL,
    term_target             REAL NOT NULL DEFAULT 0,
    accumulation            TEXT NOT NULL DEFAULT 'ACUMULADO',
    trend                   TEXT NOT NULL DEFAULT 'INCREMENTO',
    sdg                     INTEGER CHECK (sdg BETWEEN 1 AND 17),
    responsible_office_id   INTEGER REFERENCES office(id) ON DELETE SET NULL,
    weight                  REAL,
    wellbeing_indicator_id  INTEGER REFERENCES wellbeing_indicator(id) ON DELETE SET NULL,
    population_focus        TEXT NOT NULL DEFAULT '',
    sort_order              INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX product_indicator_product ON product_indicator(product_id);

CREATE TABLE annual_target (
    indicator_id   INTEGER NOT NULL REFERENCES product_indicator(id) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    value          REAL,
    not_programmed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator_id, year)
);

CREATE TABLE investment (
    product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    source_code TEXT NOT NULL,
    amount      INTEGER NOT NULL,
    PRIMARY KEY (product_id, year, source_code)
);

CREATE TABLE progress (
    indicator_id  INTEGER NOT NULL REFERENCES product_indicator(id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    period        INTEGER NOT NULL DEFAULT 0 CHECK (period BETWEEN 0 AND 4),
    value         REAL,
    evidence      TEXT NOT NULL DEFAULT '',
    evidence_link TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (indicator_id, year, period)
);

CREATE TABLE budget_execution (
    product_id    INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    source_code   TEXT NOT NULL,
    appropriation INTEGER NOT NULL DEFAULT 0,
    commitments   INTEGER NOT NULL DEFAULT 0,
    obligations   INTEGER NOT NULL DEFAULT 0,
    payments      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, year, source_code)
);

CREATE TABLE royalties_initiative (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL,
    line_id           INTEGER REFERENCES strategic_line(id) ON DELETE SET NULL,
    kind              TEXT NOT NULL DEFAULT '',
    sector_code       TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    indicative_amount INTEGER NOT NULL DEFAULT 0,
    bpin              TEXT NOT NULL DEFAULT ''
);

CREATE TABLE royalties_programming (
    initiative_id INTEGER NOT NULL REFERENCES royalties_initiative(id) ON DELETE CASCADE,
    start_year    INTEGER NOT NULL,
    amount        INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, start_year)
);

CREATE TABLE amendment (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL,
    act         TEXT NOT NULL,
    date        TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
