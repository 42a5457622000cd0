-- Journey analytics read counters instead of the history. Triggers append each change of the
-- history as a delta row, in the transaction of the change; analytics_compact() folds the deltas
-- into the rollups, for all leads and per persona, owner and source (dims: 1 persona, 2 owner,
-- 4 source; a dimension outside dims is null). Reports add the deltas
-- not yet folded, so they are exact at any moment, and no two writers ever wait on one counter row.
-- Filters use the lead's current persona, owner and source: when these change, the lead's whole
-- contribution moves. Days are UTC dates.

create function analytics_day(at timestamptz) returns date
    language sql immutable as $$ select (at at time zone 'UTC')::date $$;

-- A stay's length in buckets an eighth of a power of two wide (9 %): bucket b holds
-- [2^(b/8), 2^((b+1)/8)) seconds, bucket 0 everything below 2^(1/8).
create function analytics_bucket(seconds numeric) returns smallint
    language sql immutable as $$
        select case when seconds < 2 then 0 else floor(8 * log(2, floor(seconds)))::smallint end
    $$;

create function analytics_reason(reason text) returns text
    language sql immutable as $$ select nullif(lower(btrim(reason)), '') $$;

-- Funnel: each lead counts once per stage, on the day it first entered it (basis E) or on the day
-- it was created (basis C, cohorts); advanced when it has ever moved forward out of that stage.
create table analytics_funnel (
    basis      char(1) not null check (basis in ('E', 'C')),
    dims       smallint not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    day        date not null,
    stage      text not null,
    reached    bigint not null,
    advanced   bigint not null
);
create unique index analytics_funnel_key on analytics_funnel
    (basis, dims, persona_id, owner_id, source, day, stage) nulls not distinct;

create table analytics_funnel_delta (
    entry_day  date not null,
    cohort_day date not null,
    stage      text not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    reached    bigint not null,
    advanced   bigint not null
);

-- Drop-off: losses by the stage left, the day and the (normalised) reason.
create table analytics_loss (
    dims       smallint not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    day        date not null,
    stage      text not null,
    reason     text,
    lost       bigint not null
);
create unique index analytics_loss_key on analytics_loss
    (dims, persona_id, owner_id, source, day, stage, reason) nulls not distinct;

create table analytics_loss_delta (
    day        date not null,
    stage      text not null,
    reason     text,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    lost       bigint not null
);

-- Time in stage: finished stays by the day they ended, as a histogram of their length; by day
-- (grain D) and by month (grain M, day = first of the month) so that long periods read few rows.
create table analytics_stay (
    grain      char(1) not null check (grain in ('D', 'M')),
    dims       smallint not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    day        date not null,
    stage      text not null,
    bucket     smallint not null,
    stays      bigint not null
);
create unique index analytics_stay_key on analytics_stay
    (grain, dims, persona_id, owner_id, source, day, stage, bucket) nulls not distinct;

create table analytics_stay_delta (
    day        date not null,
    stage      text not null,
    bucket     smallint not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    stays      bigint not null
);

-- Touchpoints by the day they happened, channel and the lead's stage at the time.
create table analytics_touch (
    dims        smallint not null,
    persona_id  uuid,
    owner_id    uuid,
    source      text,
    day         date not null,
    channel     text not null,
    stage       text not null,
    touchpoints bigint not null
);
create unique index analytics_touch_key on analytics_touch
    (dims, persona_id, owner_id, source, day, channel, stage) nulls not distinct;

create table analytics_touch_delta (
    day         date not null,
    channel     text not null,
    stage       text not null,
    persona_id  uuid,
    owner_id    uuid,
    source      text,
    touchpoints bigint not null
);

-- What each lead contributes, computed from its history: the definition the triggers follow
-- step by step, and what a rebuild recomputes.
create view analytics_funnel_fact as
with firsts as (
    select lead_id, to_stage as stage, min(id) as first_id
    from stage_transition group by lead_id, to_stage),
advances as (
    select lead_id, from_stage as stage
    from stage_transition where kind = 'ADVANCE' group by lead_id, from_stage)
select f.lead_id, f.stage, analytics_day(t.at) as entry_day,
       case when a.lead_id is null then 0 else 1 end as advanced
from firsts f
join stage_transition t on t.id = f.first_id
left join advances a on a.lead_id = f.lead_id and a.stage = f.stage;

create view analytics_loss_fact as
select lead_id, from_stage as stage, analytics_day(at) as day, analytics_reason(reason) as reason
from stage_transition where kind = 'LOSS';

create view analytics_stay_fact as
select lead_id, stage, day, analytics_bucket(seconds) as bucket
from (select lead_id, from_stage as stage, analytics_day(at) as day,
             extract(epoch from at - lag(at) over (partition by lead_id order by id)) as seconds
      from stage_transition) s
where stage is not null and seconds is not null;

create view analytics_touch_fact as
select lead_id, analytics_day(occurred_at) as day, channel, lead_stage as stage,
       count(*) as touchpoints
from touchpoint group by lead_id, analytics_day(occurred_at), channel, lead_stage;
