create table lead (
    id               uuid primary key,
    email            text not null,
    first_name       text,
    last_name        text,
    company          text,
    phone            text,
    locale           text not null default 'en',
    persona_id       uuid references persona (id),
    owner_id         uuid,
    source_channel   text,
    source_campaign  text,
    utm_source       text,
    utm_medium       text,
    utm_campaign     text,
    stage            text not null,
    stage_entered_at timestamptz not null,
    score            integer not null default 0,
    deal_value       numeric(14, 2),
    consent_status   text not null default 'UNKNOWN',
    consent_basis    text,
    consent_source   text,
    consent_at       timestamptz,
    tags             varchar(50)[] not null default '{}',
    attributes       jsonb not null default '{}',
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0
);

create unique index lead_email_key on lead (lower(email));
create index lead_stage_idx on lead (stage, stage_entered_at);
create index lead_persona_idx on lead (persona_id);
create index lead_owner_idx on lead (owner_id);
create index lead_created_idx on lead (created_at, id);
create index lead_tags_idx on lead using gin (tags);
