create table webhook_subscription (
    id              uuid primary key,
    url             text not null,
    secret          text not null,
    event_types     varchar(100)[] not null,
    description     text,
    active          boolean not null default true,
    disabled_at     timestamptz,
    disabled_reason text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);

-- The delivery outbox: one row per event and subscription, written with the event.
create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id) on delete cascade,
    event_id         bigint not null references domain_event (id),
    event_type       text not null,
    lead_id          uuid,
    status           text not null default 'PENDING'
        check (status in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    locked_until     timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at)
    where status in ('PENDING', 'SENDING');
create index webhook_delivery_lead_idx on webhook_delivery (subscription_id, lead_id, event_id)
    where status in ('PENDING', 'SENDING');
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at, id);
create index webhook_delivery_event_idx on webhook_delivery (event_id);

-- Every try, with what the receiver answered.
create table webhook_attempt (
    id          bigserial primary key,
    delivery_id uuid not null references webhook_delivery (id) on delete cascade,
    at          timestamptz not null,
    status_code integer,
    error       text,
    duration_ms integer not null
);

create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);

-- Deliveries are planned by the statement that writes events, whoever writes them (a service one
-- at a time, an import a million at once), so they always commit or roll back with the events.
create function plan_webhook_deliveries() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery
        (id, subscription_id, event_id, event_type, lead_id, next_attempt_at, created_at)
    select gen_random_uuid(), s.id, e.id, e.type, e.lead_id, now(), now()
    from new_events e
    join webhook_subscription s on s.active and e.type = any (s.event_types);
    return null;
end $$;

create trigger domain_event_plans_deliveries after insert on domain_event
    referencing new table as new_events
    for each statement execute function plan_webhook_deliveries();
