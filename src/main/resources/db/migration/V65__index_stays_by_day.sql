-- Time in stage reads the stays of every persona, under no filter or an owner or source filter: in
-- analytics_stay_key the persona comes before the day, so such a read went through every persona's
-- rows of the filter combination. This index reads the period's rows alone, from the index.
create index analytics_stay_read_idx on analytics_stay (grain, dims, owner_id, source, day)
    include (persona_id, stage, bucket, stays);
