-- Monitoring: watchlists and the alerts they raise, webhooks and the delivery state of each
-- alert version (so a restart sends no alert twice), feeds with their polling status, the items
-- already taken from them, and the queue of reports waiting for ingest (so a restart loses none).

-- kind: group, place, site, area (country or province) or keywords. Owned by a user or an
-- organisation (exactly one of owner_user, owner_org). incident_types: comma-separated labels.
CREATE TABLE watchlists (
  id ${id_pk},
  owner_user BIGINT REFERENCES users (id),
  owner_org BIGINT REFERENCES organisations (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  radius_km DOUBLE PRECISION,
  category TEXT,
  incident_types TEXT,
  min_killed INTEGER,
  arrests_only INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- One alert per incident per watchlist; version grows when a change to the incident (a higher
-- toll, a group now attributed) is alerted again. state: what was alerted on, to see changes.
CREATE TABLE alerts (
  id ${id_pk},
  watchlist_id BIGINT NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  incident_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  summary TEXT NOT NULL,
  reason TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (watchlist_id, incident_id)
);
CREATE INDEX alerts_updated ON alerts (updated_at);

CREATE TABLE webhooks (
  id ${id_pk},
  owner_user BIGINT REFERENCES users (id),
  owner_org BIGINT REFERENCES organisations (id),
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- status: pending, delivered or failed. One row per webhook and alert version (or digest key).
CREATE TABLE deliveries (
  id ${id_pk},
  webhook_id BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  event_key TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt TEXT NOT NULL,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (webhook_id, event_key)
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt);

CREATE TABLE feeds (
  id ${id_pk},
  url TEXT NOT NULL UNIQUE,
  every_seconds BIGINT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  next_poll TEXT NOT NULL,
  failures INTEGER NOT NULL,
  last_success TEXT,
  last_error TEXT,
  last_error_at TEXT,
  items_seen BIGINT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE feed_items (
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);

-- A report waiting for ingest: where it came from, the name whose extension tells its format
-- (.jsonl for one JSON Lines record, else a dropped file's own name) and its content.
CREATE TABLE pending_reports (
  id ${id_pk},
  origin TEXT NOT NULL,
  name TEXT NOT NULL,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);
