-- Follow-up journeys replace email rules: an entry (a stage entered or a touchpoint recorded), an
-- optional persona, a re-entry policy, ordered steps and exit criteria. Each lead in a journey is
-- an enrolment; a SEND step writes its outbox row in the transaction that advances the enrolment.
create table journey (
    id               uuid primary key,
    name             text not null,
    entry_stage      text,
    entry_touchpoint text,
    persona_id       uuid references persona (id) on delete cascade,
    reentry          text not null check (reentry in ('ONCE', 'CYCLE', 'EVERY')),
    -- [{"kind": "WAIT", "duration": "P7D"}, {"kind": "SEND", "templateId": ..., "marketing": true,
    --   "contentTypes": [...], "discount": {"kind", "value", "currency"}},
    --  {"kind": "ASSIGN", "contentType": ...}]
    steps            jsonb not null,
    exit_touchpoints varchar[] not null default '{}',
    exit_stages      varchar[] not null default '{}',
    exit_on_bounce   boolean not null default false,
    active           boolean not null default true,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0,
    check ((entry_stage is null) <> (entry_touchpoint is null))
);

create index journey_stage_idx on journey (entry_stage) where active;
create index journey_touchpoint_idx on journey (entry_touchpoint) where active;

create table journey_enrolment (
    id                  uuid primary key,
    journey_id          uuid not null references journey (id) on delete cascade,
    lead_id             uuid not null references lead (id) on delete cascade,
    state               text not null check (state in ('ACTIVE', 'WAITING', 'EXITED', 'COMPLETED')),
    -- the index of the next step to run, and when it may run
    step                integer not null default 0,
    due_at              timestamptz,
    exit_reason         text,
    -- what the last step did when it could not do its work (a skipped send, no content)
    note                text,
    -- purchases (entries into CUSTOMER) the lead had made when it entered
    cycle               integer not null,
    entered_at          timestamptz not null,
    entry_transition_id bigint references stage_transition (id) on delete cascade,
    -- the touchpoint that caused the entry, directly or through the stage change it set off
    entry_touchpoint_id uuid,
    updated_at          timestamptz not null,
    check ((state in ('ACTIVE', 'WAITING')) = (due_at is not null)),
    check ((state = 'EXITED') = (exit_reason is not null))
);

create index journey_enrolment_due_idx on journey_enrolment (due_at)
    where state in ('ACTIVE', 'WAITING');
create index journey_enrolment_lead_idx on journey_enrolment (lead_id, entered_at);
create index journey_enrolment_journey_idx on journey_enrolment (journey_id, lead_id);
create unique index journey_enrolment_transition_key
    on journey_enrolment (journey_id, entry_transition_id);
create unique index journey_enrolment_touchpoint_key
    on journey_enrolment (journey_id, entry_touchpoint_id) where entry_transition_id is null;

-- The rules of one stage and persona become one journey, their emails ordered by delay; the
-- journey takes the id of its first rule. The seeded customer follow-up no longer stops when the
-- customer becomes an advocate: it stops on a complaint or when the lead is lost.
update email_rule set stop_on_stage_exit = false
 where id in ('00000000-0000-4000-8000-00000000f001', '00000000-0000-4000-8000-00000000f002',
              '00000000-0000-4000-8000-00000000f003');

create temporary table rule_step on commit drop as
select r.*,
       first_value(r.id) over g as journey_id,
       count(*) over (partition by r.stage, r.persona_id, r.active, r.stop_on_stage_exit) as rules,
       r.delay_seconds - coalesce(lag(r.delay_seconds) over g, 0) as wait_seconds,
       row_number() over g as n
  from email_rule r
window g as (partition by r.stage, r.persona_id, r.active, r.stop_on_stage_exit
             order by r.delay_seconds, r.created_at, r.id);

insert into journey (id, name, entry_stage, persona_id, reentry, steps, exit_stages, active,
                     created_at, updated_at)
select f.id,
       case when f.rules = 1 then f.name else initcap(f.stage) || ' follow-up' end,
       f.stage, f.persona_id, 'EVERY',
       (select jsonb_agg(s.step order by s.n, s.k) from (
            select w.n, 0 as k,
                   jsonb_build_object('kind', 'WAIT', 'duration',
                       case when w.wait_seconds % 86400 = 0
                            then 'P' || w.wait_seconds / 86400 || 'D'
                            else 'PT' || w.wait_seconds || 'S' end) as step
              from rule_step w where w.journey_id = f.id and w.wait_seconds > 0
            union all
            select e.n, 1,
                   jsonb_build_object('kind', 'SEND', 'templateId', e.template_id,
                       'marketing', e.marketing,
                       'contentTypes', to_jsonb(array_remove(e.content_types, 'DISCOUNT')),
                       'discount', case when 'DISCOUNT' = any (e.content_types) then
                           jsonb_build_object('kind', coalesce(e.discount_kind, 'PERCENT'),
                               'value', coalesce(e.discount_value, 10),
                               'currency', e.discount_currency) end)
              from rule_step e where e.journey_id = f.id) s),
       case when f.stop_on_stage_exit
            then array(select s from unnest('{DISCOVERY,REFLECTION,DECISION,CUSTOMER,LOYAL,ADVOCATE,LOST}'::varchar[]) s
                        where s <> f.stage)
            else '{}' end,
       f.active, f.created_at, now()
  from rule_step f
 where f.n = 1;

update journey
   set reentry = 'CYCLE', exit_stages = '{LOST}', exit_touchpoints = '{COMPLAINT}'
 where id = '00000000-0000-4000-8000-00000000f001';

-- The outbox row carries what it sends, so that the dispatcher needs no journey to send it; one
-- step sends at most once per enrolment.
alter table email_outbox
    add column journey_id        uuid references journey (id),
    add column enrolment_id      uuid references journey_enrolment (id) on delete cascade,
    add column step              integer,
    add column template_id       uuid references email_template (id),
    add column content_types     varchar[] not null default '{}',
    add column discount_kind     text check (discount_kind in ('PERCENT', 'AMOUNT')),
    add column discount_value    numeric(12, 2) check (discount_value > 0),
    add column discount_currency text,
    alter column transition_id drop not null,
    add constraint email_outbox_enrolment_step_key unique (enrolment_id, step);

-- What a rule that stopped on leaving the stage still had pending for a lead that left it is
-- cancelled here, as the dispatcher would have at sending time.
update email_outbox o
   set status = 'CANCELLED', updated_at = now(),
       reason = 'The lead left ' || o.stage || ' before the email was due; it is now ' || l.stage
  from email_rule r, lead l
 where r.id = o.rule_id and l.id = o.lead_id and o.status = 'PENDING' and r.stop_on_stage_exit
   and (l.stage <> o.stage or l.stage_entered_at <> o.stage_entered_at);

update email_outbox o
   set journey_id = s.journey_id,
       template_id = s.template_id,
       content_types = array_remove(s.content_types, 'DISCOUNT'),
       discount_kind = case when 'DISCOUNT' = any (s.content_types)
                            then coalesce(s.discount_kind, 'PERCENT') end,
       discount_value = case when 'DISCOUNT' = any (s.content_types)
                             then coalesce(s.discount_value, 10) end,
       discount_currency = case when 'DISCOUNT' = any (s.content_types)
                                then s.discount_currency end
  from rule_step s
 where s.id = o.rule_id;

alter table email_outbox
    alter column template_id set not null,
    drop column rule_id;

create index email_outbox_enrolment_idx on email_outbox (enrolment_id) where status = 'PENDING';

drop table email_rule;
