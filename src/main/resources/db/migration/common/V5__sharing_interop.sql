-- Sharing that partners can rely on (issue 19).
--
-- default_tlp: the TLP rank (0 clear .. 4 red) that objects carrying no TLP marking get in the
-- collection. Collections made before keep treating them as RED (4), as they did, until an
-- administrator decides otherwise; new ones default to GREEN (see vigil admin add-collection).
ALTER TABLE collections ADD COLUMN default_tlp INTEGER NOT NULL DEFAULT 4;

-- created_by: the object's created_by_ref (its producer's identity), so that an identity can be
-- read by whoever may read an object it produced.
ALTER TABLE stix_objects ADD COLUMN created_by TEXT;
CREATE INDEX stix_objects_created_by ON stix_objects (collection_id, created_by);

-- Every marking definition is readable by whoever reads an object that refers to it.
UPDATE stix_objects SET tlp = 0 WHERE type = 'marking-definition';

-- Objects marked only with TLP 1.0 definitions counted as RED; they get the 2.0 level of the most
-- restricted one (one marked with a RED of either version stays RED).
UPDATE stix_objects SET tlp = 0 WHERE tlp = 4 AND json LIKE '%613f2e26-407d-48c7-9eca-b8e91df99dc9%'
  AND json NOT LIKE '%5e57c739-391a-4eb3-b6be-7d15ca92d5ed%' AND json NOT LIKE '%e828b379-4e03-4974-9ac4-e53a884c97c1%';
UPDATE stix_objects SET tlp = 1 WHERE tlp IN (0, 4) AND type <> 'marking-definition'
  AND json LIKE '%34098fce-860f-48ae-8e50-ebd3cc5e41da%'
  AND json NOT LIKE '%5e57c739-391a-4eb3-b6be-7d15ca92d5ed%' AND json NOT LIKE '%e828b379-4e03-4974-9ac4-e53a884c97c1%';
UPDATE stix_objects SET tlp = 2 WHERE tlp IN (0, 1, 4) AND type <> 'marking-definition'
  AND json LIKE '%f88d31f6-486f-44da-b317-01333bde0b82%'
  AND json NOT LIKE '%5e57c739-391a-4eb3-b6be-7d15ca92d5ed%' AND json NOT LIKE '%e828b379-4e03-4974-9ac4-e53a884c97c1%';

-- The created and last modified of every object an export made, with the digest of its content
-- then: an object keeps its created for good and gets a later modified only when it changed.
CREATE TABLE stix_versions (
  stix_id TEXT PRIMARY KEY,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  content_hash TEXT NOT NULL
);

-- Partners' intelligence in the workspace: each incident source and report that came from a
-- partner's STIX object, with the organisation it came from (owner_org), the producer identity it
-- names (created_by_ref) and its TLP rank. Incidents, reports and sources carry no owner or
-- marking of their own yet; the access model of issue 16 can take them from here.
CREATE TABLE shared_origins (
  id ${id_pk},
  stix_id TEXT NOT NULL,
  stix_version TEXT NOT NULL,
  source_id BIGINT REFERENCES incident_sources (id) ON DELETE CASCADE,
  report_id BIGINT REFERENCES reports (id) ON DELETE CASCADE,
  owner_org BIGINT NOT NULL REFERENCES organisations (id),
  producer TEXT,
  tlp INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX shared_origins_stix ON shared_origins (stix_id, owner_org);
CREATE INDEX shared_origins_source ON shared_origins (source_id);
CREATE INDEX shared_origins_report ON shared_origins (report_id);
