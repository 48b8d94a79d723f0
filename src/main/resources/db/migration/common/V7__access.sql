-- Access (issue 16): every source and incident carries its owner organisation (owner_org; null:
-- the instance's own intake, not owned by an organisation) and its TLP rank (tlp: 0 clear .. 4
-- red); reports get the same columns in V8 (a dialect migration, since their unique key changes).
-- Who may read a row is one rule, applied in the SQL that reads (org.vigil.store.Visibility).
-- What partners shared (shared_origins, V5) is theirs under its marking; the rest, the
-- instance's own at GREEN, the marking it was shared at before.

ALTER TABLE incident_sources ADD COLUMN owner_org BIGINT;
ALTER TABLE incident_sources ADD COLUMN tlp INTEGER NOT NULL DEFAULT 1;
UPDATE incident_sources SET
  owner_org = (SELECT o.owner_org FROM shared_origins o WHERE o.source_id = incident_sources.id ORDER BY o.id LIMIT 1),
  tlp = (SELECT o.tlp FROM shared_origins o WHERE o.source_id = incident_sources.id ORDER BY o.id LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM shared_origins o WHERE o.source_id = incident_sources.id);

-- owner_org: the owner of the incident's earliest source (whose analysts review it); tlp: the
-- marking shared by all its sources, or the most restricted one when mixed = 1 (its sources
-- differ in owner or marking): then each organisation reads its own row of incident_views.
ALTER TABLE incidents ADD COLUMN owner_org BIGINT;
ALTER TABLE incidents ADD COLUMN tlp INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN mixed INTEGER NOT NULL DEFAULT 0;
-- An incident holding partners' sources: labelled from them. A mixed one is read by no
-- organisation until its views are computed (vigil admin relabel).
UPDATE incidents SET
  owner_org = (SELECT s.owner_org FROM incident_sources s WHERE s.incident_id = incidents.id ORDER BY s.id LIMIT 1),
  tlp = (SELECT max(s.tlp) FROM incident_sources s WHERE s.incident_id = incidents.id),
  mixed = CASE WHEN (SELECT count(DISTINCT coalesce(s.owner_org, -1) * 10 + s.tlp) FROM incident_sources s
    WHERE s.incident_id = incidents.id) > 1 THEN 1 ELSE 0 END
  WHERE EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = incidents.id AND s.owner_org IS NOT NULL);

-- A mixed incident as one organisation sees it: merged from the sources it may read, with the
-- analysts' reviews applied only when it reads every source the owner reads (with_reviews).
CREATE TABLE incident_views (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  incident_id BIGINT NOT NULL REFERENCES incidents (id),
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
  owner_org BIGINT,
  tlp INTEGER NOT NULL,
  with_reviews INTEGER NOT NULL,
  PRIMARY KEY (org_id, incident_id)
);
CREATE INDEX incident_views_incident ON incident_views (incident_id);

-- The most restricted TLP rank org_id shares with partner_id (1 green or 2 amber).
ALTER TABLE org_partners ADD COLUMN max_tlp INTEGER NOT NULL DEFAULT 2;

-- A disabled user signs in no more; session_epoch grows when a user or one of their keys is
-- revoked, which ends every web session started before.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
ALTER TABLE api_keys ADD COLUMN last_used_at TEXT;

-- Who a queued report will belong to: null owner and tlp for the instance's own intake (feeds,
-- drop directory), which gets kb.organisation and kb.marking when it is ingested.
ALTER TABLE pending_reports ADD COLUMN owner_org BIGINT;
ALTER TABLE pending_reports ADD COLUMN tlp INTEGER;

-- A review by an analyst of another organisation than the incident's owner: a proposal the
-- owner's analysts accept (it becomes their review) or reject. status: open, accepted, rejected.
CREATE TABLE review_proposals (
  id ${id_pk},
  incident_id BIGINT NOT NULL REFERENCES incidents (id),
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  user_name TEXT NOT NULL,
  field TEXT NOT NULL,
  action TEXT NOT NULL,
  value TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT
);
CREATE INDEX review_proposals_incident ON review_proposals (incident_id, status);
