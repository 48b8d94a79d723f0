-- Sharing: organisations, users and API keys; TAXII API roots, collections with their sharing
-- policy, the STIX objects they hold and the status of each POST; stored STIX ids; the audit log.

CREATE TABLE organisations (
  id ${id_pk},
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- org_id shares its TLP:AMBER objects with partner_id.
CREATE TABLE org_partners (
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  partner_id BIGINT NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (org_id, partner_id)
);

-- role: reader, analyst or admin. password_hash is PBKDF2 (null: API keys only).
CREATE TABLE users (
  id ${id_pk},
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL
);

-- An API key is shown once; only its lookup prefix and the SHA-256 of the whole key are kept.
CREATE TABLE api_keys (
  id ${id_pk},
  user_id BIGINT NOT NULL REFERENCES users (id),
  prefix TEXT NOT NULL UNIQUE,
  key_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE api_roots (
  name TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  max_content_length BIGINT NOT NULL
);

-- max_tlp: the most restricted TLP level (0 clear .. 4 red) objects in it may carry.
CREATE TABLE collections (
  id TEXT PRIMARY KEY,
  api_root TEXT NOT NULL REFERENCES api_roots (name),
  title TEXT NOT NULL,
  description TEXT,
  alias TEXT,
  media_types TEXT NOT NULL,
  max_tlp INTEGER NOT NULL
);

-- Which organisations may read and write a collection. No row: the collection does not exist
-- for that organisation.
CREATE TABLE collection_access (
  collection_id TEXT NOT NULL REFERENCES collections (id),
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  can_read INTEGER NOT NULL,
  can_write INTEGER NOT NULL,
  PRIMARY KEY (collection_id, org_id)
);

-- One row per version of an object in a collection. tlp is the rank of its most restricted
-- TLP marking (0 clear .. 4 red; unmarked objects count as red); owner_org the organisation
-- that added it. date_added is an ISO timestamp with microseconds (sorts as text).
CREATE TABLE stix_objects (
  seq ${id_pk},
  collection_id TEXT NOT NULL REFERENCES collections (id),
  stix_id TEXT NOT NULL,
  type TEXT NOT NULL,
  version TEXT NOT NULL,
  version_key TEXT NOT NULL,
  spec_version TEXT NOT NULL,
  date_added TEXT NOT NULL,
  tlp INTEGER NOT NULL,
  owner_org BIGINT NOT NULL REFERENCES organisations (id),
  json TEXT NOT NULL,
  UNIQUE (collection_id, owner_org, stix_id, version_key, spec_version)
);
CREATE INDEX stix_objects_added ON stix_objects (collection_id, date_added, seq);
CREATE INDEX stix_objects_id ON stix_objects (collection_id, stix_id);

-- The status resource of each POST: the whole resource as JSON, readable by the organisation
-- that posted.
CREATE TABLE taxii_status (
  id TEXT PRIMARY KEY,
  api_root TEXT NOT NULL,
  org_id BIGINT NOT NULL REFERENCES organisations (id),
  json TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- STIX ids made once per natural key and kept.
CREATE TABLE stix_ids (
  stix_type TEXT NOT NULL,
  natural_key TEXT NOT NULL,
  stix_id TEXT NOT NULL UNIQUE,
  PRIMARY KEY (stix_type, natural_key)
);

-- Every write and every read of AMBER, AMBER+STRICT and RED objects.
CREATE TABLE audit_log (
  id ${id_pk},
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  org_id BIGINT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
