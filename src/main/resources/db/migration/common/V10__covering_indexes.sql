-- Covering indexes for the pages that read many incidents at once (issue 18). An incident row
-- carries its JSON records, so a scan of the table reads every record to count a few columns;
-- these indexes hold only the labels that decide who reads a row (mixed, owner, marking) and
-- the columns that the dashboard's tallies, the map's markers, their filters and the counts of
-- /api/stats read (Aggregates.TALLY_FIELDS), so that the database answers from the index alone.
CREATE INDEX incidents_tally ON incidents (mixed, owner_org, tlp, date_start, type, killed, wounded, group_id,
  country_code, background_only, date_end, lat, lon, date_value, place, cell, id);
CREATE INDEX reports_label ON reports (owner_org, tlp, near_dup_of);
CREATE INDEX incident_sources_label ON incident_sources (owner_org, tlp);
