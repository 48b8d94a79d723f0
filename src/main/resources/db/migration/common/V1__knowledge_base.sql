-- Vigil knowledge base: one schema for SQLite and PostgreSQL. The only dialect switch is the
-- placeholder ${id_pk} (an auto-generated 64-bit primary key); full-text search lives in the
-- dialect folders (V2). Booleans are INTEGER 0/1 and dates ISO-8601 TEXT on both.

-- Each distinct report (by normalised-content hash), with its MinHash signature over word
-- shingles (32 hex-encoded 32-bit values), used to confirm near-duplicates.
CREATE TABLE reports (
  id ${id_pk},
  ext_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  minhash TEXT NOT NULL,
  near_dup_of BIGINT REFERENCES reports (id),
  title TEXT,
  published TEXT,
  source TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Locality-sensitive hashing of the MinHash signatures: one key per band of signature rows.
-- Reports sharing a key are near-duplicate candidates.
CREATE TABLE report_bands (
  band_key BIGINT NOT NULL,
  report_id BIGINT NOT NULL REFERENCES reports (id)
);
CREATE INDEX report_bands_key ON report_bands (band_key);

-- Other places the same content was seen (exact duplicates).
CREATE TABLE report_copies (
  report_id BIGINT NOT NULL REFERENCES reports (id),
  origin TEXT NOT NULL,
  PRIMARY KEY (report_id, origin)
);

-- One row per real-world incident. machine_json is the merge of its sources; record_json is
-- that with analysts' reviews applied; the other columns are read from record_json for
-- filtering and for matching new reports (date window, place cell, group).
CREATE TABLE incidents (
  id ${id_pk},
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  background_only INTEGER NOT NULL,
  date_value TEXT,
  date_precision TEXT,
  date_start TEXT,
  date_end TEXT,
  country_code TEXT,
  place TEXT,
  site TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  place_precision TEXT,
  cell INTEGER,
  group_id TEXT,
  killed INTEGER,
  wounded INTEGER,
  machine_json TEXT NOT NULL,
  record_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_country_date ON incidents (country_code, date_start);
CREATE INDEX incidents_cell_date ON incidents (cell, date_start);
CREATE INDEX incidents_group_date ON incidents (group_id, date_start);
CREATE INDEX incidents_type_date ON incidents (type, date_start);

-- Every source of an incident with the values it gave (values_json, the extracted incident)
-- and why it was merged (explanation). counts = 0 for near-duplicates and background
-- mentions: they are kept but are not a source for casualty figures.
CREATE TABLE incident_sources (
  id ${id_pk},
  incident_id BIGINT NOT NULL REFERENCES incidents (id),
  report_id BIGINT REFERENCES reports (id),
  dataset TEXT,
  dataset_ref TEXT,
  position INTEGER NOT NULL,
  background INTEGER NOT NULL,
  counts INTEGER NOT NULL,
  published TEXT,
  values_json TEXT NOT NULL,
  explanation TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX incident_sources_incident ON incident_sources (incident_id);
CREATE INDEX incident_sources_report ON incident_sources (report_id);
CREATE UNIQUE INDEX incident_sources_dataset ON incident_sources (dataset, dataset_ref);

-- One canonical record per registry group; merged_into is set when an analyst merges it.
CREATE TABLE armed_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  parent TEXT,
  merged_into TEXT
);
CREATE INDEX armed_groups_name ON armed_groups (name);

-- Which reports called a group by which name.
CREATE TABLE group_aliases (
  group_id TEXT NOT NULL,
  alias TEXT NOT NULL,
  report_id BIGINT NOT NULL REFERENCES reports (id),
  PRIMARY KEY (group_id, alias, report_id)
);

CREATE TABLE group_history (
  id ${id_pk},
  action TEXT NOT NULL,
  group_id TEXT NOT NULL,
  other_id TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Analysts' decisions, one per incident field: confirm, reject or set (with value).
CREATE TABLE reviews (
  incident_id BIGINT NOT NULL REFERENCES incidents (id),
  field TEXT NOT NULL,
  action TEXT NOT NULL,
  value TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (incident_id, field)
);
