-- Full-text search over reports (PostgreSQL text search on an expression index).
CREATE INDEX reports_search ON reports
  USING GIN (to_tsvector('english', coalesce(title, '') || ' ' || text));
