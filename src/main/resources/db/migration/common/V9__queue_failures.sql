-- A queued report that cannot be ingested (the engine failed or ran out of time on it, it cannot
-- be read, storing it failed, or the server stopped while on it too often) is kept, marked
-- failed with its reason, and not tried again until an analyst retries it. attempts counts how
-- often it was taken from the queue, so that one that stops the server is not taken forever.
ALTER TABLE pending_reports ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pending_reports ADD COLUMN failed_at TEXT;
ALTER TABLE pending_reports ADD COLUMN failure TEXT;
