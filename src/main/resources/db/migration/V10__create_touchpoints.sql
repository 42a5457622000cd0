-- Every interaction between a lead and the business. lead_stage is the lead's stage when it
-- happened, so that friction can be read by stage long after the lead moved on.
create table touchpoint (
    id             uuid primary key,
    lead_id        uuid not null references lead (id) on delete cascade,
    occurred_at    timestamptz not null,
    channel        text not null,
    type           text not null,
    sentiment      text not null,
    content_id     uuid,
    note           text,
    properties     jsonb not null default '{}',
    source         text not null,
    external_id    text,
    lead_stage     text not null,
    recorded_at    timestamptz not null,
    correlation_id text
);

-- A retried push is recorded once: nulls are distinct, so only named pushes are deduplicated.
create unique index touchpoint_external_key on touchpoint (source, external_id);
create index touchpoint_lead_idx on touchpoint (lead_id, occurred_at desc, id desc);
create index touchpoint_lead_type_idx on touchpoint (lead_id, type);
create index touchpoint_friction_idx on touchpoint (occurred_at desc) where sentiment = 'NEGATIVE';
