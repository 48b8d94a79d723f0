-- Covering indexes for the pages that read many incidents at once (issue 18). An incident row
-- carries its JSON records, so a scan of the table reads every record to count a few columns;
-- incidents_tally holds only the columns that the dashboard's tallies, the map's markers, their
-- filters and the counts of /api/stats read (Aggregates.TALLY_FIELDS) with the labels that
-- decide who reads a row (mixed, owner, marking), so that the database answers from the index
-- alone. It starts with date_start: led by the labels, it would be picked for the equality
-- mixed = 0 by the latest-first pages too, which read whole rows and would then sort them all
-- instead of walking incidents_date.
CREATE INDEX incidents_tally ON incidents (date_start, mixed, owner_org, tlp, type, killed, wounded, group_id,
  country_code, background_only, date_end, lat, lon, date_value, place, cell, id);
-- The counts of reports and sources a reader may read, from their labels. Neither leads with the
-- label: led by (owner_org, tlp), the near-duplicate lookup of every ingested report would pick
-- it for its equality on the label and read all the reports of that label.
CREATE INDEX reports_label ON reports (near_dup_of, owner_org, tlp);
CREATE INDEX incident_sources_label ON incident_sources (incident_id, owner_org, tlp);
