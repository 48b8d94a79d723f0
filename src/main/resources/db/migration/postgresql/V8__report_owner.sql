-- Reports get an owner organisation (null: the instance's own intake; a partner's shared report:
-- the partner, from shared_origins) and a TLP rank, and the same
-- content is one report per owner and marking: an organisation's private copy never hides a
-- public one, nor the reverse.
ALTER TABLE reports ADD COLUMN owner_org BIGINT;
ALTER TABLE reports ADD COLUMN tlp INTEGER NOT NULL DEFAULT 1;
UPDATE reports SET
  owner_org = (SELECT o.owner_org FROM shared_origins o WHERE o.report_id = reports.id ORDER BY o.id LIMIT 1),
  tlp = (SELECT o.tlp FROM shared_origins o WHERE o.report_id = reports.id ORDER BY o.id LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM shared_origins o WHERE o.report_id = reports.id);
ALTER TABLE reports DROP CONSTRAINT reports_content_hash_key;
CREATE UNIQUE INDEX reports_scoped_hash ON reports (content_hash, coalesce(owner_org, 0), tlp);
