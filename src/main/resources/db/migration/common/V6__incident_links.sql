-- Follow-ups: links between incidents that are related but not the same event (an arrest or a
-- raid and the attack it answered, an arrest and the plot it stopped), and the incidents merged
-- into others (so that an old id still leads to the incident that absorbed it).

-- kind: response_to (from a raid, arrest or strike to the attack it answered) or prevented
-- (from an arrest or raid to the plot it stopped). report_id: the report that tied them, if any.
CREATE TABLE incident_links (
  id ${id_pk},
  from_incident BIGINT NOT NULL,
  to_incident BIGINT NOT NULL,
  kind TEXT NOT NULL,
  report_id BIGINT REFERENCES reports (id),
  evidence TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (from_incident, to_incident, kind)
);
CREATE INDEX incident_links_to ON incident_links (to_incident);

-- An incident merged into another (by the knowledge base or an analyst), with why.
CREATE TABLE incident_merges (
  merged_id BIGINT PRIMARY KEY,
  into_id BIGINT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX incident_merges_into ON incident_merges (into_id);
