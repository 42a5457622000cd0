-- Fills a migrated, empty schema with :leads leads over the last :days days, their stage history,
-- :touchpoints touchpoints and one content assignment per lead, then rebuilds the rollups.
-- Run by generate.sh; ids are sequential so that the indexes fill in order.
\set ON_ERROR_STOP on
\timing on
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
-- bulk load: no triggers (the rollups are rebuilt at the end) and no foreign key checks
set session_replication_role = replica;
select setseed(0.42);

create temporary table bench_now as select date_trunc('second', now()) as now;

insert into persona (id, name, created_at, updated_at)
select ('00000000-0000-4000-a000-' || lpad(to_hex(p), 12, '0'))::uuid, 'Bench persona ' || p,
       now(), now()
from generate_series(1, 6) p;

-- Each lead's path: up to five steps, each with its outcome and its duration drawn in advance.
create temporary table bench_path as
select i,
       ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid as id,
       (select now from bench_now) - random() * (:days || ' days')::interval as created,
       case when random() < 0.9 then ('00000000-0000-4000-a000-'
            || lpad(to_hex(1 + (random() * 5)::int), 12, '0'))::uuid end as persona_id,
       case when random() < 0.9 then ('00000000-0000-4000-b000-'
            || lpad(to_hex(1 + (random() * 39)::int), 12, '0'))::uuid end as owner_id,
       (array['WEB', 'EMAIL', 'SOCIAL', 'EVENT', 'REFERRAL', 'ADS'])[1 + (random() * 5)::int]
           as source,
       array[random(), random(), random(), random(), random()] as u,
       -- durations from an hour to about two months, skewed short
       array[3600 * exp(random() * ln(1440)), 3600 * exp(random() * ln(1440)),
             3600 * exp(random() * ln(1440)), 3600 * exp(random() * ln(720)),
             3600 * exp(random() * ln(2000))] as d
from generate_series(1, :leads) i;

-- The transitions: a step happens when its outcome says so and its time has come.
create temporary table bench_steps (lead_no int, id uuid, n int, from_stage text, to_stage text,
                                    kind text, at timestamptz, reason text);
insert into bench_steps
with recursive walk as (
    select p.i, p.id, 1 as n, null::text as from_stage, 'DISCOVERY'::text as to_stage,
           'ENTRY'::text as kind, p.created as at
    from bench_path p
    union all
    select w.i, w.id, w.n + 1, w.to_stage, s.to_stage, s.kind,
           w.at + p.d[w.n] * interval '1 second'
    from walk w
    join bench_path p on p.i = w.i
    cross join lateral (
        select case
                 when w.to_stage = 'DISCOVERY' and p.u[w.n] < 0.55 then 'REFLECTION'
                 when w.to_stage = 'DISCOVERY' and p.u[w.n] < 0.60 then 'DECISION'
                 when w.to_stage = 'DISCOVERY' and p.u[w.n] < 0.75 then 'LOST'
                 when w.to_stage = 'REFLECTION' and p.u[w.n] < 0.55 then 'DECISION'
                 when w.to_stage = 'REFLECTION' and p.u[w.n] < 0.75 then 'LOST'
                 when w.to_stage = 'DECISION' and p.u[w.n] < 0.50 then 'CUSTOMER'
                 when w.to_stage = 'DECISION' and p.u[w.n] < 0.75 then 'LOST'
                 when w.to_stage = 'CUSTOMER' and p.u[w.n] < 0.40 then 'LOYAL'
                 when w.to_stage = 'LOYAL' and p.u[w.n] < 0.30 then 'ADVOCATE'
               end as to_stage) t
    cross join lateral (
        select t.to_stage, case when t.to_stage = 'LOST' then 'LOSS' else 'ADVANCE' end as kind) s
    where w.n <= 5 and t.to_stage is not null
      and w.at + p.d[w.n] * interval '1 second' <= (select now from bench_now)
)
select i, id, n, from_stage, to_stage, kind, at,
       case when kind = 'LOSS' then (array['price', 'no budget', 'competitor', 'timing',
           'no answer'])[1 + (abs(hashint4(i)) % 5)] end
from walk;
create index on bench_steps (lead_no, n);
create index on bench_path (i);
analyze bench_steps;
analyze bench_path;

insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type, cause_type,
                              reason)
select id, from_stage, to_stage, kind, at, 'SYSTEM', 'IMPORT', reason
from bench_steps order by lead_no, n;

