-- The event feed. A bigserial id is not commit order: a transaction can take id 9 and commit after
-- the one that took id 10. So each event records its transaction id, readers serve only events of
-- transactions older than every one still running (pg_snapshot_xmin), and order by (txid, id): an
-- event that appears later always sorts after everything already served.
create table domain_event (
    id             bigserial primary key,
    txid           xid8 not null default pg_current_xact_id(),
    type           text not null,
    lead_id        uuid,
    occurred_at    timestamptz not null,
    actor_type     text,
    actor_id       text,
    correlation_id text,
    payload        jsonb not null default '{}'
);

create index domain_event_position_idx on domain_event (txid, id);
create index domain_event_type_idx on domain_event (type, txid, id);
