-- Full-text search over reports (SQLite FTS5, external content: the text is stored once, in
-- reports; rows are added by the store when a report is inserted).
CREATE VIRTUAL TABLE report_search USING fts5(title, text, content='reports', content_rowid='id');