-- Touchpoints: a partition for each month they fall in (see V140), indexes dropped during the
-- load and made again after it.
select create_month_partition('touchpoint', m::date)
from generate_series(date_trunc('month', (select now from bench_now) - (:days + 130 || ' days')::interval),
                     (select now from bench_now), interval '1 month') m;
drop index touchpoint_external_idx, touchpoint_lead_idx, touchpoint_lead_type_idx,
           touchpoint_friction_idx;
insert into touchpoint (id, lead_id, occurred_at, channel, type, sentiment, source, lead_stage,
                        recorded_at)
select ('00000000-0000-4000-9000-' || lpad(to_hex(t.n), 12, '0'))::uuid, p.id, t.at,
       (array['WEB', 'EMAIL', 'PHONE', 'STORE', 'SOCIAL', 'SMS'])[1 + (abs(hashint4(t.n)) % 6)],
       (array['PAGE_VIEW', 'EMAIL_OPEN', 'EMAIL_CLICK', 'CALL', 'CONTENT_VIEW', 'COMPLAINT'])
           [1 + (abs(hashint4(t.n + 7)) % 6)],
       case when abs(hashint4(t.n + 7)) % 6 = 5 then 'NEGATIVE' else 'NEUTRAL' end,
       'bench',
       coalesce((select s.to_stage from bench_steps s where s.lead_no = p.i and s.at <= t.at
                 order by s.n desc limit 1), 'DISCOVERY'),
       t.at
from (select n, 1 + (abs(hashint4(n)) % :leads) as lead_no, random() as r
      from generate_series(1, :touchpoints) n) r
join bench_path p on p.i = r.lead_no
cross join lateral (select r.n, p.created + r.r * least((select now from bench_now) - p.created,
                    interval '120 days') as at) t;
create index touchpoint_external_idx on touchpoint (lead_id, source, external_id)
    where external_id is not null;
create index touchpoint_lead_idx on touchpoint (lead_id, occurred_at desc, id desc);
create index touchpoint_lead_type_idx on touchpoint (lead_id, type);
create index touchpoint_friction_idx on touchpoint (occurred_at desc) where sentiment = 'NEGATIVE';

-- The leads after their touchpoints (no foreign key checks), so that each gets its last one.
insert into lead (id, email, persona_id, owner_id, source_channel, stage, stage_entered_at,
                  created_at, updated_at, last_touchpoint_at)
select p.id, 'bench-' || p.i || '@example.com', p.persona_id, p.owner_id, p.source, s.to_stage,
       s.at, p.created, s.at,
       (select max(t.occurred_at) from touchpoint t where t.lead_id = p.id)
from bench_path p
join lateral (select to_stage, at from bench_steps s where s.lead_no = p.i
              order by n desc limit 1) s on true
order by p.i;

-- Content: 40 items, four A/B groups of two among them; each lead received one item when it
-- entered DISCOVERY, converted when it moved on from there.
insert into content_item (id, title, type, stages, variant_group, created_at, updated_at)
select ('00000000-0000-4000-c000-' || lpad(to_hex(c), 12, '0'))::uuid, 'Bench item ' || c, 'GUIDE',
       '{DISCOVERY}', case when c <= 8 then 'bench-group-' || ((c + 1) / 2) end,
       now() - interval '400 days' + c * interval '1 minute', now()
from generate_series(1, 40) c;
insert into content_assignment (id, lead_id, content_id, stage, stage_entered_at, assigned_at,
                                actor_type, automatic, converted_at)
select ('00000000-0000-4000-d000-' || lpad(to_hex(p.i), 12, '0'))::uuid, p.id,
       ('00000000-0000-4000-c000-' || lpad(to_hex(1 + abs(hashint4(p.i)) % 40), 12, '0'))::uuid,
       'DISCOVERY', p.created, p.created, 'SYSTEM', true,
       (select s.at from bench_steps s where s.lead_no = p.i and s.n = 2
        and s.kind = 'ADVANCE')
from bench_path p;

reset session_replication_role;
analyze;
select analytics_rebuild();
-- the rebuild emptied the delta tables: vacuum gives their space back (reports read them), and sets
-- the visibility map for index-only scans
vacuum analyze;
select (select count(*) from lead) as leads, (select count(*) from stage_transition) as history,
       (select count(*) from touchpoint) as touchpoints,
       (select count(*) from content_assignment) as assignments;
