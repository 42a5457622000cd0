-- Incremental syncs read leads by update time, and reports by stage entry, with the id as the
-- cursor's tie-breaker.
create index lead_updated_idx on lead (updated_at, id);
create index lead_stage_entered_idx on lead (stage_entered_at, id);
