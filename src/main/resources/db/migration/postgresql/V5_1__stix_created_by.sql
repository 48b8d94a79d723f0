-- The producer of each object already stored (see common/V5).
UPDATE stix_objects SET created_by = (json::jsonb ->> 'created_by_ref') WHERE created_by IS NULL;
