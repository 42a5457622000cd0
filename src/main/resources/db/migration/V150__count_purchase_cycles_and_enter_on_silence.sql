-- The loop: each entry into CUSTOMER starts a purchase cycle, counted on the lead (journeys that
-- run once per cycle and the funnel read it); a journey may enter the customers silent for a
-- while (win-back) instead of on a stage or a touchpoint.
alter table lead add column cycle integer not null default 0 check (cycle >= 0);

update lead l set cycle = c.n
from (select lead_id, count(*) as n from stage_transition where to_stage = 'CUSTOMER'
      group by lead_id) c
where c.lead_id = l.id;

alter table journey add column entry_silence text;
alter table journey drop constraint journey_check;
alter table journey add constraint journey_one_entry check (
    num_nonnulls(entry_stage, entry_touchpoint, entry_silence) = 1);

create index journey_silence_idx on journey (id) where active and entry_silence is not null;
