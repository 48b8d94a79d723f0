-- Reports get an owner organisation (null: the instance's own intake; a partner's shared report:
-- the partner, from shared_origins) and a TLP rank, and the same
-- content is one report per owner and marking: an organisation's private copy never hides a
-- public one, nor the reverse. SQLite cannot drop a column's UNIQUE, so the table is rebuilt with
-- the same ids (the full-text index refers to them).
CREATE TABLE reports_v8 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ext_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  minhash TEXT NOT NULL,
  near_dup_of BIGINT REFERENCES reports (id),
  title TEXT,
  published TEXT,
  source TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  owner_org BIGINT,
  tlp INTEGER NOT NULL DEFAULT 1
);
INSERT INTO reports_v8 (id, ext_id, content_hash, minhash, near_dup_of, title, published, source, url, origin,
  text, ingested_at, owner_org, tlp)
  SELECT id, ext_id, content_hash, minhash, near_dup_of, title, published, source, url, origin, text, ingested_at,
    (SELECT o.owner_org FROM shared_origins o WHERE o.report_id = reports.id ORDER BY o.id LIMIT 1),
    coalesce((SELECT o.tlp FROM shared_origins o WHERE o.report_id = reports.id ORDER BY o.id LIMIT 1), 1)
  FROM reports;
DROP TABLE reports;
ALTER TABLE reports_v8 RENAME TO reports;
CREATE UNIQUE INDEX reports_scoped_hash ON reports (content_hash, coalesce(owner_org, 0), tlp);
