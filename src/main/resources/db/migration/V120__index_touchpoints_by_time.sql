-- The touchpoint search across leads reads by time of occurrence, with the id as the cursor's
-- tie-breaker; scanned backwards for the newest first.
create index touchpoint_occurred_idx on touchpoint (occurred_at, id);
