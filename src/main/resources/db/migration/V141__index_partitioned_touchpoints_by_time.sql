-- The touchpoint search across leads (by time of occurrence, the id as the cursor's tie-breaker)
-- keeps its index on the partitioned table: one per month, declared once on the parent.
create index if not exists touchpoint_occurred_idx on touchpoint (occurred_at, id);
