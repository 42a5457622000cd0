-- Automatic stage transitions fired by touchpoints and score. A rule only ever moves a lead
-- forward; target_stage null means "the next stage".
create table journey_rule (
    id              uuid primary key,
    name            text not null,
    touchpoint_type text,
    sentiment       text,
    min_occurrences integer not null default 1 check (min_occurrences between 1 and 1000),
    min_score       integer,
    from_stages     text[] not null default '{}',
    target_stage    text,
    active          boolean not null default true,
    priority        integer not null default 100,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    check (touchpoint_type is not null or min_score is not null)
);

insert into journey_rule
    (id, name, touchpoint_type, sentiment, min_occurrences, min_score, from_stages, target_stage,
     priority, created_at, updated_at)
values
    ('00000000-0000-0000-0000-000000000001', 'A demo request means a decision', 'DEMO_REQUEST',
     null, 1, null, '{}', 'DECISION', 10, now(), now()),
    ('00000000-0000-0000-0000-000000000002', 'A purchase makes a customer', 'PURCHASE',
     null, 1, null, '{}', 'CUSTOMER', 20, now(), now()),
    ('00000000-0000-0000-0000-000000000003', 'A second purchase makes a loyal customer', 'PURCHASE',
     null, 2, null, '{}', 'LOYAL', 30, now(), now()),
    ('00000000-0000-0000-0000-000000000004', 'A positive review makes an advocate', 'REVIEW',
     'POSITIVE', 1, null, '{CUSTOMER,LOYAL}', 'ADVOCATE', 40, now(), now()),
    ('00000000-0000-0000-0000-000000000005', 'A referral makes an advocate', 'REFERRAL',
     null, 1, null, '{CUSTOMER,LOYAL}', 'ADVOCATE', 50, now(), now()),
    ('00000000-0000-0000-0000-000000000006', 'An engaged discoverer starts comparing', null,
     null, 1, 20, '{DISCOVERY}', null, 60, now(), now()),
    ('00000000-0000-0000-0000-000000000007', 'A very engaged lead is deciding', null,
     null, 1, 50, '{REFLECTION}', null, 70, now(), now());
