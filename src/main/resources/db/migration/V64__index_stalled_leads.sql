-- Stalled leads: per stage, the leads whose last touchpoint came soon after they entered it (or
-- never), with what the report shows, so that it reads the index alone (see StalledQuery).
create index lead_stalled_idx on lead (stage,
    (coalesce(extract(epoch from last_touchpoint_at - stage_entered_at)::float8, '-infinity')))
    include (stage_entered_at, id, persona_id, owner_id, source_channel, last_touchpoint_at);
